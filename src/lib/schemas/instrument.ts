/**
 * A self-assessment instrument, as a school writes it in src/content/assessments/*.yaml
 * (docs/authoring-instruments.md). Build-time only: islands import the inferred type, never
 * this module's code.
 */
import { z } from 'astro/zod';
import { helpAreas } from '../mentors/vocab';

/** Framework packs of the "Clinical and professional strengths" instrument. */
export const frameworks = ['aamc', 'acgme', 'canmeds'] as const;
export type Framework = (typeof frameworks)[number];

/** Kinds of mentoring a needs domain can point to. */
export const mentoringKinds = [
  'one-to-one',
  'near-peer',
  'peer-group',
  'identity-based',
  'sponsor',
  'career-adviser',
] as const;

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens');

export const instrumentSchema = z
  .object({
    /** The address segment: /assessments/<instrument>/. Packs of one instrument share it. */
    instrument: id,
    /** The framework this file is a pack of, or "none". */
    framework: z.enum([...frameworks, 'none']).default('none'),
    /** Title on the list and the page. */
    title: z.string().min(1).max(80),
    /** One or two sentences for the list of assessments. */
    description: z.string().min(1).max(300),
    /** Who it is for (guide audience values). */
    audience: z
      .array(
        z.enum(['students', 'residents', 'early-career', 'mentors', 'faculty', 'program-leads']),
      )
      .min(1),
    /** Honest estimate of minutes to complete. */
    minutes: z.number().int().positive().max(60),
    /** Position on /assessments/. */
    order: z.number().int().positive(),
    scale: z.object({
      /** Answer choices, lowest value first; values are increasing integers. */
      points: z
        .array(z.object({ value: z.number().int(), label: z.string().min(1) }))
        .min(2)
        .max(7),
      /** Label of the "not sure" answer, left out of scores; absent: no such answer. */
      notSure: z.string().min(1).optional(),
    }),
    results: z.object({
      /**
       * Who reads the results: "mentee" (next steps lead to a mentor and the mentee guides) or
       * "mentor" (next steps lead into the mentor track). Default: "mentee".
       */
      audience: z.enum(['mentee', 'mentor']).default('mentee'),
      /**
       * Absolute bands on the instrument's own scale, highest first. An area's band is the first
       * whose `from` its average (on the scale, e.g. 1 to 5) reaches; the last band must start at
       * the scale's lowest value. Ranking only orders areas inside a band.
       */
      bands: z
        .array(
          z.object({
            id,
            /** Words after an area's name, e.g. "A strong need". */
            label: z.string().min(1).max(40),
            /** Section heading on the results page, e.g. "Your strongest needs". */
            heading: z.string().min(1).max(80),
            /** The lowest average on the scale that is in this band. */
            from: z.number(),
            /** Next steps, goals and mentor suggestions come from focus bands. Default: false. */
            focus: z.boolean().default(false),
          }),
        )
        .min(2)
        .max(5),
      /**
       * Fewest statements answered with a value (not "not sure") for an area to get a band;
       * below it the area has "not enough to go on". Default: 2.
       */
      minAnswered: z.number().int().min(1).default(2),
      /**
       * When the averages of all scored areas lie within this distance (on the scale), the
       * differences are too small to mean anything and the results say so. Default: 0.5.
       */
      closeTo: z.number().positive().default(0.5),
      /**
       * A short, kind pointer to the school's support text (the config's `supportText`), shown
       * with the results only when the answers say so: a statement answered at one of its
       * `concern` answers, or an area placed in one of the bands named in `areas`. Never
       * diagnostic. Absent: no pointer (statements with a `concern` then need one).
       */
      support: z
        .object({
          /** Bold opening words, e.g. "Support is available." */
          title: z.string().min(1).max(80),
          /** The note, before the school's support text. */
          note: z.string().min(1).max(600),
          /** Areas whose band shows the note, e.g. { domain: belonging, band: strong-need }. Default: none. */
          areas: z.array(z.object({ domain: id, band: id })).default([]),
        })
        .optional(),
    }),
    domains: z
      .array(
        z.object({
          id,
          name: z.string().min(1),
          description: z.string().min(1),
          /** Guides to read, as track/slug. */
          relatedGuides: z.array(z.string()).default([]),
          /** Kinds of mentoring that fit this need. Default: none. */
          mentoringKinds: z.array(z.enum(mentoringKinds)).default([]),
          /**
           * Mentor directory help areas that meet this need, for "Suggested for you" on
           * /mentors/ (needs instruments only). Default: none.
           */
          helpAreas: z.array(z.enum(helpAreas)).default([]),
          /** What the results say about this area in each band, by band id (every band). */
          bands: z.record(z.string(), z.string().min(1)),
        }),
      )
      .min(2),
    items: z
      .array(
        z.object({
          id,
          domain: z.string(),
          /** First-person statement. */
          text: z.string().min(1),
          /** Agreeing lowers the domain's score. Default: false. */
          reverse: z.boolean().default(false),
          /**
           * Answers that point to isolation or exhaustion: when the person gives one of `answers`
           * (scale values, as answered, before any reversing), the results add a gentle pointer
           * to the site's support text. Absent: none.
           */
          concern: z
            .object({
              topic: z.enum(['isolation', 'exhaustion']),
              answers: z.array(z.number().int()).min(1),
            })
            .optional(),
        }),
      )
      .min(2),
    /** Prompts shown with the results. */
    reflection: z.array(z.string().min(1)).default([]),
  })
  .superRefine((data, ctx) => {
    const problem = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const seen = new Set<string>();
    data.domains.forEach((d, i) => {
      if (seen.has(d.id)) problem(['domains', i, 'id'], `duplicate domain id "${d.id}"`);
      seen.add(d.id);
      if (!data.items.some((item) => item.domain === d.id)) {
        problem(['domains', i], `domain "${d.id}" has no items`);
      }
    });
    const itemIds = new Set<string>();
    data.items.forEach((item, i) => {
      if (itemIds.has(item.id)) problem(['items', i, 'id'], `duplicate item id "${item.id}"`);
      itemIds.add(item.id);
      if (!seen.has(item.domain)) {
        problem(['items', i, 'domain'], `item "${item.id}" names unknown domain "${item.domain}"`);
      }
    });
    const values = data.scale.points.map((p) => p.value);
    if (values.some((v, i) => i > 0 && v <= (values[i - 1] ?? v))) {
      problem(['scale', 'points'], 'values must increase from the first choice to the last');
    }
    const bands = data.results.bands;
    const bandIds = new Set(bands.map((b) => b.id));
    if (bandIds.size !== bands.length) problem(['results', 'bands'], 'band ids must be unique');
    if (bands.some((b, i) => i > 0 && b.from >= (bands[i - 1]?.from ?? b.from))) {
      problem(
        ['results', 'bands'],
        'bands go from highest to lowest: each `from` below the one before',
      );
    }
    if (bands.at(-1)?.from !== values[0]) {
      problem(
        ['results', 'bands'],
        `the last band must start at the scale's lowest value (${values[0]})`,
      );
    }
    if (!bands.some((b) => b.focus)) {
      problem(
        ['results', 'bands'],
        'mark at least one band `focus: true` (next steps come from it)',
      );
    }
    data.domains.forEach((d, i) => {
      for (const band of bands) {
        if (!d.bands[band.id]) {
          problem(['domains', i, 'bands'], `domain "${d.id}" has no words for band "${band.id}"`);
        }
      }
      for (const key of Object.keys(d.bands)) {
        if (!bandIds.has(key)) problem(['domains', i, 'bands', key], `unknown band "${key}"`);
      }
    });
    data.items.forEach((item, i) => {
      const bad = item.concern?.answers.filter((a) => !values.includes(a)) ?? [];
      if (bad.length) {
        problem(['items', i, 'concern', 'answers'], `not values of the scale: ${bad.join(', ')}`);
      }
      if (item.concern && !data.results.support) {
        problem(['items', i, 'concern'], 'a `concern` needs `results.support` (the note it shows)');
      }
    });
    data.results.support?.areas.forEach((area, i) => {
      const path = ['results', 'support', 'areas', i];
      if (!seen.has(area.domain)) problem([...path, 'domain'], `unknown domain "${area.domain}"`);
      if (!bandIds.has(area.band)) problem([...path, 'band'], `unknown band "${area.band}"`);
    });
  });

export type Instrument = z.output<typeof instrumentSchema>;
export type Domain = Instrument['domains'][number];
export type Item = Instrument['items'][number];
export type Band = Instrument['results']['bands'][number];
