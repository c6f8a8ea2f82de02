import { describe, expect, test } from 'vitest';
import {
  addFiles,
  cohortsOf,
  emptySet,
  maxFileBytes,
  parseResponse,
  readResponseFile,
  readSummary,
  type FileLike,
} from '~/lib/evaluation/read-files';
import { named, tableTest } from '../../support/table';
import { response } from './responses';

const file = (name: string, text: string, over: Partial<FileLike> = {}): FileLike => ({
  name,
  size: text.length,
  lastModified: 1,
  text: () => Promise.resolve(text),
  ...over,
});
const good = JSON.stringify(response());
const reason = (text: string) => {
  const parsed = parseResponse(text);
  return parsed.ok ? 'ok' : parsed.reason;
};

describe('parseResponse: every bad file gets a reason, none throws', () => {
  tableTest('%s', named(reason), [
    ['a response', good, 'ok'],
    ['empty', '  ', 'The file is empty.'],
    ['not JSON', 'Name,Round\nAna,before', 'Not JSON: this is not a response file.'],
    ['JSON, not a response', '{"version":1,"goals":[]}', 'Not a MedMentor evaluation response.'],
    ['a list', '[1,2]', 'Not a MedMentor evaluation response.'],
    ['null', 'null', 'Not a MedMentor evaluation response.'],
    [
      'a newer version',
      JSON.stringify({ ...response(), version: 2 }),
      'Made by a newer version of MedMentor (format version 2); this site reads version 1. Update the site to read it.',
    ],
    [
      'a field it must not have (free text)',
      JSON.stringify({ ...response(), note: 'Dr. Rivera was great' }),
      'A MedMentor evaluation response that does not check out: it may have been edited or damaged.',
    ],
    [
      'an answer out of range',
      JSON.stringify(response({ checkIn: { 'feel-heard': 9 } })),
      'A MedMentor evaluation response that does not check out (checkIn.feel-heard): it may have been edited or damaged.',
    ],
  ]);
});

describe('readResponseFile', () => {
  test('a file over 64 KB is refused before it is read', async () => {
    let read = false;
    const big = file('big.json', good, {
      size: maxFileBytes + 1,
      text: () => ((read = true), Promise.resolve(good)),
    });
    expect(await readResponseFile(big)).toEqual({
      ok: false,
      name: 'big.json',
      reason: 'Too large to be a response file (over 64 KB).',
    });
    expect(read).toBe(false);
  });

  test('a file the disk refuses', async () => {
    const broken = file('gone.json', good, {
      text: () => Promise.reject(new Error('NotReadableError')),
    });
    expect(await readResponseFile(broken)).toMatchObject({
      ok: false,
      reason: 'Could not be read from the disk.',
    });
  });

  test('a file in a dropped folder is named by its path', async () => {
    expect(
      await readResponseFile(file('a.txt', 'x', { webkitRelativePath: 'cohort/a.txt' })),
    ).toMatchObject({ name: 'cohort/a.txt' });
  });
});

describe('addFiles', () => {
  test('identical files are all counted (anonymous files cannot be told apart), and said so', async () => {
    const set = await addFiles(emptySet, [
      file('a.json', good),
      file('b.json', good, { lastModified: 2 }),
      file('c.json', 'oops'),
    ]);
    expect(set.responses).toHaveLength(2);
    expect(set.identical).toBe(1);
    expect(set.problems).toEqual([
      { name: 'c.json', reason: 'Not JSON: this is not a response file.' },
    ]);
    expect(readSummary(set, 'en-US')).toBe('2 responses read, 1 file could not be read.');
  });

  test('the same file chosen again is left out the second time', async () => {
    const once = await addFiles(emptySet, [file('a.json', good)]);
    const twice = await addFiles(once, [
      file('a.json', good),
      file('d.json', JSON.stringify(response({ round: 'end' }))),
    ]);
    expect(twice.responses).toHaveLength(2);
    expect(twice.repeated).toBe(1);
    expect(readSummary(twice, 'en-US')).toBe('2 responses read.');
  });

  test('cohorts, largest first', () => {
    expect(
      cohortsOf([response({ cohort: 'A' }), response({ cohort: 'B' }), response({ cohort: 'B' })]),
    ).toEqual([
      ['B', 2],
      ['A', 1],
    ]);
  });
});
