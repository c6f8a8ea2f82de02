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

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guides' }),
  schema: z.object({
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

export const collections = { tracks, guides, glossary, assessments, goalTemplates, mentors };
