/**
 * The second inline script every page carries: registers the service worker (scope = the base
 * path), marks the page while offline or when a new version is waiting (static banners in the
 * layout show then), reloads into the new version when the person asks, and opens site search
 * on the search button, "/" or Ctrl/Cmd+K by loading `search.js` only then.
 */
export function appScript(base: string): string {
  const source = `((d,n,w,B)=>{let r=d.documentElement,E="addEventListener",R,C,O=()=>r.toggleAttribute("data-offline",!n.onLine),S=()=>import(B+"search.js").then(m=>m.openSearch(B));
O();w[E]("online",O);w[E]("offline",O);
d[E]("click",e=>{let t=e.target;if(t.closest("[data-search-open]")){e.preventDefault();S()}
if(t.closest("[data-app-reload]")&&R&&R.waiting){C=1;R.waiting.postMessage({type:"SKIP_WAITING"})}});
d[E]("keydown",e=>{let a=d.activeElement,k=e.key;if((k=="k"||k=="K")&&(e.ctrlKey||e.metaKey)||k=="/"&&!(a&&a.matches("input,textarea,select,[contenteditable]"))){e.preventDefault();S()}});
if("serviceWorker"in n){n.serviceWorker[E]("controllerchange",()=>C&&location.reload());
w[E]("load",()=>n.serviceWorker.register(B+"sw.js",{scope:B}).then(g=>{R=g;let U=()=>g.waiting&&n.serviceWorker.controller&&r.setAttribute("data-update","");U();g[E]("updatefound",()=>{let i=g.installing;i&&i[E]("statechange",U)})}))}})(document,navigator,window,${JSON.stringify(base)})`;
  return source.replace(/\n/g, '');
}
