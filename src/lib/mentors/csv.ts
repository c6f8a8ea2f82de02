/**
 * Mentors from a spreadsheet: src/content/mentors/mentors.csv, one mentor a row, as Google
 * Sheets, Excel or a forms response sheet exports it (docs/listing-mentors.md, "Listing mentors
 * in a spreadsheet"). This module reads the file into the input the mentor schema expects
 * (src/lib/schemas/mentor.ts) and words every problem the way the spreadsheet shows it: row 1 is
 * the header row, columns by their header and letter. Build-time only; the content loader
 * (src/lib/content/mentor-loader.ts) validates the rows with the schema and stores them.
 */
import { parse } from 'csv-parse/sync';
import { availabilityLabels, careerStageLabels, formatLabels, helpAreaLabels } from './vocab';

/** How a column's cell becomes a field: plain text, a fixed choice or list, a free list... */
type Kind = 'text' | 'choice' | 'choices' | 'list' | 'contact' | 'photo' | 'yesno' | 'slug';

/** Every column the header row can have, by field name, with what a cell holds. */
export const csvColumns = {
  slug: 'slug',
  name: 'text',
  pronouns: 'text',
  role: 'text',
  careerStage: 'choice',
  profession: 'text',
  specialty: 'text',
  institution: 'text',
  helpAreas: 'choices',
  interests: 'list',
  languages: 'list',
  formats: 'choices',
  affinityGroups: 'list',
  availability: 'choice',
  email: 'contact',
  link: 'contact',
  bio: 'text',
  photo: 'photo',
  sample: 'yesno',
} as const satisfies Record<string, Kind>;

export type CsvColumn = keyof typeof csvColumns;

/** The fixed vocabularies: a cell may hold the value or its label, in any case. */
export const csvVocabularies: Partial<Record<CsvColumn, Record<string, string>>> = {
  careerStage: careerStageLabels,
  helpAreas: helpAreaLabels,
  formats: formatLabels,
  availability: availabilityLabels,
};

/** What to write in a required cell left empty. */
export const csvHints: Partial<Record<CsvColumn, string>> = {
  name: 'the full name as the mentor wants it shown',
  role: 'their job title or role',
  profession: 'e.g. Physician, Nurse practitioner, Pharmacist',
  specialty: 'e.g. Pediatrics, or General when none',
  institution: 'where they work or study',
  languages: 'at least one language they can mentor in, e.g. English; Spanish',
  bio: "two or three sentences in the mentor's voice",
};

/** The columns every header row needs (and either "email" or "link"). */
export const requiredColumns: readonly CsvColumn[] = [
  'name',
  'role',
  'careerStage',
  'profession',
  'specialty',
  'institution',
  'helpAreas',
  'languages',
  'formats',
  'availability',
  'bio',
];

/** A problem in the file: the spreadsheet row (header = 1) and, when known, the column. */
export interface CsvProblem {
  row: number;
  /** The header as written in the file, and the column's letter. */
  column?: { header: string; letter: string };
  message: string;
}

/** A mentor row, ready for the schema. */
export interface CsvMentorRow {
  /** The row as the spreadsheet numbers it (header = 1). */
  row: number;
  /** Profile address: the "slug" cell, or made from the name. */
  slug: string;
  /** Whether the slug was written in the file (rather than made from the name). */
  slugWritten: boolean;
  /** What the mentor schema gets; a photo is a file name in src/assets/mentors/. */
  input: Record<string, unknown>;
}

/** A header cell compared without case, spaces, underscores or hyphens: "Help areas" = helpAreas. */
const normalize = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');
const byNormalized = new Map(Object.keys(csvColumns).map((c) => [normalize(c), c as CsvColumn]));

/** A column's letter as spreadsheets show it: 0 -> A, 26 -> AA. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  }
  return letter;
}

/**
 * The file's text: UTF-8 (with or without a byte order mark), or, when it is not valid UTF-8,
 * Windows-1252, which Excel's plain "CSV" writes in Western European and American locales.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The delimiter of the header row: ";" when it has more semicolons than commas outside quotes. */
export function detectDelimiter(text: string): ',' | ';' {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** A profile address from a name: "José Núñez" -> "jose-nunez". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const slugPattern = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;

/**
 * A list cell: items separated by ";", trimmed, blanks dropped. Where no item can hold a comma
 * (the fixed lists, languages), "," separates too: a form's checkbox answers arrive that way.
 */
function splitList(cell: string, separators: RegExp): string[] | undefined {
  const items = cell
    .split(separators)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/** A fixed choice by value or label, in any case; anything else as written, for the schema to refuse. */
function choose(column: CsvColumn, written: string): string {
  const labels = csvVocabularies[column] ?? {};
  const wanted = written.toLowerCase();
  const found = Object.entries(labels).find(
    ([value, label]) => value === wanted || label.toLowerCase() === wanted,
  );
  return found ? found[0] : written;
}

const yes = new Set(['yes', 'y', 'true', '1']);
const no = new Set(['no', 'n', 'false', '0']);

/** One row's cells as the schema's input, and the problems found before the schema. */
function rowInput(
  cells: ReadonlyMap<CsvColumn, string>,
  at: CsvRead['at'],
  row: number,
): { input: Record<string, unknown>; problems: CsvProblem[] } {
  const input: Record<string, unknown> = {};
  const problems: CsvProblem[] = [];
  for (const [column, cell] of cells) {
    if (cell === '') continue;
    const kind: Kind = csvColumns[column];
    if (kind === 'text') input[column] = cell;
    else if (kind === 'choice') input[column] = choose(column, cell);
    else if (kind === 'choices')
      input[column] = splitList(cell, /[;,]/)?.map((v) => choose(column, v));
    else if (kind === 'list')
      input[column] = splitList(cell, column === 'languages' ? /[;,]/ : /;/);
    else if (kind === 'yesno') {
      const answer = cell.toLowerCase();
      input[column] = yes.has(answer) ? true : no.has(answer) ? false : cell;
    } else if (kind === 'photo') {
      if (/[/\\]/.test(cell)) {
        const message = `"${cell}" is a path; write only the photo's file name in src/assets/mentors/, e.g. jane-doe.jpg`;
        problems.push({ row, column: at(column), message });
      } else input[column] = cell;
    }
  }
  const email = cells.get('email') ?? '';
  const link = cells.get('link') ?? '';
  if (email && link) {
    const message = 'both "email" and "link" are filled in; keep one of them and empty the other';
    problems.push({ row, column: at('link'), message });
  } else if (email) input.contact = { email };
  else if (link) input.contact = { link };
  return { input, problems };
}

/** A file read: its mentor rows, the problems found so far, and where each column is. */
export interface CsvRead {
  rows: CsvMentorRow[];
  problems: CsvProblem[];
  /** A column's header as written and its letter (the field name when the file has no such column). */
  at: (column: CsvColumn) => NonNullable<CsvProblem['column']>;
}

/**
 * Reads the file's text into mentor rows and the problems of the header and of each row that the
 * schema cannot see (unknown columns are left out: a form's "Timestamp" is no problem).
 */
export function readMentorsCsv(text: string): CsvRead {
  const records = parse(text, {
    bom: true,
    delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
    relax_column_count: true,
  });
  const [header = [], ...body] = records;
  const where = new Map<CsvColumn, number>();
  const problems: CsvProblem[] = [];
  header.forEach((cell, index) => {
    const column = byNormalized.get(normalize(cell));
    if (!column) return;
    const first = where.get(column);
    if (first === undefined) where.set(column, index);
    else {
      const message = `this column is the same as column ${columnLetter(first)} ("${header[first] ?? ''}"); keep one of them`;
      problems.push({ row: 1, column: { header: cell, letter: columnLetter(index) }, message });
    }
  });
  const missing = requiredColumns.filter((c) => !where.has(c));
  if (!where.has('email') && !where.has('link')) missing.push('email');
  for (const column of missing) {
    const message = `there is no column "${column}"; add it to the header row${column === 'email' ? ' (or a column "link")' : ''}`;
    problems.push({ row: 1, message });
  }
  const at = (column: CsvColumn) => {
    const index = where.get(column);
    if (index === undefined) return { header: column, letter: '' };
    return { header: header[index] ?? column, letter: columnLetter(index) };
  };
  if (problems.length > 0) return { rows: [], problems, at };

  const rows: CsvMentorRow[] = [];
  body.forEach((record, index) => {
    const row = index + 2;
    const cells = new Map(
      [...where].map(([column, i]) => [column, (record[i] ?? '').replace(/\r\n?/g, '\n').trim()]),
    );
    if ([...record].every((cell) => cell.trim() === '')) return;
    const { input, problems: found } = rowInput(cells, at, row);
    problems.push(...found);
    const written = cells.get('slug') ?? '';
    const slug = written || slugify(cells.get('name') ?? '');
    if (written && !slugPattern.test(written)) {
      const message = `"${written}" cannot be an address; write lowercase letters, digits and single hyphens, e.g. jane-doe`;
      problems.push({ row, column: at('slug'), message });
    }
    rows.push({ row, slug, slugWritten: written !== '', input });
  });
  return { rows, problems, at };
}
