/**
 * Scoring a self-assessment: per domain, the mean of the answered items on the instrument's
 * scale (reverse items flipped), and the same mean as 0 to 100. "Not sure" answers are left out
 * of the score; missing answers are counted so results can flag them. Answers to items the
 * instrument no longer has are ignored, so old attempts still score after an instrument changes.
 */
import type { Instrument } from '../schemas/instrument';

/** An answer: a scale value, or "not sure". */
export type Answer = number | 'not-sure';
export type Answers = Readonly<Record<string, Answer>>;

export interface DomainScore {
  domain: string;
  /** Mean on the scale (e.g. 1 to 5), or null when no item was answered with a value. */
  mean: number | null;
  /** The mean as 0 to 100, rounded, or null. */
  score: number | null;
  answered: number;
  notSure: number;
  unanswered: number;
  items: number;
}

type ScoringInstrument = Pick<Instrument, 'domains' | 'items' | 'scale'>;

/** Scores every domain of the instrument, in the instrument's order. */
export function scoreAttempt(instrument: ScoringInstrument, answers: Answers): DomainScore[] {
  const values = instrument.scale.points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return instrument.domains.map((domain) => {
    const items = instrument.items.filter((item) => item.domain === domain.id);
    const numbers: number[] = [];
    let notSure = 0;
    let unanswered = 0;
    for (const item of items) {
      const answer = answers[item.id];
      if (answer === 'not-sure') notSure++;
      else if (typeof answer === 'number' && values.includes(answer)) {
        numbers.push(item.reverse ? min + max - answer : answer);
      } else unanswered++;
    }
    const mean = numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null;
    return {
      domain: domain.id,
      mean: mean === null ? null : Math.round(mean * 100) / 100,
      score: mean === null ? null : Math.round(((mean - min) / (max - min)) * 100),
      answered: numbers.length,
      notSure,
      unanswered,
      items: items.length,
    };
  });
}

/** Items the person has not answered (neither a value nor "not sure"). */
export function unansweredItems(instrument: Pick<Instrument, 'items'>, answers: Answers): string[] {
  return instrument.items.filter((item) => !(item.id in answers)).map((item) => item.id);
}
