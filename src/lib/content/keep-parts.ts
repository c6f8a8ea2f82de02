/**
 * Keeps only a guide's workshop parts (facilitator notes, activities and cases, the case text
 * being what the group discusses) and its section headings from its rendered HTML, for the
 * session-plan pages. Works on trusted, build-time HTML
 * from the guides only; boxes are found by their class and closed by counting nested divs.
 */
const BOX = /<div class="box (?:facilitator-note|activity|case)"/g;
const HEADING = /<h([2-6])[\s>][\s\S]*?<\/h\1>/g;

/** The end index of the div that starts at `start`, or -1 when it never closes. */
function endOfDiv(html: string, start: number): number {
  const tags = /<div[\s>]|<\/div>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

export function keepParts(html: string): string {
  const pieces: { at: number; html: string }[] = [];
  for (const m of html.matchAll(BOX)) {
    const end = endOfDiv(html, m.index);
    if (end > 0) pieces.push({ at: m.index, html: html.slice(m.index, end) });
  }
  const inside = (at: number) => pieces.some((p) => at > p.at && at < p.at + p.html.length);
  for (const m of html.matchAll(HEADING)) {
    if (!inside(m.index)) pieces.push({ at: m.index, html: m[0] });
  }
  // A heading with no part after it before the next heading is left out.
  const ordered = pieces.sort((a, b) => a.at - b.at);
  const isHeading = (p: { html: string }) => /^<h[2-6]/.test(p.html);
  return ordered
    .filter((p, i) => !isHeading(p) || (ordered[i + 1] && !isHeading(ordered[i + 1]!)))
    .map((p) => p.html)
    .join('\n');
}
