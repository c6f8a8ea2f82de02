/**
 * The one inline script every page carries (under 1 KB). It runs in <head> before the first
 * paint, so the stored theme never flashes the wrong colors, and it handles the theme and
 * facilitator toggles by event delegation, so guide pages need no JavaScript file.
 *
 * Stored shape, key `medmentor:prefs`: `{ "version": 1, "theme"?: "light" | "dark",
 * "facilitator"?: boolean }`. Anything else (corrupt JSON, another version) is ignored here and
 * treated as "no preference"; the data layer owns migration and quarantine of this key.
 *
 * A toggle is any element with `data-pref="theme"` or `data-pref="facilitator"`; the script keeps
 * its `aria-pressed` in step with the stored value, across tabs (storage event) and after the
 * back/forward cache restores a page (pageshow).
 */
export const PREFS_KEY = 'medmentor:prefs';

const source = `(function(d,K){var r=d.documentElement,p={},q=matchMedia("(prefers-color-scheme: dark)");
function L(){try{var v=JSON.parse(localStorage.getItem(K));p=v&&v.version===1?v:{}}catch(e){p={}}}
function D(){return p.theme?p.theme=="dark":q.matches}
function F(){return p.facilitator===true}
function A(){var t=p.theme;t=="dark"||t=="light"?r.setAttribute("data-theme",t):r.removeAttribute("data-theme");
r.toggleAttribute("data-facilitator",F());
d.querySelectorAll("[data-pref]").forEach(function(b){b.setAttribute("aria-pressed",(b.dataset.pref=="theme"?D:F)())})}
function R(){L();A()}
R();d.addEventListener("DOMContentLoaded",A);q.addEventListener("change",A);
addEventListener("storage",function(e){e.key==K&&R()});addEventListener("pageshow",R);
d.addEventListener("click",function(e){var b=e.target.closest("[data-pref]");if(!b)return;L();
b.dataset.pref=="theme"?p.theme=D()?"light":"dark":p.facilitator=!F();
p.version=1;try{localStorage.setItem(K,JSON.stringify(p))}catch(e){}A()})})(document,${JSON.stringify(PREFS_KEY)})`;

/** The inline script's text, newlines removed. */
export const prefsScript = source.replace(/\n/g, '');
