/**
 * Makes rendered guide HTML safe to place several times on one page (the track handbook):
 * every id, in-page link and ARIA id reference gets a prefix, and headings move down a level
 * so each guide's sections sit under the guide's own title.
 *
 * Only for trusted, build-time HTML from the guides; never for user text.
 */
export function prefixIds(html: string, prefix: string, shiftHeadings = 0): string {
  const p = (id: string) => `${prefix}-${id}`;
  // Rewrite attributes inside start tags only, never text that happens to look like one.
  let out = html.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag
      .replace(/(\sid=")([^"]+)(")/g, (_m, a: string, id: string, b: string) => `${a}${p(id)}${b}`)
      .replace(
        /(\shref="#)([^"]+)(")/g,
        (_m, a: string, id: string, b: string) => `${a}${p(id)}${b}`,
      )
      .replace(
        /(\saria-(?:labelledby|describedby|controls)=")([^"]+)(")/g,
        (_m, a: string, ids: string, b: string) => `${a}${ids.split(/\s+/).map(p).join(' ')}${b}`,
      ),
  );
  if (shiftHeadings > 0) {
    out = out.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_m, slash: string, level: string) => {
      return `<${slash}h${Math.min(6, Number(level) + shiftHeadings)}`;
    });
  }
  return out;
}
