/**
 * Reading the response files a program lead drops on /evaluate/: each file is untrusted input,
 * checked on its own (size first, then JSON, the format, its version, the schema), so one bad
 * file is listed with its reason and never stops the others. Nothing is sent anywhere: the
 * files are read in the browser, from the lead's disk.
 *
 * Identical files are counted, each once per file: the files are anonymous, so two people who
 * answered the same way make files that cannot be told apart. Only the same file chosen twice
 * (same name, size, date and content) is left out the second time.
 */
import { pluralCount } from '../../i18n/plural';
import {
  evaluationResponseFormat,
  evaluationResponseSchema,
  evaluationResponseVersion,
  type EvaluationResponse,
} from '../schemas/evaluation-response';

/** No response file comes near this; anything larger is not one. */
export const maxFileBytes = 64 * 1024;

/** What is needed of a dropped file; a browser `File` is one. */
export interface FileLike {
  name: string;
  size: number;
  /** When the file last changed (ms); tells a file chosen twice from two identical ones. */
  lastModified?: number;
  /** The path inside a dropped folder, when there is one. */
  webkitRelativePath?: string;
  text(): Promise<string>;
}

export type ParsedFile = { ok: true; response: EvaluationResponse } | { ok: false; reason: string };

/** Checks one file's text: JSON, then the format, its version, and every field. */
export function parseResponse(text: string): ParsedFile {
  if (text.trim() === '') return { ok: false, reason: 'The file is empty.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'Not JSON: this is not a response file.' };
  }
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (fields['format'] !== evaluationResponseFormat) {
    return { ok: false, reason: 'Not a MedMentor evaluation response.' };
  }
  const version = fields['version'];
  if (typeof version === 'number' && version > evaluationResponseVersion) {
    return {
      ok: false,
      reason: `Made by a newer version of MedMentor (format version ${version}); this site reads version ${evaluationResponseVersion}. Update the site to read it.`,
    };
  }
  const parsed = evaluationResponseSchema.safeParse(data);
  if (parsed.success) return { ok: true, response: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.map(String).join('.')})` : '';
  return {
    ok: false,
    reason: `A MedMentor evaluation response that does not check out${where}: it may have been edited or damaged.`,
  };
}

export type ReadFile =
  | { ok: true; name: string; response: EvaluationResponse; identity: string; text: string }
  | { ok: false; name: string; reason: string };

/** Reads and checks one file; never throws. */
export async function readResponseFile(file: FileLike): Promise<ReadFile> {
  const name = file.webkitRelativePath || file.name;
  if (file.size > maxFileBytes) {
    return { ok: false, name, reason: 'Too large to be a response file (over 64 KB).' };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, name, reason: 'Could not be read from the disk.' };
  }
  const parsed = parseResponse(text);
  if (!parsed.ok) return { ok: false, name, reason: parsed.reason };
  const identity = `${name}\n${file.size}\n${file.lastModified ?? ''}`;
  return { ok: true, name, response: parsed.response, identity, text };
}

export interface ReadSet {
  responses: EvaluationResponse[];
  /** Files that could not be used, each with its reason. */
  problems: { name: string; reason: string }[];
  /** Files whose content is the same as an earlier file's (each still counted). */
  identical: number;
  /** Files left out because the same file had already been added. */
  repeated: number;
  /** The files' identities and contents, to recognize a file chosen again. */
  seen: ReadonlySet<string>;
  contents: ReadonlySet<string>;
}

export const emptySet: ReadSet = {
  responses: [],
  problems: [],
  identical: 0,
  repeated: 0,
  seen: new Set(),
  contents: new Set(),
};

/** Adds a batch of files to what was read before. */
export async function addFiles(before: ReadSet, files: readonly FileLike[]): Promise<ReadSet> {
  const read = await Promise.all(files.map(readResponseFile));
  const seen = new Set(before.seen);
  const contents = new Set(before.contents);
  const next = { ...before, responses: [...before.responses], problems: [...before.problems] };
  for (const file of read) {
    if (!file.ok) {
      next.problems.push({ name: file.name, reason: file.reason });
      continue;
    }
    const id = `${file.identity}\n${file.text}`;
    if (seen.has(id)) {
      next.repeated += 1;
      continue;
    }
    seen.add(id);
    const content = file.text.trim();
    if (contents.has(content)) next.identical += 1;
    contents.add(content);
    next.responses.push(file.response);
  }
  return { ...next, seen, contents };
}

/** How many responses each cohort has, largest first. */
export function cohortsOf(responses: readonly EvaluationResponse[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of responses) counts.set(r.cohort, (counts.get(r.cohort) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** "28 responses read, 2 files could not be read." */
export function readSummary(set: ReadSet, locale: string): string {
  const parts = [
    pluralCount(locale, set.responses.length, {
      one: '{n} response read',
      other: '{n} responses read',
    }),
  ];
  if (set.problems.length > 0) {
    parts.push(
      pluralCount(locale, set.problems.length, {
        one: '{n} file could not be read',
        other: '{n} files could not be read',
      }),
    );
  }
  return `${parts.join(', ')}.`;
}
