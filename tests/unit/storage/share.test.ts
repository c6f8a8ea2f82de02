import { describe, expect, test } from 'vitest';
import { shareLimits, type SharePayload } from '~/lib/schemas/share';
import {
  decodeShareFragment,
  encodeShareFragment,
  readShareFile,
  readSharePayload,
  type ShareResult,
} from '~/lib/storage/share';

/** A refused link's message; "opened" when it was not refused. */
const refusal = (result: ShareResult) => (result.ok ? 'opened' : result.message);

const payload: SharePayload = {
  app: 'medmentor',
  kind: 'share',
  version: 2,
  createdAt: '2026-11-24T12:00:00.000Z',
  from: 'Ana',
  included: ['Goals <script>alert(1)</script>'],
  sections: [
    {
      title: 'Goals <script>alert(1)</script>',
      blocks: [
        { type: 'text', text: '<img src=x onerror=alert(1)> and é, 漢字, emoji 🩺' },
        { type: 'list', items: ['javascript:alert(1)', '</script><script>alert(2)</script>'] },
        {
          type: 'table',
          caption: 'Scores',
          columns: ['Domain', 'Score'],
          rows: [['Patient Care', '75']],
        },
      ],
    },
  ],
};

test('a share link round-trips exactly, text and all', async () => {
  const fragment = await encodeShareFragment(payload);
  expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  expect(await decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, payload });
});

describe('a tampered or truncated link gets a clear message', () => {
  test.each<[string, (f: string) => string]>([
    ['truncated', (f) => f.slice(0, Math.floor(f.length / 2))],
    ['one character changed', (f) => f.slice(0, 20) + (f[20] === 'A' ? 'B' : 'A') + f.slice(21)],
    ['not base64url', (f) => `${f}$%`],
    ['no version prefix', (f) => f.slice(3)],
    ['empty', () => ''],
    ['valid compression of the wrong data', () => 'v1.' + 'AAAA'],
  ])('%s', async (_name, damage) => {
    const result = await decodeShareFragment(damage(await encodeShareFragment(payload)));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/incomplete or has been changed|cannot be shown/);
  });
});

test('a payload that is not a summary is refused', () => {
  const backup = { app: 'medmentor', kind: 'backup', version: 1, exportedAt: 'x', stores: {} };
  expect(readShareFile(JSON.stringify(backup)).ok).toBe(false);
  expect(refusal(readShareFile('not json'))).toMatch(/not a JSON file/);
  expect(refusal(readShareFile(JSON.stringify({ ...payload, version: 3 })))).toMatch(
    /newer version/,
  );
});

test('a share file reads back exactly', () => {
  expect(readShareFile(JSON.stringify(payload))).toEqual({ ok: true, payload });
});

test('a summary too long for a link becomes a file that /share/ can open', async () => {
  const { createShare } = await import('~/lib/stores/data');
  const { readShareFile } = await import('~/lib/storage/share');
  // Random-looking text does not compress, so the link would be far over 8 KB.
  const noise = Array.from({ length: 3000 }, (_, i) => ((i * 7919) % 65521).toString(36)).join(' ');
  const sections = [{ title: 'Notes', blocks: [{ type: 'text' as const, text: noise }] }];
  const output = await createShare(sections, new Date('2026-11-24T12:00:00Z'), 'Ana');
  expect(output.kind).toBe('file');
  if (output.kind !== 'file') return;
  expect(output.fileName).toBe('medmentor-summary-2026-11-24.json');
  expect(readShareFile(output.text)).toMatchObject({
    ok: true,
    payload: { from: 'Ana', included: ['Notes'], sections },
  });
  const short = await createShare([{ title: 'Goals', blocks: [{ type: 'list', items: ['One'] }] }]);
  expect(short.kind).toBe('link');
});

/** A fragment carrying exactly these bytes, compressed as the app does. */
async function fragmentOf(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const packed = new Uint8Array(await new Response(stream).arrayBuffer());
  const base64 = btoa(String.fromCharCode(...packed));
  return `v1.${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

describe('a link that decodes but does not hold a summary we can show', () => {
  test.each<[string, Uint8Array, RegExp]>([
    [
      'a summary from a newer version',
      new TextEncoder().encode(JSON.stringify({ ...payload, version: 3 })),
      /made by a newer version of MedMentor and cannot be shown here/,
    ],
    [
      'text that is not UTF-8',
      new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      /incomplete or has been changed/,
    ],
    [
      'JSON that is not a summary',
      new TextEncoder().encode('[1,2,3]'),
      /incomplete or has been changed/,
    ],
    [
      'a summary with no sections',
      new TextEncoder().encode(JSON.stringify({ ...payload, sections: [] })),
      /incomplete or has been changed/,
    ],
  ])('%s', async (_name, bytes, message) => {
    const result = await decodeShareFragment(await fragmentOf(bytes));
    expect(refusal(result)).toMatch(message);
  });
});

test.each<[string, unknown]>([
  ['null', null],
  ['a number', 7],
  ['a share of version 3 without sections', { kind: 'share', version: 3 }],
  ['a share of version 2 without sections', { kind: 'share', version: 2 }],
])('readSharePayload(%s) tells a newer summary from a damaged one', (_name, json) => {
  const result = readSharePayload(json);
  const newer = (json as { version?: number } | null)?.version === 3;
  expect(refusal(result)).toMatch(newer ? /newer version/ : /incomplete or has been changed/);
});

describe('version 2: who shared it and what they chose', () => {
  const { sections, createdAt } = payload;
  const v1 = { app: 'medmentor', kind: 'share', version: 1, createdAt, sections };

  test('a version-1 link still opens, with nobody named and no list of what was included', async () => {
    const fragment = await fragmentOf(new TextEncoder().encode(JSON.stringify(v1)));
    expect(await decodeShareFragment(fragment)).toEqual({
      ok: true,
      payload: { ...v1, version: 2, from: null, included: [] },
    });
    expect(readShareFile(JSON.stringify(v1))).toMatchObject({ ok: true, payload: { from: null } });
  });

  test('a damaged version-1 summary is still refused', () => {
    expect(refusal(readSharePayload({ ...v1, sections: [] }))).toMatch(
      /incomplete or has been changed/,
    );
  });

  test.each<[string, unknown, RegExp | 'opened']>([
    ['a first name at the limit', 'A'.repeat(shareLimits.from), 'opened'],
    ['no name', null, 'opened'],
    [
      'a name over the limit',
      'A'.repeat(shareLimits.from + 1),
      /name of the person who shared it is longer than a first name can be \(80 characters\)/,
    ],
    ['an empty name', '', /incomplete or has been changed/],
    ['a name that is not text', 7, /incomplete or has been changed/],
  ])('%s', async (_name, from, expected) => {
    const fragment = await encodeShareFragment({ ...payload, from } as SharePayload);
    const result = await decodeShareFragment(fragment);
    if (expected === 'opened') expect(result).toEqual({ ok: true, payload: { ...payload, from } });
    else expect(refusal(result)).toMatch(expected);
  });

  test('createShare signs with the trimmed name and lists the sections sent', async () => {
    const { createShare } = await import('~/lib/stores/data');
    const now = new Date('2026-11-29T15:40:00.000Z');
    const output = await createShare(sections, now, '  Ana ');
    expect(output.kind).toBe('link');
    if (output.kind !== 'link') return;
    expect(await decodeShareFragment(output.fragment)).toEqual({
      ok: true,
      payload: {
        app: 'medmentor',
        kind: 'share',
        version: 2,
        createdAt: now.toISOString(),
        from: 'Ana',
        included: ['Goals <script>alert(1)</script>'],
        sections,
      },
    });
    const unsigned = await createShare(sections, now, '   ');
    if (unsigned.kind === 'link') {
      expect(await decodeShareFragment(unsigned.fragment)).toMatchObject({
        payload: { from: null },
      });
    }
  });
});
