/**
 * Every content collection and its schema. Types come from these schemas (`CollectionEntry`),
 * never from a hand-written interface. A file that does not match fails the build with a
 * message naming the file and the field.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { mentorLoader } from '~/lib/content/mentor-loader';
import { instrumentSchema } from '~/lib/schemas/instrument';
import { mentorSchema } from '~/lib/schemas/mentor';
import { toolIds } from '~/lib/tools';

/** Who a guide is written for; used for labels and search filters. */
export const audiences = [
  'students',
  'residents',
  'early-career',
  'mentors',
  'faculty',
  'program-leads',
] as const;

const tracks = defineCollection({
  loader: file('src/content/tracks/tracks.yaml'),
  schema: z.object({
    /** Track title, e.g. "Getting the most from mentorship". */
    title: z.string().min(1),
    /** Short label used in navigation and breadcrumbs, e.g. "Mentees". */
    label: z.string().min(1).max(24),
    /** One or two sentences on what the track covers. */
    description: z.string().min(1).max(300),
    /** Who the track is for, in plain words. */
    audience: z.string().min(1),
    /** Position among tracks on the curriculum page (1 first). */
    order: z.number().int().positive(),
  }),
});

/**
 * The publications guides may cite (src/content/references.yaml), each taken from the project's
 * verified facts list. Rendered in one style, close to AMA: authors. title. container. year;details.
 */
const references = defineCollection({
  loader: file('src/content/references.yaml'),
  schema: z.object({
    /** What the entry is: a journal article (default), a book or report, or a web page. */
    kind: z.enum(['article', 'book', 'web']).default('article'),
    /** Authors or corporate author as the source lists them, without a final period. */
    authors: z.string().min(1),
    /** Title of the article, book or page; optional when only journal and DOI are known. */
    title: z.string().min(1).optional(),
    /** Journal name, or publisher with place for a book. Optional for a web page. */
    container: z.string().min(1).optional(),
    /** Year of publication. Optional for an undated web page. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Volume, issue and pages, e.g. "296(9):1103–1115". Default: none. */
    details: z.string().min(1).optional(),
    /** DOI without the "doi:" prefix, e.g. "10.17226/25568". Default: none. */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI starts with "10." and has no spaces')
      .optional(),
    /** The inline label `<Cite>` shows in parentheses, e.g. "Sambunjak, Straus and Marušić, 2006". */
    short: z.string().min(1).max(60),
  }),
});

/** A guide's facilitator kit: what a facilitator needs to run it as a session. */
const kitSchema = z.object({
  /** What to bring or print (at least one). */
  materials: z.array(z.string().min(1)).min(1),
  /** What participants read before the session; may name guides or tools. Default: none. */
  preReading: z.array(z.string().min(1)).default([]),
  /** One entry per discussion question used in the session (at least two). */
  discussion: z
    .array(
      z.object({
        /** The question as asked. */
        question: z.string().min(1),
        /** What to listen for: what a strong answer includes, what to gently correct. */
        listenFor: z.string().min(1),
      }),
    )
    .min(2),
  /** The exit ticket: exactly two questions, each checking one of the guide's objectives. */
  exitTicket: z
    .array(
      z.object({
        /** The question participants answer before they leave. */
        question: z.string().min(1),
        /** The 1-based index of the objective (in `objectives`) the question checks. */
        objective: z.number().int().min(1),
      }),
    )
    .length(2),
});

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guides' }),
  schema: z
    .object({
      /** Guide title, shown as the page heading. */
      title: z.string().min(1).max(120),
      /** One or two sentences for track pages, search results and the meta description. */
      description: z.string().min(1).max(200),
      /** Track id; must match the guide's folder. */
      track: reference('tracks'),
      /** Position within the track, starting at 1, without gaps. */
      order: z.number().int().positive(),
      /** Who the guide is written for (at least one). */
      audience: z.array(z.enum(audiences)).min(1),
      /** Learning objectives, each starting with an observable verb (3 to 5). */
      objectives: z.array(z.string().min(1)).min(3).max(5),
      /** Take-aways shown in a box at the end (3 to 6). */
      keyPoints: z.array(z.string().min(1)).min(3).max(6),
      /** Reading time in whole minutes. */
      minutes: z.number().int().positive().max(60),
      /** Date of the last real revision (YYYY-MM-DD). */
      updated: z.coerce.date(),
      /** Tools the guide works with. Default: none. */
      relatedTools: z.array(z.enum(toolIds)).default([]),
      /** Other guides to read next, as `track/slug` (at most 4). Default: none. */
      relatedGuides: z.array(reference('guides')).max(4).default([]),
      /** References cited in the guide with `<Cite>`, in order of first citation. Default: none. */
      sources: z.array(reference('references')).default([]),
      /** The facilitator kit (materials, pre-reading, discussion, exit ticket). Optional while
       * guides are being written; tests/unit/content/curriculum.test.ts requires it. */
      kit: kitSchema.optional(),
    })
    .superRefine((guide, ctx) => {
      guide.kit?.exitTicket.forEach((ticket, i) => {
        if (ticket.objective > guide.objectives.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['kit', 'exitTicket', i, 'objective'],
            message: `objective ${ticket.objective} does not exist: the guide has ${guide.objectives.length} objectives`,
          });
        }
      });
    }),
});

const glossary = defineCollection({
  loader: file('src/content/glossary/terms.yaml'),
  schema: z.object({
    /** The term as it is written in headings, e.g. "Near-peer mentoring". */
    term: z.string().min(1),
    /** One to three plain sentences. */
    definition: z.string().min(1),
    /** Ids of related terms. Default: none. */
    related: z.array(z.string()).default([]),
  }),
});

const assessments = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/assessments' }),
  schema: instrumentSchema,
});

const goalTemplates = defineCollection({
  loader: file('src/content/goal-templates/templates.yaml'),
  schema: z.object({
    /** The instrument whose domain this template works on, e.g. "clinical-strengths". */
    instrument: z.string().min(1),
    /** The domain id within that instrument, e.g. "patient-care". */
    domain: z.string().min(1),
    /** Short goal title starting with a verb. */
    title: z.string().min(1).max(120),
    /** SMART: what exactly you will do. */
    specific: z.string().min(1),
    /** SMART: how you will know. */
    measurable: z.string().min(1),
    /** SMART: why it is realistic. */
    achievable: z.string().min(1),
    /** SMART: why it matters now. */
    relevant: z.string().min(1),
    /** SMART: the time frame in words. */
    timeBound: z.string().min(1),
    /** Suggested weeks until the target date. */
    weeks: z.number().int().min(1).max(52),
    /** Who can help (free text). */
    whoCanHelp: z.string().default(''),
    /** Action steps (3 to 5). */
    steps: z.array(z.string().min(1)).min(3).max(5),
  }),
});

/**
 * The school's mentor directory: one YAML file per mentor, named after the address slug, and/or
 * one spreadsheet, src/content/mentors/mentors.csv, one mentor a row (docs/listing-mentors.md).
 */
const mentors = defineCollection({
  loader: mentorLoader(),
  schema: ({ image }) => mentorSchema(image),
});

export const collections = {
  tracks,
  references,
  guides,
  glossary,
  assessments,
  goalTemplates,
  mentors,
};
