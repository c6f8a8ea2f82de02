/**
 * The site search dialog. Built on its own into `search.js` and loaded only when someone opens
 * search (button, "/" or Ctrl/Cmd+K), so a page view that never searches downloads no search
 * bytes. Full-text search is Pagefind's; when it finds nothing, fuse.js over page titles and
 * glossary terms catches typos. Results are built with DOM methods: no HTML from outside is
 * ever inserted as markup.
 */
import Fuse from 'fuse.js';
import type en from '../i18n/en';
import { plural } from '../i18n/plural';

/** The dictionary's search texts and the locale, from the header's search button. */
type Text = (typeof en)['search'] & { locale: string };

function readText(): Text {
  const raw = document.querySelector<HTMLElement>('[data-search-text]')?.dataset.searchText;
  return JSON.parse(raw ?? '{}') as Text;
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    q: string,
    o: { filters: Record<string, string> },
    ms?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}
interface TitleEntry {
  title: string;
  url: string;
  kind: string;
}

let pagefind: Promise<Pagefind> | null = null;
let titles: Promise<Fuse<TitleEntry>> | null = null;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt is HTML with <mark> around matches: keep the text and the marks only. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  doc.body.firstElementChild?.childNodes.forEach((node) => {
    if (node.nodeName === 'MARK') out.push(el('mark', {}, node.textContent ?? ''));
    else out.push(document.createTextNode(node.textContent ?? ''));
  });
  return out;
}

function select(label: string, id: string, all: string) {
  const s = el('select', { id });
  s.append(el('option', { value: '' }, all));
  return {
    wrap: el('label', { className: 'search-filter', htmlFor: id }, label, ' ', s),
    select: s,
  };
}

function build(base: string): HTMLDialogElement {
  const text = readText();
  const input = el('input', {
    id: 'site-search-input',
    type: 'search',
    autocomplete: 'off',
    spellcheck: false,
  });
  input.setAttribute('aria-describedby', 'site-search-status');
  input.setAttribute('aria-controls', 'site-search-results');
  const track = select(text.track, 'site-search-track', text.all);
  const audience = select(text.audience, 'site-search-audience', text.all);
  const status = el('p', { id: 'site-search-status', className: 'search-status' });
  status.setAttribute('role', 'status');
  const list = el('ol', { id: 'site-search-results', className: 'search-results' });
  const close = el(
    'button',
    { type: 'button', className: 'button button--quiet search-close' },
    text.close,
  );
  const dialog = el(
    'dialog',
    { id: 'site-search', className: 'search-dialog' },
    el('h2', { id: 'site-search-title' }, text.title),
    el('label', { htmlFor: input.id, className: 'search-label' }, text.label),
    input,
    el('div', { className: 'search-filters' }, track.wrap, audience.wrap),
    status,
    list,
    close,
  );
  dialog.setAttribute('aria-labelledby', 'site-search-title');
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());

  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(
    async (p: Pagefind) => {
      await p.options({ baseUrl: base });
      return p;
    },
  );
  void pagefind.then(async (p) => {
    const filters = await p.filters();
    for (const [name, control] of [
      ['track', track.select],
      ['audience', audience.select],
    ] as const) {
      for (const value of Object.keys(filters[name] ?? {}).sort())
        control.append(el('option', { value }, value));
    }
  });

  let run = 0;
  const search = async () => {
    const current = ++run;
    const query = input.value.trim();
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = text.searching;
    const filters: Record<string, string> = {};
    if (track.select.value) filters.track = track.select.value;
    if (audience.select.value) filters.audience = audience.select.value;
    const found = await (await pagefind!).debouncedSearch(query, { filters }, 150);
    if (found === null || current !== run) return;
    const items = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    if (current !== run) return;
    for (const item of items) {
      list.append(
        el(
          'li',
          {},
          el('a', { href: item.url, className: 'search-hit' }, item.meta.title ?? item.url),
          el('span', { className: 'search-kind' }, item.meta.track ?? ''),
          el('p', { className: 'search-excerpt' }, ...excerptNodes(item.excerpt)),
        ),
      );
    }
    if (items.length === 0 && Object.keys(filters).length === 0) {
      titles ??= fetch(`${base}search-titles.json`)
        .then((r) => r.json())
        .then(
          (entries: TitleEntry[]) =>
            new Fuse(entries, { keys: ['title'], threshold: 0.4, ignoreLocation: true }),
        );
      const close = (await titles).search(query).slice(0, 8);
      if (current !== run) return;
      for (const { item } of close) {
        list.append(
          el(
            'li',
            {},
            el('a', { href: item.url, className: 'search-hit' }, item.title),
            el('span', { className: 'search-kind' }, item.kind),
          ),
        );
      }
      status.textContent = close.length
        ? plural(text.locale, close.length, text.closeMatches)
        : text.noResults;
      return;
    }
    status.textContent =
      found.results.length > 10
        ? plural(text.locale, items.length, text.resultsOf, { total: found.results.length })
        : plural(text.locale, items.length, text.results);
  };
  // Each change starts a search; a newer one makes an older one stop (see `run`): none is awaited.
  const onChange = () => void search();
  input.addEventListener('input', onChange);
  track.select.addEventListener('change', onChange);
  audience.select.addEventListener('change', onChange);

  // Arrow keys move between the search box and the results.
  dialog.addEventListener('keydown', (e) => {
    // One Escape closes, even from a search box that would first clear itself.
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    e.preventDefault();
    if (e.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]?.focus();
    else if (index <= 0) input.focus();
    else links[index - 1]?.focus();
  });
  document.body.append(dialog);
  return dialog;
}

/** Opens the search dialog (building it on first use). */
export function openSearch(base: string): void {
  const dialog =
    (document.getElementById('site-search') as HTMLDialogElement | null) ?? build(base);
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')?.focus();
}
