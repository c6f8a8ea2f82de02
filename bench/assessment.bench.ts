/**
 * Scoring a self-assessment with 10,000 answers, with the real scoring module. The instrument is
 * the real AAMC "Clinical and professional strengths" pack (scale, domains, reverse items),
 * its items repeated until there are 10,000; a second case spreads the same 10,000 items over
 * 100 domains, since scoring filters the items once per domain.
 * Run by `npm run bench` (or `npx vitest bench --run bench/`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { parse } from 'yaml';
import { band } from '~/lib/assessment/bands';
import { scoreAttempt, unansweredItems, type Answer } from '~/lib/assessment/score';
import { instrumentSchema, type Instrument } from '~/lib/schemas/instrument';
import { seededRandom as random } from '../scripts/lib/seeded-random.ts';

const ANSWERS = 10_000;
const source = join(import.meta.dirname, '../src/content/assessments/clinical-strengths-aamc.yaml');
const real: Instrument = instrumentSchema.parse(parse(readFileSync(source, 'utf8')));

/** The real instrument's items repeated to `count` items, over its own domains or `domains` new ones. */
function scaled(count: number, domains?: number): Instrument {
  const ids = domains
    ? Array.from({ length: domains }, (_, i) => `domain-${i + 1}`)
    : real.domains.map((d) => d.id);
  const template = real.domains[0]!;
  return {
    ...real,
    domains: domains ? ids.map((id) => ({ ...template, id, name: `Domain ${id}` })) : real.domains,
    items: Array.from({ length: count }, (_, i) => {
      const item = real.items[i % real.items.length]!;
      return {
        ...item,
        id: `${item.id}-${i}`,
        domain: domains ? ids[i % ids.length]! : item.domain,
      };
    }),
  };
}

/** An answer to every item: about 10% "not sure", the rest spread over the scale. */
function answersFor(instrument: Instrument): Record<string, Answer> {
  const next = random(42);
  const values = instrument.scale.points.map((p) => p.value);
  return Object.fromEntries(
    instrument.items.map((item) => [
      item.id,
      next() < 0.1 ? 'not-sure' : values[Math.floor(next() * values.length)]!,
    ]),
  );
}

const byPack = scaled(ANSWERS);
const byPackAnswers = answersFor(byPack);
const manyDomains = scaled(ANSWERS, 100);
const manyDomainsAnswers = answersFor(manyDomains);
if (Object.keys(byPackAnswers).length !== ANSWERS) throw new Error('expected 10,000 answers');

describe('assessment scoring, 10,000 answers', () => {
  bench(`scoreAttempt: ${byPack.domains.length} domains (AAMC pack)`, () => {
    scoreAttempt(byPack, byPackAnswers);
  });
  bench('scoreAttempt: 100 domains', () => {
    scoreAttempt(manyDomains, manyDomainsAnswers);
  });
  bench(`scoreAttempt + band + unansweredItems: ${byPack.domains.length} domains`, () => {
    band(byPack.results, scoreAttempt(byPack, byPackAnswers));
    unansweredItems(byPack, byPackAnswers);
  });
});
