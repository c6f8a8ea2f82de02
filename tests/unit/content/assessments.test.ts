/**
 * Self-assessments, goal templates, the planner's data and the mentor directory as pages get
 * them from src/lib/content, read through `astro:content` from the real content with the
 * shipped configuration (competencyFramework "aamc", every track shown). Expected values come
 * from the YAML files themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  getInstrumentPaths,
  getInstruments,
  instrumentGuides,
  resultsInstrument,
  runnerInstrument,
} from '~/lib/content/assessments';
import { getGoalTemplates } from '~/lib/content/goal-templates';
import { getMentors, getNeedAreas } from '~/lib/content/mentors';
import { getPlanData } from '~/lib/content/plan-data';
import shipped from '../../../medmentor.config';

const content = join(import.meta.dirname, '../../../src/content');
const yamlFiles = (dir: string) =>
  readdirSync(join(content, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => ({
      file,
      data: parse(readFileSync(join(content, dir, file), 'utf8')) as unknown,
    }));

interface RawInstrument {
  instrument: string;
  framework?: string;
  title: string;
  order: number;
  domains: { id: string; name: string; relatedGuides?: string[]; helpAreas?: string[] }[];
}
const instrumentFiles = yamlFiles('assessments').map((f) => f.data as RawInstrument);
const framework = shipped.competencyFramework ?? 'aamc';
/** The instruments the shipped configuration shows: single ones, and the chosen pack. */
const shown = instrumentFiles
  .filter((i) => (i.framework ?? 'none') === 'none' || i.framework === framework)
  .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
const templatesFile = parse(
  readFileSync(join(content, 'goal-templates/templates.yaml'), 'utf8'),
) as { id: string; instrument: string; domain: string; title: string }[];
const guideTitle = (id: string) => {
  const text = readFileSync(join(content, 'guides', `${id}.mdx`), 'utf8');
  return (parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as { title: string }).title;
};

describe('self-assessments', () => {
  test('each instrument once, the configured framework pack for the clinical one, in order', async () => {
    const instruments = await getInstruments();
    expect(instruments.map((i) => [i.instrument, i.framework])).toEqual(
      shown.map((i) => [i.instrument, i.framework ?? 'none']),
    );
    expect(new Set(instruments.map((i) => i.instrument)).size).toBe(instruments.length);
  });

  test('each has a page', async () => {
    const paths = await getInstrumentPaths();
    expect(paths.map((p) => p.params.instrument)).toEqual(shown.map((i) => i.instrument));
    for (const { params, props } of paths)
      expect(props.instrument.instrument).toBe(params.instrument);
  });

  test('islands get only the fields they need', async () => {
    const [instrument] = await getInstruments();
    if (!instrument) throw new Error('no instrument');
    const common = ['instrument', 'framework', 'title', 'domains', 'items', 'scale', 'results'];
    const runner = runnerInstrument(instrument);
    expect(Object.keys(runner).sort()).toEqual([...common, 'description', 'minutes'].sort());
    expect(runner.domains).toEqual(instrument.domains);
    const results = resultsInstrument(instrument);
    expect(Object.keys(results).sort()).toEqual([...common, 'reflection'].sort());
    expect(results.reflection).toEqual(instrument.reflection);
  });

  test("the guides an instrument points to, with their titles and links under the site's base", async () => {
    for (const instrument of await getInstruments()) {
      const guides = await instrumentGuides(instrument, (path) => `/base${path}`);
      const ids = [...new Set(instrument.domains.flatMap((d) => d.relatedGuides))];
      expect(Object.keys(guides).sort()).toEqual(ids.sort());
      for (const id of ids) {
        expect(guides[id]).toEqual({ title: guideTitle(id), href: `/base/guides/${id}/` });
      }
    }
  });

  test('a domain pointing to a guide that does not exist fails, naming instrument, domain and guide', async () => {
    const [instrument] = await getInstruments();
    if (!instrument) throw new Error('no instrument');
    const [first, ...rest] = instrument.domains;
    const broken = {
      ...instrument,
      domains: [{ ...first!, relatedGuides: ['mentees/no-such-guide'] }, ...rest],
    };
    await expect(instrumentGuides(broken, (p) => p)).rejects.toThrow(
      `src/content/assessments (${instrument.instrument}, domain "${first?.id}"): relatedGuides names "mentees/no-such-guide", which is not a guide`,
    );
  });
});

describe('goal templates', () => {
  test("every template of a shown instrument, with its domain's name and guides", async () => {
    const templates = await getGoalTemplates();
    const expected = templatesFile.filter((t) =>
      shown.some((i) => i.instrument === t.instrument && i.domains.some((d) => d.id === t.domain)),
    );
    expect(templates.map((t) => t.id).sort()).toEqual(expected.map((t) => t.id).sort());
    for (const template of templates) {
      const domain = shown
        .find((i) => i.instrument === template.instrument)
        ?.domains.find((d) => d.id === template.domain);
      expect(template.domainName).toBe(domain?.name);
      expect(template.guides).toEqual(domain?.relatedGuides ?? []);
    }
  });
});

describe('the planner', () => {
  test('gets the templates, every domain a goal can work on, and the guides they point to', async () => {
    const data = await getPlanData((path) => path);
    expect(data.templates).toEqual(await getGoalTemplates());
    expect(data.domains.map((d) => `${d.instrument}/${d.domain}`)).toEqual(
      shown.flatMap((i) => i.domains.map((d) => `${i.instrument}/${d.id}`)),
    );
    const needs = data.domains.find((d) => d.instrument === 'mentoring-needs');
    expect(needs?.instrumentTitle).toBe(
      shown.find((i) => i.instrument === 'mentoring-needs')?.title,
    );
    for (const domain of data.domains) {
      for (const id of domain.guides) expect(data.guides[id]?.title).toBe(guideTitle(id));
    }
  });
});

describe('the mentor directory', () => {
  const mentorFiles = yamlFiles('mentors');

  test('every mentor, by name, with the file name as address', async () => {
    const mentors = await getMentors();
    const expected = mentorFiles
      .map(({ file, data }) => ({
        slug: file.replace(/\.yaml$/, ''),
        name: (data as { name: string }).name,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(mentors.map((m) => [m.slug, m.name])).toEqual(expected.map((m) => [m.slug, m.name]));
    // The shipped samples have no photos.
    expect(mentors.some((m) => m.photo)).toBe(false);
  });

  test('"Suggested for you" matches on the needs domains that name help areas', async () => {
    const areas = await getNeedAreas();
    const expected = Object.fromEntries(
      shown
        .filter((i) => i.domains.some((d) => d.helpAreas?.length))
        .map((i) => [
          i.instrument,
          Object.fromEntries(
            i.domains
              .filter((d) => d.helpAreas?.length)
              .map((d) => [d.id, { name: d.name, helpAreas: d.helpAreas }]),
          ),
        ]),
    );
    expect(areas).toEqual(expected);
    expect(Object.keys(areas).length).toBeGreaterThan(0);
  });
});
