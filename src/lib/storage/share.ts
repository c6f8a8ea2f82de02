/**
 * Share links: a summary compressed with the browser's CompressionStream (deflate-raw),
 * base64url-encoded into the URL fragment, which browsers never send to a server. Too long
 * for a comfortable link, it becomes a file that /share/ also opens.
 *
 * A link is untrusted input: a few kilobytes of deflate can expand to a gigabyte, so reading
 * stops as soon as the expanded text passes SHARE_DATA_LIMIT, long before it is all in memory.
 */
import {
  migrateShareV1,
  shareLimits,
  shareSchema,
  shareSchemaV1,
  type SharePayload,
} from '../schemas/share';
import { stripBidiControls } from '../text';

/** Links with a fragment longer than this are offered as a file instead. */
export const SHARE_LINK_LIMIT = 8 * 1024;
/** Largest expanded summary a link may hold, in bytes (a real one is a few tens of KB). */
export const SHARE_DATA_LIMIT = 256 * 1024;
const PREFIX = 'v1.';
/** Compressed bytes fed to the decompressor at a time: one step expands to at most ~264 KB. */
const INPUT_STEP = 256;

/** Bytes as base64url text (no padding), for URL fragments. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url text back to bytes; throws on any other character. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Bytes compressed with deflate-raw (the browser's CompressionStream). */
export async function compress(bytes: Uint8Array): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/**
 * Inflates `bytes`, or returns null as soon as the output passes `limit` bytes. The input is
 * handed over in small steps, only when the output has been read (stream backpressure), so a
 * deflate bomb costs about `limit` bytes of memory and stops after a few steps.
 */
export async function inflateCapped(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  let offset = 0;
  const input = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + INPUT_STEP));
        offset += INPUT_STEP;
      },
    },
    { highWaterMark: 0 },
  );
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The summary as JSON text, without bidirectional controls (src/lib/text.ts). */
function exportJson(payload: SharePayload, indent?: number): string {
  // Outside strings JSON is ASCII, so stripping the whole text strips exactly the values.
  return stripBidiControls(JSON.stringify(payload, null, indent));
}

/** The fragment (without "#") that carries the payload. */
export async function encodeShareFragment(payload: SharePayload): Promise<string> {
  return PREFIX + toBase64Url(await compress(new TextEncoder().encode(exportJson(payload))));
}

/** The text of a summary file, for a summary too long for a link. */
export function shareFileText(payload: SharePayload): string {
  return exportJson(payload, 2);
}

export type ShareResult = { ok: true; payload: SharePayload } | { ok: false; message: string };

const damaged =
  'This link is incomplete or has been changed, so the summary cannot be shown. Ask the person who shared it to send the link again, or to send the file instead.';

const tooLarge =
  'This link holds more than a shared summary can, so it was not opened. Ask the person who shared it to send the summary again, or to send it as a file.';

const tooLongName = `This summary was not opened: the name of the person who shared it is longer than a first name can be (${shareLimits.from} characters). Ask them to send it again.`;

/** Validates a parsed share payload; a version-1 summary is read as version 2. */
export function readSharePayload(json: unknown): ShareResult {
  const version = (json as { version?: unknown } | null)?.version;
  if (version === 1) {
    const old = shareSchemaV1.safeParse(json);
    return old.success
      ? { ok: true, payload: migrateShareV1(old.data) }
      : { ok: false, message: damaged };
  }
  const parsed = shareSchema.safeParse(json);
  if (parsed.success) return { ok: true, payload: parsed.data };
  if (parsed.error.issues.some((issue) => issue.path[0] === 'from' && issue.code === 'too_big')) {
    return { ok: false, message: tooLongName };
  }
  if (
    (json as { kind?: unknown } | null)?.kind === 'share' &&
    typeof version === 'number' &&
    version > 2
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
    const bytes = await inflateCapped(fromBase64Url(body.slice(PREFIX.length)), SHARE_DATA_LIMIT);
    if (!bytes) return { ok: false, message: tooLarge };
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
