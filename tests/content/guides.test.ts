/**
 * Content tests over the guide files themselves: sequence, required parts, length, and that
 * every reference (related guide, glossary term, guide link) resolves. These catch what the
 * schema cannot: prose length, missing activities, placeholder text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../../src/content');
const tracks = parse(readFileSync(join(root, 'tracks/tracks.yaml'), 'utf8')) as { id: string }[];
const glossary = parse(readFileSync(join(root, 'glossary/terms.yaml'), 'utf8')) as {
  id: string;
  term: string;
  related?: string[];
}[];
const termIds = new Set(glossary.map((t) => t.id));

interface GuideFile {
  id: string;
  track: string;
  data: {
    order: number;
    minutes: number;
    relatedGuides?: string[];
    objectives: string[];
    keyPoints: string[];
  };
  body: string;
}

const guides: GuideFile[] = tracks.flatMap(({ id: track }) =>
  readdirSync(join(root, 'guides', track))
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(root, 'guides', track, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${track}/${file}: no frontmatter`);
      return {
        id: `${track}/${file.replace(/\.mdx$/, '')}`,
        track,
        data: parse(match[1] ?? '') as GuideFile['data'],
        body: match[2] ?? '',
      };
    }),
);
const guideIds = new Set(guides.map((g) => g.id));
/** Pages under /guides/ that are not guides: the mentors' capstone worksheet. */
const otherPages = new Set(['mentors/capstone']);

/** Words a reader reads: the body without imports, tags and Markdown punctuation. */
function proseWords(body: string): number {
  return body
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`[\]|-]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

test('there are 24 guides in three tracks', () => {
  expect(guides).toHaveLength(24);
  expect(new Set(guides.map((g) => g.track))).toEqual(new Set(['mentees', 'mentors', 'programs']));
});

describe.each(tracks.map((t) => t.id))('track %s', (track) => {
  test('guides are numbered 1, 2, 3 ... without gaps or repeats', () => {
    const orders = guides
      .filter((g) => g.track === track)
      .map((g) => g.data.order)
      .sort((a, b) => a - b);
    expect(orders.length).toBeGreaterThan(0);
    expect(orders).toEqual(orders.map((_, i) => i + 1));
  });
});

describe.each(guides.map((g) => [g.id, g] as const))('%s', (id, guide) => {
  const words = proseWords(guide.body);

  // The length rule (1,200 to 2,200 words) is in tests/unit/content/curriculum.test.ts.
  test('states a reading time close to its length', () => {
    expect(Math.abs(guide.data.minutes - words / 200)).toBeLessThanOrEqual(2);
  });

  test('has at least one Activity and one Reflection', () => {
    expect(guide.body).toMatch(/<Activity[\s>]/);
    expect(guide.body).toMatch(/<Reflection[\s>]/);
  });

  test('has facilitator notes for a 45 to 60 minute workshop', () => {
    const minutes = [...guide.body.matchAll(/<FacilitatorNote[^>]*minutes=\{(\d+)\}/g)].map((m) =>
      Number(m[1]),
    );
    const total = minutes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(45);
    expect(total).toBeLessThanOrEqual(60);
  });

  test('has 2 to 4 related guides that exist', () => {
    const related = guide.data.relatedGuides ?? [];
    expect(related.length).toBeGreaterThanOrEqual(2);
    expect(related.length).toBeLessThanOrEqual(4);
    for (const ref of related) {
      expect(ref).not.toBe(id);
      expect(guideIds.has(ref), `${ref} exists`).toBe(true);
    }
  });

  test('links only to guides and tracks that exist', () => {
    for (const [, path] of guide.body.matchAll(/\]\((\/guides\/[^)#\s]*)/g)) {
      const target = (path ?? '').replace(/^\/guides\/|\/$/g, '');
      const exists =
        guideIds.has(target) ||
        otherPages.has(target) ||
        tracks.some((t) => t.id === target) ||
        target === '';
      expect(exists, `link to ${path}`).toBe(true);
      expect(path, 'guide links end with a slash').toMatch(/\/$/);
    }
  });

  test('uses only glossary terms that exist', () => {
    const used = [...guide.body.matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(used.length).toBeGreaterThan(0);
    for (const term of used) expect(termIds.has(term), `term ${term}`).toBe(true);
  });

  test('has no placeholder text', () => {
    expect(guide.body).not.toMatch(/\b(TODO|TBD|FIXME|XXX|lorem ipsum)\b/i);
    expect(guide.body).not.toMatch(/\[(citation needed|link|insert[^\]]*)\]/i);
  });

  test('objectives start with a verb a learner can show, key points are sentences', () => {
    for (const objective of guide.data.objectives) expect(objective).toMatch(/^[A-Z][a-z]+ /);
    for (const point of guide.data.keyPoints) expect(point).toMatch(/[.!?]$/);
  });
});

test('most guides include a case with discussion questions', () => {
  const withCase = guides.filter((g) => /<Case[\s>]/.test(g.body));
  expect(withCase.length).toBeGreaterThanOrEqual(Math.ceil(guides.length * 0.75));
});

describe('glossary', () => {
  test('ids are unique and every "related" id exists', () => {
    expect(termIds.size).toBe(glossary.length);
    for (const term of glossary) {
      for (const rel of term.related ?? [])
        expect(termIds.has(rel), `${term.id} -> ${rel}`).toBe(true);
    }
  });

  test.each([
    'mentor',
    'mentee',
    'sponsor',
    'coach',
    'near-peer-mentoring',
    'hidden-curriculum',
    'individual-development-plan',
    'smart-goal',
  ])('defines %s', (id) => {
    expect(termIds.has(id)).toBe(true);
  });
});
