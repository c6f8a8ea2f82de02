/**
 * The same content under a school's configuration (examples/school.config.ts: the CanMEDS pack,
 * the programs track hidden, the directory and the network map switched off), with no code
 * change: what pages, navigation and tool links get. The build of that configuration is
 * covered end to end by `npm run build:school` and its e2e tests; the framework swap also by
 * tests/build/config.test.ts.
 */
import { describe, expect, test, vi } from 'vitest';
import { parseSiteConfig } from '~/lib/schemas/config';
import school from '../../../examples/school.config';

vi.mock('~/lib/config', () => ({ config: parseSiteConfig(school) }));

const { getInstruments, instrumentGuides } = await import('~/lib/content/assessments');
const { getGoalTemplates } = await import('~/lib/content/goal-templates');
const { getAllGuides, getGuides, getTrackPaths, getTracks, shownGuidePath } =
  await import('~/lib/content/guides');
const { primaryNav } = await import('~/lib/nav');
const { tools } = await import('~/lib/tools');

test('the clinical self-assessment uses the configured framework pack', async () => {
  const clinical = (await getInstruments()).find((i) => i.instrument === 'clinical-strengths');
  expect(clinical?.framework).toBe('canmeds');
  expect(clinical?.domains.map((d) => d.name)).toContain('Health Advocate');
  expect(clinical?.domains.map((d) => d.name)).not.toContain('Knowledge for Practice');
});

test("templates for another pack's domains are left out; the others keep theirs", async () => {
  const templates = await getGoalTemplates();
  const instruments = await getInstruments();
  expect(templates.length).toBeGreaterThan(0);
  for (const template of templates) {
    const domains = instruments.find((i) => i.instrument === template.instrument)?.domains ?? [];
    expect(
      domains.map((d) => d.id),
      template.id,
    ).toContain(template.domain);
  }
  expect(templates.some((t) => t.domain === 'knowledge-for-practice')).toBe(false);
});

describe('a hidden track', () => {
  test('has no pages, and its guides are not listed or linked', async () => {
    expect((await getTracks()).map((t) => t.id)).toEqual(['mentees', 'mentors']);
    expect((await getTrackPaths()).map((p) => p.params.track)).toEqual(['mentees', 'mentors']);
    const shown = await getGuides();
    expect(shown.every((g) => g.data.track.id !== 'programs')).toBe(true);
    expect(shown.length).toBeLessThan((await getAllGuides()).length);
    expect(shownGuidePath('programs/recruiting-and-matching')).toBeNull();
    expect(shownGuidePath('mentees/finding-a-mentor')).toBe('/guides/mentees/finding-a-mentor/');
  });

  test("is still checked, and a self-assessment's link to one of its guides is left out", async () => {
    const [instrument] = await getInstruments();
    if (!instrument) throw new Error('no instrument');
    const [first, ...rest] = instrument.domains;
    const pointing = {
      ...instrument,
      domains: [
        {
          ...first!,
          relatedGuides: ['programs/recruiting-and-matching', 'mentees/finding-a-mentor'],
        },
        ...rest.map((d) => ({ ...d, relatedGuides: [] })),
      ],
    };
    expect(Object.keys(await instrumentGuides(pointing, (p) => p))).toEqual([
      'mentees/finding-a-mentor',
    ]);
  });
});

test('tools that are switched off are not built, linked or in the navigation', () => {
  expect(tools.mentors.built).toBe(false);
  expect(tools.network.built).toBe(false);
  expect(tools.brief.built).toBe(true);
  const paths = primaryNav.map((item) => item.path);
  expect(paths).not.toContain('/mentors/');
  expect(paths).not.toContain('/network/');
  expect(paths).toContain('/plan/');
});
