/**
 * The curriculum's content rules, checked on the guide files themselves (src/content/guides),
 * the references (src/content/references.yaml) and the sample mentors (src/content/mentors):
 * citations resolve and match each guide's `sources`; each guide's length, session time and
 * facilitator kit; case characters never share a first name with a sample mentor; the site's
 * spelling of "practice" and "the Match"; no reference list written by hand. Reads only files in
 * the project. Each failure names the guide and what to fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { decodeCsv, readMentorsCsv } from '~/lib/mentors/csv';

const content = join(import.meta.dirname, '../../../src/content');
const read = (...path: string[]) => readFileSync(join(content, ...path), 'utf8');

const referenceIds = (parse(read('references.yaml')) as { id: string }[]).map((r) => r.id);

/** First names of the sample mentors: one YAML file each, and the spreadsheet when present. */
const mentorFirstNames = (() => {
  const names = readdirSync(join(content, 'mentors'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => (parse(read('mentors', f)) as { name: string }).name);
  const csv = join(content, 'mentors', 'mentors.csv');
  if (existsSync(csv)) {
    for (const { input } of readMentorsCsv(decodeCsv(readFileSync(csv))).rows) {
      if (typeof input['name'] === 'string') names.push(input['name']);
    }
  }
  const first = names.map((n) => n.replace(/^(?:Dr|Prof)\.?\s+/i, '').split(/\s+/)[0] ?? '');
  return [...new Set(first.filter((n) => n.length > 1))].sort();
})();

interface GuideFile {
  id: string;
  /** The file's text. */
  text: string;
  /** The text after the frontmatter. */
  body: string;
  data: {
    objectives?: string[];
    sources?: string[];
    kit?: {
      discussion?: unknown[];
      exitTicket?: { question: string; objective: number }[];
    };
  };
}

const guides: GuideFile[] = readdirSync(join(content, 'guides')).flatMap((track) =>
  readdirSync(join(content, 'guides', track))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = read('guides', track, file);
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
      return {
        id: `${track}/${file.replace(/\.mdx$/, '')}`,
        text,
        body: match ? text.slice(match[0].length) : text,
        data: parse(match?.[1] ?? '') as GuideFile['data'],
      };
    }),
);

/**
 * Words as the authors count them: the file without its frontmatter's fields (the two `---`
 * lines stay), tags removed line by line, then `wc -w`:
 * sed '1,/^---$/{/^---$/!d}' F | sed 's/<[^>]*>//g' | wc -w
 */
function wordCount(text: string): number {
  const lines = text.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && line === '---');
  const kept = lines.filter((line, i) => i > close || line === '---');
  return kept
    .map((line) => line.replace(/<[^>]*>/g, ''))
    .join('\n')
    .split(/\s+/)
    .filter(Boolean).length;
}

/** The ids of every `<Cite id="…">`, in order of appearance. */
const citeIds = (body: string) =>
  [...body.matchAll(/<Cite\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1] ?? '');

/** The minutes of every `<FacilitatorNote minutes={n}>`. */
const noteMinutes = (body: string) =>
  [...body.matchAll(/<FacilitatorNote\b[^>]*\bminutes=\{\s*(\d+)\s*\}/g)].map((m) => Number(m[1]));

/** The text of each case: its title attribute and what sits between `<Case` and `</Case>`. */
const caseTexts = (body: string) => [...body.matchAll(/<Case\b[\s\S]*?<\/Case>/g)].map((m) => m[0]);

/** Body lines that look like a reference or citation written by hand. */
const HAND_WRITTEN = [
  /\bdoi:\s*10\./i,
  /doi\.org\//i,
  /\*(?:JAMA|Academic Medicine|Acad Med|BMC Med Educ|Perspect Med Educ|J Clin Transl Sci|Management Review)\*\./,
  /\b(?:19|20)\d{2};\s*\d+(?:\(\d+\))?:\s*\d+/,
  /\([A-Z][\p{L}'-]+(?:,? (?:et al\.?|and [A-Z][\p{L}'-]+))?,? (?:19|20)\d{2}\)/u,
];

/** Whether a line writes a reference or citation by hand. */
const handWritten = (line: string) => HAND_WRITTEN.some((re) => re.test(line));

/** Whether a line writes the NRMP Match in lower case (a pairing "match between…" is fine). */
const lowercaseMatch = (line: string) => /\bthe match\b(?! (?:between|with|of|for)\b)/.test(line);

/** Sample mentors' first names used inside the body's cases. */
const namesInCases = (body: string) => [
  ...new Set(
    caseTexts(body).flatMap((text) =>
      mentorFirstNames.filter((name) =>
        new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(text),
      ),
    ),
  ),
];

describe.each(guides)('$id', (guide) => {
  test('every <Cite id> is a reference in src/content/references.yaml', () => {
    const unknown = citeIds(guide.body).filter((id) => !referenceIds.includes(id));
    expect(
      unknown,
      `${guide.id}: <Cite id> not in src/content/references.yaml (valid: ${referenceIds.join(', ')})`,
    ).toEqual([]);
  });

  test('the cited ids and the frontmatter `sources` are the same set', () => {
    const cited = [...new Set(citeIds(guide.body))].sort();
    const listed = [...new Set(guide.data.sources ?? [])].sort();
    expect(
      listed,
      `${guide.id}: frontmatter \`sources\` must list exactly the ids cited with <Cite> (cited: ${cited.join(', ') || 'none'})`,
    ).toEqual(cited);
  });

  test('the body has 1,200 to 2,200 words', () => {
    const words = wordCount(guide.text);
    expect(
      words >= 1200 && words <= 2200,
      `${guide.id}: ${words} words; the body (frontmatter removed, tags stripped) must have 1,200 to 2,200`,
    ).toBe(true);
  });

  test('the facilitator notes total 45 to 60 minutes', () => {
    const minutes = noteMinutes(guide.body);
    const total = minutes.reduce((a, b) => a + b, 0);
    expect(
      total >= 45 && total <= 60,
      `${guide.id}: <FacilitatorNote minutes> total ${total} (${minutes.join(' + ') || 'no timed notes'}); make them total 45 to 60`,
    ).toBe(true);
  });

  test('a facilitator kit: two exit-ticket questions on existing objectives, two or more discussion entries', () => {
    const { kit, objectives = [] } = guide.data;
    expect(
      kit,
      `${guide.id}: add a \`kit\` to the frontmatter (see src/content.config.ts)`,
    ).toBeTruthy();
    expect(
      kit?.discussion?.length ?? 0,
      `${guide.id}: kit.discussion needs one entry (question, listenFor) per discussion question, at least 2`,
    ).toBeGreaterThanOrEqual(2);
    const tickets = kit?.exitTicket ?? [];
    expect(tickets.length, `${guide.id}: kit.exitTicket needs exactly 2 questions`).toBe(2);
    for (const t of tickets) {
      expect(
        Number.isInteger(t.objective) && t.objective >= 1 && t.objective <= objectives.length,
        `${guide.id}: exit-ticket question "${t.question}" points at objective ${t.objective}; the guide has ${objectives.length}`,
      ).toBe(true);
    }
  });

  test('no case character shares a first name with a sample mentor', () => {
    expect(
      namesInCases(guide.body),
      `${guide.id}: a case uses a sample mentor's first name; rename the character (sample mentors: ${mentorFirstNames.join(', ')})`,
    ).toEqual([]);
  });

  test('US spelling: "practice", never "practise"', () => {
    const lines = guide.text.split('\n').filter((line) => /\bpractis(?:e|es|ed|ing)\b/i.test(line));
    expect(lines, `${guide.id}: write "practice" (verb and noun), not "practise"`).toEqual([]);
  });

  test('"the Match" (the NRMP Match) is written with a capital M', () => {
    const lines = guide.text.split('\n').filter(lowercaseMatch);
    expect(
      lines,
      `${guide.id}: write "the Match" for the NRMP Match; for a mentor–mentee pairing say "the pairing" or "the match between…"`,
    ).toEqual([]);
  });

  test('no reference list or citation written by hand', () => {
    const lines = guide.body.split('\n').filter(handWritten);
    expect(
      lines,
      `${guide.id}: cite with <Cite id="…" /> and list the id in \`sources\`; the page builds the Sources list from src/content/references.yaml`,
    ).toEqual([]);
  });
});

describe('the rules themselves', () => {
  test('the sample mentors are read (at least the shipped ones)', () => {
    expect(mentorFirstNames).toEqual(expect.arrayContaining(['Amara', 'Kwame', 'Tomás']));
  });

  test.each([
    ['---\ntitle: x\nobjectives: [a, b]\n---\n\nOne two <b>three</b>\n\n<Case title="t">four', 6],
    ['---\na: b\n---\nword', 3],
  ])('wordCount(%j) = %i, as the sed and wc -w count', (text, words) => {
    expect(wordCount(text)).toBe(words);
  });

  test.each([
    ['<Case title="Call night">\nAmara pages the senior resident.\n</Case>', ['Amara']],
    ['<Case title="Tomás and the shelf exam">\nText\n</Case>', ['Tomás']],
    ['Amara Okafor is a sample mentor.\n<Case title="t">\nNadia studies.\n</Case>', []],
    ['<Case title="t">\nJordana and Samira study.\n</Case>', []],
  ])('namesInCases(%j) = %j', (body, names) => {
    expect(namesInCases(body)).toEqual(names);
  });

  test.each([
    ['Sambunjak D, et al. *JAMA*. 2006;296(9):1103–1115.', true],
    ['See doi:10.17226/25568 for the report.', true],
    ['As one review put it (Sambunjak et al., 2006), mentoring matters.', true],
    ['(Doran, 1981)', true],
    ['Mentoring is perceived as important <Cite id="sambunjak-2006" />.', false],
    ['In 2006, a review of 39 studies looked at mentoring.', false],
  ])('handWritten(%j) = %s', (line, expected) => {
    expect(handWritten(line)).toBe(expected);
  });

  test.each([
    ['Before the match, rank programs you would attend.', true],
    ['Before the Match, rank programs you would attend.', false],
    ['Check the match between mentor and mentee.', false],
  ])('lowercaseMatch(%j) = %s', (line, expected) => {
    expect(lowercaseMatch(line)).toBe(expected);
  });
});
