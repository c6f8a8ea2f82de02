/**
 * Share links: a summary compressed with the browser's CompressionStream (deflate-raw),
 * base64url-encoded into the URL fragment, which browsers never send to a server. Too long
 * for a comfortable link, it becomes a file that /share/ also opens.
 */
import { shareSchema, type SharePayload } from '../schemas/share';

/** Links with a fragment longer than this are offered as a file instead. */
export const SHARE_LINK_LIMIT = 8 * 1024;
const PREFIX = 'v1.';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The fragment (without "#") that carries the payload. */
export async function encodeShareFragment(payload: SharePayload): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

export type ShareResult = { ok: true; payload: SharePayload } | { ok: false; message: string };

const damaged =
  'This link is incomplete or has been changed, so the summary cannot be shown. Ask the person who shared it to send the link again, or to send the file instead.';

/** Validates a parsed share payload. */
export function readSharePayload(json: unknown): ShareResult {
  const parsed = shareSchema.safeParse(json);
  if (parsed.success) return { ok: true, payload: parsed.data };
  const version = (json as { version?: unknown } | null)?.version;
  if (
    (json as { kind?: unknown } | null)?.kind === 'share' &&
    typeof version === 'number' &&
    version > 1
  ) {
    return {
      ok: false,
      message: 'This summary was made by a newer version of MedMentor and cannot be shown here.',
    };
  }
  return { ok: false, message: damaged };
}

/** Reads a fragment back; a tampered or truncated one gets a clear message. */
export async function decodeShareFragment(fragment: string): Promise<ShareResult> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(PREFIX)) return { ok: false, message: damaged };
  try {
    const bytes = await pipe(
      fromBase64Url(body.slice(PREFIX.length)),
      new DecompressionStream('deflate-raw'),
    );
    return readSharePayload(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
  } catch {
    return { ok: false, message: damaged };
  }
}

/** Reads a shared file's text. */
export function readShareFile(text: string): ShareResult {
  try {
    return readSharePayload(JSON.parse(text));
  } catch {
    return { ok: false, message: 'This file is not a MedMentor summary: it is not a JSON file.' };
  }
}
