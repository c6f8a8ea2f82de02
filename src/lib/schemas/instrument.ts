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
      /** Heading for the highest-scoring domains, e.g. "Your strengths". */
      highTitle: z.string().min(1),
      /** Heading for the lowest-scoring domains, e.g. "Your growth areas". */
      lowTitle: z.string().min(1),
      /** How many domains to name at each end (ties are all named). Default: 2. */
      highlight: z.number().int().min(1).max(4).default(2),
      /**
       * Which end the next steps (guides, kinds of mentoring, goals) are for: "low" for growth
       * areas, "high" for top needs. Default: "low".
       */
      recommendFor: z.enum(['low', 'high']).default('low'),
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
          /** Shown when the domain is among the highest. */
          high: z.string().min(1),
          /** Shown when the domain is among the lowest. */
          low: z.string().min(1),
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
  });

export type Instrument = z.output<typeof instrumentSchema>;
export type Domain = Instrument['domains'][number];
export type Item = Instrument['items'][number];
