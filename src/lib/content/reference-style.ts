/**
 * The one citation style of the Sources lists, close to AMA as the project's facts list writes
 * it: "Authors. Title. *Journal*. Year;details. doi:…" for an article, "Authors. *Title*.
 * Place: Publisher; Year." for a book or report, "Authors. Title." for a web page. Returns
 * text runs (the italic one marked), so a component renders them without any HTML string.
 */

/** The fields of a reference that the style uses (src/content/references.yaml). */
export interface ReferenceFields {
  kind: 'article' | 'book' | 'web';
  authors: string;
  title?: string | undefined;
  container?: string | undefined;
  year?: number | undefined;
  details?: string | undefined;
}

/** A run of text; `em` runs are set in italics. */
export interface Run {
  text: string;
  em?: boolean;
}

/** Ends a part with a period unless it already ends with a sentence mark. */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** An italic part followed by its period, the period set upright. */
const emphasized = (text: string): Run[] =>
  /[.?!]$/.test(text) ? [{ text, em: true }] : [{ text, em: true }, { text: '.' }];

/** The reference as runs of text, without its DOI (rendered as a link by the component). */
export function referenceRuns(ref: ReferenceFields): Run[] {
  const runs: Run[] = [{ text: sentence(ref.authors) }];
  const year = ref.year === undefined ? '' : String(ref.year);
  if (ref.kind === 'book') {
    if (ref.title) runs.push({ text: ' ' }, ...emphasized(ref.title));
    const published = [ref.container, year].filter(Boolean).join('; ');
    if (published) runs.push({ text: ` ${sentence(published)}` });
    return runs;
  }
  if (ref.title) runs.push({ text: ` ${sentence(ref.title)}` });
  if (ref.container) runs.push({ text: ' ' }, ...emphasized(ref.container));
  const issue = [year, ref.details].filter(Boolean).join(';');
  if (issue) runs.push({ text: ` ${sentence(issue)}` });
  return runs;
}

/** The page anchor of a reference in a Sources list ("source-nasem-2019"). */
export function sourceAnchor(id: string, prefix = ''): string {
  return `${prefix ? `${prefix}-` : ''}source-${id}`;
}
