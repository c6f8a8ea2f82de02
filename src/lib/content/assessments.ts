/**
 * The self-assessments the site shows: every instrument with `framework: none`, plus the
 * "Clinical and professional strengths" pack chosen by `competencyFramework` in the config.
 * Swapping the framework is a configuration change; no code changes.
 */
import { getCollection } from 'astro:content';
import { config, supportParagraphs } from '../config';
import type { Instrument } from '../schemas/instrument';
import { tools } from '../tools';
import { getAllGuides, guidePath, isTrackShown, trackPath } from './guides';

/** Instruments in display order, each once. */
export async function getInstruments(): Promise<Instrument[]> {
  const all = (await getCollection('assessments')).map((entry) => entry.data);
  const packs = new Map<string, Instrument[]>();
  for (const data of all) packs.set(data.instrument, [...(packs.get(data.instrument) ?? []), data]);
  const chosen: Instrument[] = [];
  for (const [id, list] of packs) {
    const single = list.filter((d) => d.framework === 'none');
    const pack = list.find((d) => d.framework === config.competencyFramework);
    if (single.length > 1 || (single.length === 1 && list.length > 1)) {
      throw new Error(`src/content/assessments: "${id}" is defined more than once`);
    }
    const picked = single[0] ?? pack;
    if (!picked) {
      throw new Error(
        `src/content/assessments: "${id}" has no pack for competencyFramework "${config.competencyFramework}" (packs: ${list.map((d) => d.framework).join(', ')})`,
      );
    }
    chosen.push(picked);
  }
  return chosen.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/** Static paths of the per-instrument pages (the assessment and its results). */
export async function getInstrumentPaths() {
  return (await getInstruments()).map((instrument) => ({
    params: { instrument: instrument.instrument },
    props: { instrument },
  }));
}

/** The fields of `value` named in `keys`, in that order. */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}

/** The fields both assessment islands need; the pages carry no others. */
const islandFields = [
  'instrument',
  'framework',
  'title',
  'domains',
  'items',
  'scale',
  'results',
] as const;

/** What the assessment island needs of an instrument. */
export function runnerInstrument(instrument: Instrument) {
  return pick(instrument, [...islandFields, 'description', 'minutes']);
}

/** What the results island needs of an instrument. */
export function resultsInstrument(instrument: Instrument) {
  return pick(instrument, [...islandFields, 'reflection']);
}

/**
 * Titles and links of the guides an instrument points to; an unknown guide fails the build, and
 * a guide of a track the school hides is left out.
 */
export async function instrumentGuides(
  instrument: Instrument,
  url: (path: string) => string,
): Promise<Record<string, { title: string; href: string }>> {
  const guides = await getAllGuides();
  const out: Record<string, { title: string; href: string }> = {};
  for (const domain of instrument.domains) {
    for (const id of domain.relatedGuides) {
      const guide = guides.find((g) => g.id === id);
      if (!guide) {
        throw new Error(
          `src/content/assessments (${instrument.instrument}, domain "${domain.id}"): relatedGuides names "${id}", which is not a guide`,
        );
      }
      if (isTrackShown(guide.data.track.id)) {
        out[id] = { title: guide.data.title, href: url(guidePath(guide)) };
      }
    }
  }
  return out;
}

/**
 * Everything the results island needs besides the locale and My data's address: the results
 * page passes it, and the runner too (it shows results in place when nothing can be kept).
 */
export async function resultsProps(instrument: Instrument, url: (path: string) => string) {
  const id = instrument.instrument;
  return {
    instrument: resultsInstrument(instrument),
    guides: await instrumentGuides(instrument, url),
    runnerHref: url(`/assessments/${id}/`),
    planHref: tools.plan.built ? url('/plan/') : undefined,
    mentorTrackHref:
      instrument.results.audience === 'mentor' && isTrackShown('mentors')
        ? url(trackPath('mentors'))
        : undefined,
    support: supportParagraphs(),
  };
}
