/**
 * What is wrong with the rows of src/content/mentors/mentors.csv, worded for the person who keeps
 * the spreadsheet: the mentor schema's issues (src/lib/schemas/mentor.ts) as "row, column, what
 * to write instead", addresses used twice, and all of it as one message for the build.
 */
import type { core, z } from 'astro/zod';
import {
  csvColumns,
  csvHints,
  csvVocabularies,
  type CsvColumn,
  type CsvMentorRow,
  type CsvProblem,
  type CsvRead,
} from './csv';

/** The choices of a fixed vocabulary, as the message lists them. */
const choices = (column: CsvColumn) => Object.keys(csvVocabularies[column] ?? {}).join(', ');

/** What to write in an empty required cell. */
function hint(column: CsvColumn): string {
  if (csvColumns[column] === 'choice') return `one of: ${choices(column)}`;
  if (csvColumns[column] === 'choices')
    return `one or more of: ${choices(column)}, separated by ";"`;
  return csvHints[column] ?? 'a value';
}

const quote = (value: unknown) => `"${String(value)}"`;

/** The message for a contact cell (an email or a link, built from the two columns). */
function contactProblem(row: CsvMentorRow, at: CsvRead['at']): CsvProblem {
  const contact = row.input.contact as { email?: string; link?: string } | undefined;
  if (contact?.email !== undefined) {
    const message = `${quote(contact.email)} is not an email address; write one like name@school.edu`;
    return { row: row.row, column: at('email'), message };
  }
  if (contact?.link !== undefined) {
    const message = `${quote(contact.link)} is not a full link starting with https://; write one like https://school.edu/mentoring`;
    return { row: row.row, column: at('link'), message };
  }
  const message =
    'there is no way to reach this mentor; write an email address in the "email" column or a link starting with https:// in the "link" column';
  return { row: row.row, message };
}

/** One schema issue, in the words of the spreadsheet. */
function issueProblem(row: CsvMentorRow, issue: core.$ZodIssue, at: CsvRead['at']): CsvProblem {
  const [field, index] = issue.path;
  if (field === 'contact') return contactProblem(row, at);
  const column = String(field) as CsvColumn;
  const where = { row: row.row, column: at(column) };
  const cell = row.input[column];
  const value: unknown = typeof index === 'number' && Array.isArray(cell) ? cell[index] : cell;
  const many = csvColumns[column] === 'choices' || csvColumns[column] === 'list';
  if (value === undefined) {
    return { ...where, message: `is empty; write ${hint(column)}` };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'boolean') {
    return {
      ...where,
      message: `${quote(value)} is not yes or no; write yes or no, or leave it empty`,
    };
  }
  if (issue.code === 'invalid_value') {
    const what = many ? 'one or more of those, separated by ";"' : 'one of those';
    const message = `${quote(value)} is not one of: ${issue.values.map(String).join(', ')}; write ${what}`;
    return { ...where, message };
  }
  if (issue.code === 'too_big' && issue.origin === 'array' && Array.isArray(value)) {
    const message = `has ${value.length} items; list at most ${String(issue.maximum)}, separated by ";"`;
    return { ...where, message };
  }
  if (issue.code === 'too_big' && issue.origin === 'string' && typeof value === 'string') {
    const max = String(issue.maximum);
    const message =
      typeof index === 'number'
        ? `${quote(value)} is ${value.length} characters long; shorten each item to ${max} characters or fewer`
        : `is ${value.length} characters long; shorten it to ${max} characters or fewer`;
    return { ...where, message };
  }
  return { ...where, message: issue.message };
}

/** Every row checked with the mentor schema: its issues as problems. */
export function schemaProblems(
  rows: readonly CsvMentorRow[],
  schema: z.ZodType,
  at: CsvRead['at'],
): CsvProblem[] {
  return rows.flatMap((row) => {
    const result = schema.safeParse(row.input);
    if (result.success) return [];
    // A union (the contact) can report one cell twice: once is enough.
    const problems = result.error.issues.map((issue) => issueProblem(row, issue, at));
    const seen = new Set<string>();
    return problems.filter((p) => {
      const key = `${p.column?.header ?? ''}\n${p.message}`;
      return !seen.has(key) && !!seen.add(key);
    });
  });
}

/**
 * Two mentors with one address: rows of the file against each other and against the mentors
 * already listed (`taken`: address -> where, e.g. "src/content/mentors/jane-doe.yaml").
 */
export function duplicateSlugs(
  rows: readonly CsvMentorRow[],
  taken: ReadonlyMap<string, string>,
): CsvProblem[] {
  const seen = new Map(taken);
  const problems: CsvProblem[] = [];
  for (const { row, slug, slugWritten } of rows) {
    if (!slug) continue;
    const other = seen.get(slug);
    if (other === undefined) {
      seen.set(slug, `row ${row}`);
      continue;
    }
    const source = slugWritten
      ? `the slug ${quote(slug)} is`
      : `the name makes the address ${quote(slug)}, which is`;
    const message = `${source} already used by ${other}; write a different slug for one of them in the "slug" column`;
    problems.push({ row, message });
  }
  return problems;
}

/** The problems as one message: a line each, `file, row N, column "x" (C): what to write`. */
export function formatProblems(file: string, problems: readonly CsvProblem[], limit = 50): string {
  const lines = [...problems]
    .sort((a, b) => a.row - b.row)
    .slice(0, limit)
    .map(({ row, column, message }) => {
      const letter = column?.letter ? ` (${column.letter})` : '';
      const where = column ? `, column "${column.header}"${letter}` : '';
      return `${file}, row ${row}${where}: ${message}`;
    });
  const more = problems.length - lines.length;
  if (more > 0) lines.push(`... and ${more} more.`);
  return lines.join('\n');
}
