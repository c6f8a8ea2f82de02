/**
 * The curriculum as pages get it from src/lib/content/guides.ts, read through `astro:content`
 * from the real guides, tracks and glossary (synced before the run: tests/support/
 * content-store.ts). Expected values come from the content files themselves, read here with a
 * plain YAML parser, so the tests follow the content as a school edits it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  audienceLabels,
  getAllGuides,
  getGlossary,
  getGuideNeighbors,
  getGuides,
  getGuidesById,
  getTerm,
  getTrackGuides,
  getTrackPaths,
  getTracks,
  guidePath,
  isTrackShown,
  shownGuidePath,
  trackPath,
} from '~/lib/content/guides';
import { relatedGuideProblems } from '~/lib/content/related-guides';
import { sequenceProblems } from '~/lib/content/sequence';
import { audiences } from '~/content.config';

const content = join(import.meta.dirname, '../../../src/content');
const tracksFile = parse(readFileSync(join(content, 'tracks/tracks.yaml'), 'utf8')) as {
  id: string;
  order: number;
}[];
const glossaryFile = parse(readFileSync(join(content, 'glossary/terms.yaml'), 'utf8')) as {
  id: string;
  term: string;
}[];
/** Every guide file: its id and frontmatter. */
const guideFiles = tracksFile.flatMap(({ id: track }) =>
  readdirSync(join(content, 'guides', track))
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(content, 'guides', track, file), 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as {
        title: string;
        order: number;
        relatedGuides?: string[];
      };
      return { id: `${track}/${file.replace(/\.mdx$/, '')}`, track, ...data };
    }),
);
/** The ids of a track's guides, in the order their files give. */
const orderOf = (track: string) =>
  guideFiles
    .filter((g) => g.track === track)
    .sort((a, b) => a.order - b.order)
    .map((g) => g.id);

describe('tracks', () => {
  test('all shipped tracks are shown (medmentor.config.ts shows every track), in curriculum order', async () => {
    const tracks = await getTracks();
    const expected = [...tracksFile].sort((a, b) => a.order - b.order).map((t) => t.id);
    expect(tracks.map((t) => t.id)).toEqual(expected);
    for (const id of expected) expect(isTrackShown(id)).toBe(true);
    expect(isTrackShown('no-such-track')).toBe(false);
  });

  test('each track has a page, a handbook and a session plan path', async () => {
    const paths = await getTrackPaths();
    expect(paths.map((p) => p.params.track)).toEqual((await getTracks()).map((t) => t.id));
    for (const { params, props } of paths) expect(props.track.id).toBe(params.track);
    expect(trackPath('mentees')).toBe('/guides/mentees/');
  });
});

describe('guides', () => {
  test('every guide file is in the collection, each with its track', async () => {
    const all = await getAllGuides();
    expect(all.map((g) => g.id).sort()).toEqual(guideFiles.map((g) => g.id).sort());
    for (const guide of all) expect(guide.id.startsWith(`${guide.data.track.id}/`)).toBe(true);
    expect((await getGuides()).map((g) => g.id).sort()).toEqual(all.map((g) => g.id).sort());
  });

  test.each(tracksFile.map((t) => t.id))('the guides of %s come in their order', async (track) => {
    expect((await getTrackGuides(track)).map((g) => g.id)).toEqual(orderOf(track));
  });

  test.each(tracksFile.map((t) => t.id))(
    'previous and next in %s stay within the track',
    async (track) => {
      const ids = orderOf(track);
      const guides = await getTrackGuides(track);
      for (const [i, guide] of guides.entries()) {
        const { prev, next } = await getGuideNeighbors(guide);
        expect(prev?.id).toBe(ids[i - 1]);
        expect(next?.id).toBe(ids[i + 1]);
      }
    },
  );

  test('related guides resolve to guides, in the order the frontmatter lists them', async () => {
    for (const file of guideFiles.filter((g) => g.relatedGuides?.length)) {
      const related = await getGuidesById(file.relatedGuides ?? []);
      expect(
        related.map((g) => g.id),
        file.id,
      ).toEqual(file.relatedGuides);
      expect(related.map((g) => g.data.title)).toEqual(
        (file.relatedGuides ?? []).map((id) => guideFiles.find((g) => g.id === id)?.title),
      );
    }
    expect(await getGuidesById(['mentees/no-such-guide'])).toEqual([]);
  });

  test.each([
    ['mentees/finding-a-mentor', '/guides/mentees/finding-a-mentor/'],
    ['programs/recruiting-and-matching', '/guides/programs/recruiting-and-matching/'],
  ])('%s lives at %s', (id, path) => {
    expect(guidePath({ id })).toBe(path);
    expect(shownGuidePath(id)).toBe(path);
  });

  test('a guide of a track that is not shown has no link', () => {
    expect(shownGuidePath('alumni/staying-in-touch')).toBeNull();
  });

  test('every audience value has a label', () => {
    for (const audience of audiences) expect(audienceLabels[audience]).toMatch(/^[A-Z]/);
  });
});

describe('mistakes the build refuses (checked on the real guides plus one broken guide)', () => {
  const real = guideFiles.map((g) => ({ id: g.id, data: { order: g.order, track: g.track } }));
  const nextInPrograms = orderOf('programs').length + 1;

  test('the shipped guides have none', () => {
    expect(sequenceProblems(real)).toEqual([]);
    expect(
      relatedGuideProblems(guideFiles.map((g) => ({ id: g.id, related: g.relatedGuides ?? [] }))),
    ).toEqual([]);
  });

  test('a gap in the order names the guide, its order and the one expected', () => {
    const broken = {
      id: 'programs/broken',
      data: { order: nextInPrograms + 2, track: 'programs' },
    };
    expect(sequenceProblems([...real, broken])).toEqual([
      `programs/broken: order is ${nextInPrograms + 2}, expected ${nextInPrograms} (track "programs" must run 1, 2, 3 ... without gaps or repeats)`,
    ]);
  });

  test("a guide filed in another track's folder is named", () => {
    const misfiled = { id: 'programs/broken', data: { order: 1, track: 'mentees' } };
    expect(sequenceProblems([...real, misfiled])).toContain(
      'programs/broken: track is "mentees" but the file is in the "programs" folder',
    );
  });

  test.each<[string, string[], string[]]>([
    [
      'a related guide that does not exist',
      ['mentees/no-such-guide'],
      ['programs/broken: relatedGuides names "mentees/no-such-guide", which is not a guide'],
    ],
    [
      'a guide that lists itself',
      ['programs/broken', 'mentees/finding-a-mentor'],
      ['programs/broken: relatedGuides lists the guide itself'],
    ],
  ])('%s', (_name, related, expected) => {
    const refs = [
      ...guideFiles.map((g) => ({ id: g.id, related: g.relatedGuides ?? [] })),
      { id: 'programs/broken', related },
    ];
    expect(relatedGuideProblems(refs)).toEqual(expected);
  });
});

describe('glossary', () => {
  test('every term, alphabetical', async () => {
    const terms = await getGlossary();
    expect(terms.map((t) => t.data.term)).toEqual(
      glossaryFile.map((t) => t.term).sort((a, b) => a.localeCompare(b, 'en')),
    );
  });

  test('a term by id', async () => {
    const [first] = glossaryFile;
    const term = await getTerm(first?.id ?? '');
    expect(term.data.term).toBe(first?.term);
  });

  test('an unknown term (a <Term> in a guide) fails, naming the id and the glossary file', async () => {
    await expect(getTerm('no-such-term')).rejects.toThrow(
      '<Term id="no-such-term">: no such term in src/content/glossary/terms.yaml',
    );
  });
});
