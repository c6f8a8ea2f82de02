/** Share links as untrusted input: the size cap while inflating, anchors, exported text. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SharePayload } from '~/lib/schemas/share';
import {
  decodeShareFragment,
  encodeShareFragment,
  inflateCapped,
  SHARE_DATA_LIMIT,
  shareFileText,
  type ShareResult,
} from '~/lib/storage/share';
import { isPageAnchor, readSharedLink } from '~/lib/stores/share-views';
import { formatDay } from '~/lib/format';
import { bandedAttempt } from '../../support/banded-attempt';

/** A refused link's message; "opened" when it was not refused. */
const refusal = (result: ShareResult) => (result.ok ? 'opened' : result.message);

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A fragment carrying exactly these bytes, compressed as the app does. */
async function fragmentOf(bytes: Uint8Array): Promise<string> {
  const packed = await deflate(bytes);
  let binary = '';
  for (const b of packed) binary += String.fromCharCode(b);
  return `v1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** Counts the bytes every DecompressionStream hands out, to see where reading stopped. */
function countInflatedBytes(): { bytes: number } {
  const seen = { bytes: 0 };
  const Native = globalThis.DecompressionStream;
  class Counting extends Native {
    constructor(format: CompressionFormat) {
      super(format);
      const counted = this.readable.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>(
          {
            transform(chunk, controller) {
              seen.bytes += chunk.byteLength;
              controller.enqueue(chunk);
            },
          },
          undefined,
          { highWaterMark: 0 },
        ),
      );
      Object.defineProperty(this, 'readable', { value: counted });
    }
  }
  vi.stubGlobal('DecompressionStream', Counting);
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const summary = (text: string): SharePayload => ({
  app: 'medmentor',
  kind: 'share',
  version: 2,
  createdAt: '2026-11-24T12:00:00.000Z',
  from: null,
  included: ['Notes'],
  sections: [{ title: 'Notes', blocks: [{ type: 'text', text }] }],
});

describe('the expanded size of a link is capped while inflating', () => {
  test('a deflate bomb (5 MB of zeros in a few KB) is refused quickly, after reading little', async () => {
    const bomb = await fragmentOf(new Uint8Array(5 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(16 * 1024);
    const seen = countInflatedBytes();
    const started = performance.now();
    const result = await decodeShareFragment(bomb);
    expect(refusal(result)).toMatch(/This link holds more than a shared summary can/);
    expect(performance.now() - started).toBeLessThan(1000);
    // Stopped just past the cap: nowhere near the 5 MB the link expands to.
    expect(seen.bytes).toBeGreaterThan(SHARE_DATA_LIMIT);
    expect(seen.bytes).toBeLessThan(SHARE_DATA_LIMIT + 1024 * 1024);
  });

  test.each<[string, number, boolean]>([
    ['well under the cap', 10_000, true],
    ['exactly at the cap', SHARE_DATA_LIMIT, true],
    ['one byte over the cap', SHARE_DATA_LIMIT + 1, false],
    ['twenty times the cap', 20 * SHARE_DATA_LIMIT, false],
  ])('inflateCapped: %s', async (_name, size, kept) => {
    const bytes = new Uint8Array(size).map((_, i) => (i * 31) % 251);
    const out = await inflateCapped(await deflate(bytes), SHARE_DATA_LIMIT);
    // Compared as buffers: an element-by-element diff of 256 KB is slow.
    if (kept) expect(out && Buffer.from(out).equals(Buffer.from(bytes))).toBe(true);
    else expect(out).toBeNull();
  });

  test('a summary just under the cap still opens; a real one stays far below it', async () => {
    const text = 'x'.repeat(SHARE_DATA_LIMIT - 1000);
    const big = await decodeShareFragment(await encodeShareFragment(summary(text)));
    // Valid JSON, but more text than the schema allows in one block: refused as a summary,
    // not as too large.
    expect(refusal(big)).toMatch(/incomplete or has been changed/);
    const fine = summary('y'.repeat(19_000));
    expect(await decodeShareFragment(await encodeShareFragment(fine))).toEqual({
      ok: true,
      payload: fine,
    });
  });
});

describe('in-page anchors on /share/ are not read as summaries', () => {
  const ids = new Set(['main', 'shared-title', 'shared-0', 'top of page']);
  const isId = (id: string) => ids.has(id);
  test.each<[string, string, boolean]>([
    ['the skip link', 'main', true],
    ['a section heading', 'shared-0', true],
    ['an id written with percent-encoding', 'top%20of%20page', true],
    ['summary data', 'v1.AAAA', false],
    ['summary data from a later version', 'v2.AAAA', false],
    ['an id that is not on the page (a changed link)', 'hello', false],
    ['broken percent-encoding', '%E0%A4%A', false],
    ['no fragment', '', false],
  ])('%s', (_name, fragment, anchor) => {
    expect(isPageAnchor(fragment, isId)).toBe(anchor);
  });

  test('no fragment means no link; a changed one is explained', async () => {
    expect(await readSharedLink('')).toBeNull();
    expect(await readSharedLink('hello')).toMatchObject({ ok: false });
  });
});

test('bidirectional controls are left out of the link and the file, other text is kept', async () => {
  const typed = 'Goal \u202Eevil\u202C, then \u2067مرحبا\u2069 🩺';
  const clean = 'Goal evil, then مرحبا 🩺';
  const decoded = await decodeShareFragment(await encodeShareFragment(summary(typed)));
  expect(decoded).toEqual({ ok: true, payload: summary(clean) });
  expect(JSON.parse(shareFileText(summary(typed)))).toEqual(summary(clean));
});

describe('the shared results carry the day the person completed them, in their time zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  test.each<[string, string, string, string]>([
    [
      'Auckland, 09:00 the next morning',
      'Pacific/Auckland',
      '2026-11-24T20:00:00.000Z',
      '2026-11-25',
    ],
    [
      'California, 17:30 the evening before',
      'America/Los_Angeles',
      '2026-11-25T01:30:00.000Z',
      '2026-11-24',
    ],
    ['UTC', 'UTC', '2026-11-24T20:00:00.000Z', '2026-11-24'],
  ])('%s', async (_name, zone, completedAt, day) => {
    process.env.TZ = zone;
    const { assessmentsShare } = await import('~/lib/stores/assessments-share');
    const [results] = assessmentsShare;
    const section = results?.summarize(
      { version: 2, drafts: {}, attempts: [bandedAttempt('a1', { title: 'Needs', completedAt })] },
      { name: null },
    );
    expect(section?.blocks[0]).toMatchObject({
      type: 'table',
      caption: `Needs, ${formatDay(day, 'en')}`,
    });
  });
});
