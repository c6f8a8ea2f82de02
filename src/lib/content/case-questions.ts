/**
 * The cases of a guide with their discussion questions, read from its MDX source (the numbered
 * list inside each `<Case>`), as plain text for the one-page facilitator sheet: links, emphasis
 * and inline components are reduced to their words. Rendered as text, never as HTML.
 */

export interface CaseQuestions {
  title: string;
  questions: string[];
}

const CASE = /<Case\b([^>]*)>([\s\S]*?)<\/Case>/g;
const TITLE = /\btitle=(?:"([^"]*)"|'([^']*)')/;
const ITEM = /^\s*\d+[.)]\s+(.+)$/gm;

/** A line of Markdown as the words a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\*\*|__|[*`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function caseQuestions(source: string): CaseQuestions[] {
  return [...source.matchAll(CASE)].map(([, attributes = '', body = '']) => {
    const title = TITLE.exec(attributes);
    return {
      title: title ? (title[1] ?? title[2] ?? 'Case') : 'Case',
      questions: [...body.matchAll(ITEM)].map(([, item = '']) => plainText(item)),
    };
  });
}
