/**
 * The second inline script every page carries: registers the service worker (its scope is the
 * base path, where sw.js lives), marks the page while offline or when a new version is waiting (static banners in the
 * layout show then), reloads into the new version when the person asks, and opens site search
 * on the search button, "/" or Ctrl/Cmd+K by loading `search.js` only then. The web app
 * manifest is linked a second after the page has loaded: the browser then fetches it (and its
 * icons) once the page is painted, not in competition with it on a slow network. Installing the
 * site needs the manifest only later, when someone chooses to install.
 */
export function appScript(base: string): string {
  const source = `((d,n,w,B)=>{let r=d.documentElement,E="addEventListener",s=n.serviceWorker,R,C,O=()=>r.toggleAttribute("data-offline",!n.onLine),S=e=>{e.preventDefault();import(B+"search.js").then(m=>m.openSearch(B))};
O();w[E]("online",O);w[E]("offline",O);
d[E]("click",e=>{let t=e.target;t.closest("[data-search-open]")&&S(e);
if(t.closest("[data-app-reload]")&&R?.waiting){C=1;R.waiting.postMessage({type:"SKIP_WAITING"})}});
d[E]("keydown",e=>{let a=d.activeElement,k=e.key;(/^k$/i.test(k)&&(e.ctrlKey||e.metaKey)||k=="/"&&!a?.matches("input,textarea,select,[contenteditable]"))&&S(e)});
s?.[E]("controllerchange",()=>C&&location.reload());
w[E]("load",()=>{setTimeout(()=>d.head.insertAdjacentHTML("beforeend",'<link rel="manifest" href="'+B+'manifest.webmanifest">'),1e3);
s?.register(B+"sw.js").then(g=>{R=g;let U=()=>g.waiting&&s.controller&&r.setAttribute("data-update","");U();g[E]("updatefound",()=>g.installing?.[E]("statechange",U))})})})(document,navigator,window,${JSON.stringify(base)})`;
  return source.replace(/\n/g, '');
}
