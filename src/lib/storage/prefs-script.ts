/**
 * The one inline script every page carries (under 1 KB). It runs in <head> before the first
 * paint, so the stored theme never flashes the wrong colors, and it handles the theme and
 * facilitator toggles by event delegation, so guide pages need no JavaScript file.
 *
 * Stored shape, key `medmentor:prefs`: `{ "version": 1, "theme"?: "light" | "dark",
 * "facilitator"?: boolean }` (schema: src/lib/schemas/prefs.ts). Anything else (corrupt JSON,
 * another version) is treated as "no preference" and left in place; before a toggle writes a new
 * value, the old one is copied to `medmentor:quarantine:prefs:<time>`, so it is never lost.
 * If that copy cannot be written, nothing is written.
 *
 * It also marks the page `data-js`, so controls that need JavaScript are laid out from the first
 * paint (no shift when their island starts) and hidden when scripts do not run.
 *
 * A toggle is any element with `data-pref="theme"` or `data-pref="facilitator"`; the script keeps
 * its `aria-pressed` in step with the stored value, across tabs (storage event) and after the
 * back/forward cache restores a page (pageshow, which also fires once the page has loaded and its
 * buttons exist).
 */
export const PREFS_KEY = 'medmentor:prefs';

const source = `(function(d,w,K){var r=d.documentElement,p,B,q=matchMedia("(prefers-color-scheme:dark)"),E="addEventListener",S="localStorage";
function L(){var s=null;p={};B=0;try{s=w[S].getItem(K);var v=JSON.parse(s);v&&v.version===1?p=v:B=s}catch(e){B=s}}
function D(){return p.theme?p.theme=="dark":q.matches}
function F(){return p.facilitator===true}
function A(){var t=p.theme;t=="dark"||t=="light"?r.dataset.theme=t:delete r.dataset.theme;
r.toggleAttribute("data-facilitator",F());
d.querySelectorAll("[data-pref]").forEach(function(b){b.setAttribute("aria-pressed",(b.dataset.pref=="theme"?D:F)())})}
function R(){L();A()}
r.dataset.js=1;R();q[E]("change",A);w[E]("storage",function(e){e.key==K&&R()});w[E]("pageshow",R);
d[E]("click",function(e){var b=e.target.closest("[data-pref]");if(b){L();
b.dataset.pref=="theme"?p.theme=D()?"light":"dark":p.facilitator=!F();p.version=1;
try{B&&w[S].setItem(K.replace(":",":quarantine:")+":"+Date.now(),B);w[S].setItem(K,JSON.stringify(p))}catch(e){}A()}})})(document,window,${JSON.stringify(PREFS_KEY)})`;

/** The inline script's text, newlines removed. */
export const prefsScript = source.replace(/\n/g, '');
