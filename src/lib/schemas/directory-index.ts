/**
 * The directory's index (`<base>mentors/index.json`): what the directory page needs to search,
 * filter, suggest and draw a card for every mentor, and nothing more (no bios, no contact
 * details: those are on each profile page). Written at build from the validated mentors
 * (src/lib/content/mentors.ts); read in the browser, where it is untrusted input like any
 * fetched file: a stale copy from an older version or a damaged cache is refused, never half
 * shown.
 *
 * Version 1: `{ version: 1, mentors: IndexMentor[] }`, mentors sorted by name.
 */
import * as z from 'zod/mini';
import { availabilities, careerStages, helpAreas, mentorFormats } from '../mentors/vocab';

const text = z.string().check(z.minLength(1));
const list = z.array(text);

export const indexMentorSchema = z.object({
  /** Address segment: <base>mentors/<slug>/. */
  slug: text,
  name: text,
  pronouns: z.optional(z.string()),
  role: text,
  careerStage: z.enum(careerStages),
  profession: text,
  specialty: text,
  institution: text,
  helpAreas: z.array(z.enum(helpAreas)).check(z.minLength(1)),
  interests: list,
  languages: list.check(z.minLength(1)),
  formats: z.array(z.enum(mentorFormats)).check(z.minLength(1)),
  affinityGroups: list,
  availability: z.enum(availabilities),
  /** Optimized photo (192 px WebP), when the mentor has one. */
  photo: z.optional(
    z.object({ src: text, width: z.number().check(z.positive()), height: z.number() }),
  ),
  sample: z.boolean(),
});

export const directoryIndexSchema = z.object({
  version: z.literal(1),
  mentors: z.array(indexMentorSchema),
});

/** One mentor as the directory page gets it. */
export type IndexMentor = z.output<typeof indexMentorSchema>;
export type DirectoryIndex = z.output<typeof directoryIndexSchema>;
