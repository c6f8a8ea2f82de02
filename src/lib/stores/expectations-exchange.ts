/**
 * "My expectations" as a file or a link, and reading the other person's back. A link carries
 * the file compressed in the URL fragment (like share links, src/lib/storage/share.ts), which
 * browsers never send to a server. Both are untrusted input: anything that is not exactly a
 * version-1 expectations file gets a clear message, and nothing is stored either way.
 * Loaded only when a person exports or opens expectations.
 */
import type { ExpectationRole, Expectations } from '../schemas/expectations';
import { expectationsFileSchema, type ExpectationsFile } from '../schemas/expectations-file';
import { compress, fromBase64Url, inflateCapped, toBase64Url } from '../storage/share';
import { stripBidiControls } from '../text';
import { toExpectationsFile } from './expectations-actions';

/** The fragment key of an expectations link: `#expectations=v1.<data>`. */
export const EXPECTATIONS_FRAGMENT = 'expectations=';
const PREFIX = 'v1.';
/** Largest expanded file a link may hold, in bytes (a full one is about 4 KB). */
const LINK_DATA_LIMIT = 32 * 1024;
/** Largest file opened, in bytes. */
export const EXPECTATIONS_FILE_LIMIT = 64 * 1024;

export type ExpectationsRead =
  { ok: true; file: ExpectationsFile } | { ok: false; message: string };

const damagedLink =
  'This link is incomplete or has been changed, so their expectations cannot be shown. Nothing here has changed. Ask them to send the link again, or the file instead.';
const notOurs =
  'This file is not a MedMentor expectations file, or it has been changed, so it cannot be shown. Nothing here has changed. Ask them to export “My expectations” again.';

/** The file name: `medmentor-expectations-<role>.json`. */
export function expectationsFileName(role: ExpectationRole): string {
  return `medmentor-expectations-${role}.json`;
}

/** The file's text (JSON, without bidirectional controls), or null until a role is chosen. */
export function expectationsFileText(value: Expectations): string | null {
  const file = toExpectationsFile(value);
  return file && stripBidiControls(JSON.stringify(file, null, 2));
}

/** Validates parsed JSON as an expectations file. */
export function readExpectationsJson(json: unknown): ExpectationsRead {
  const parsed = expectationsFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  const version = (json as { version?: unknown; format?: unknown } | null)?.version;
  if (
    (json as { format?: unknown } | null)?.format === 'medmentor-expectations' &&
    typeof version === 'number' &&
    version > 1
  ) {
    return {
      ok: false,
      message:
        'These expectations were made by a newer version of MedMentor and cannot be shown here. Nothing here has changed.',
    };
  }
  return { ok: false, message: notOurs };
}

/** Reads an opened file's text. */
export function readExpectationsFile(text: string): ExpectationsRead {
  if (text.length > EXPECTATIONS_FILE_LIMIT) return { ok: false, message: notOurs };
  try {
    return readExpectationsJson(JSON.parse(text));
  } catch {
    return {
      ok: false,
      message:
        'This file is not a MedMentor expectations file: it is not a JSON file. Nothing here has changed.',
    };
  }
}

/** The link's fragment (without "#"), or null until a role is chosen. */
export async function expectationsFragment(value: Expectations): Promise<string | null> {
  const file = toExpectationsFile(value);
  if (!file) return null;
  const bytes = new TextEncoder().encode(stripBidiControls(JSON.stringify(file)));
  return EXPECTATIONS_FRAGMENT + PREFIX + toBase64Url(await compress(bytes));
}

/** Whether a URL fragment is an expectations link (read or not). */
export function isExpectationsFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(EXPECTATIONS_FRAGMENT);
}

/** Reads an expectations link's fragment, or a whole pasted link. */
export async function readExpectationsLink(link: string): Promise<ExpectationsRead> {
  const hash = link.trim().slice(link.trim().indexOf('#') + 1);
  const body = hash.startsWith(EXPECTATIONS_FRAGMENT)
    ? hash.slice(EXPECTATIONS_FRAGMENT.length)
    : '';
  if (!body.startsWith(PREFIX)) return { ok: false, message: damagedLink };
  try {
    const bytes = await inflateCapped(fromBase64Url(body.slice(PREFIX.length)), LINK_DATA_LIMIT);
    if (!bytes) return { ok: false, message: damagedLink };
    const read = readExpectationsJson(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)),
    );
    return read.ok ? read : { ok: false, message: damagedLink };
  } catch {
    return { ok: false, message: damagedLink };
  }
}
