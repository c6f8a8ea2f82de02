/**
 * A mentor in the school's directory, as written in src/content/mentors/<slug>.yaml
 * (docs/listing-mentors.md). Build-time only: islands get plain `DirectoryMentor` objects.
 */
import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { availabilities, careerStages, helpAreas, mentorFormats } from '../mentors/vocab';

export function mentorSchema(image: ImageFunction) {
  return z
    .object({
      /** Full name as the mentor wants it shown. */
      name: z.string().min(1).max(80),
      /** Pronouns, if the mentor chooses to list them, e.g. "she/her". Default: none. */
      pronouns: z.string().max(30).optional(),
      /** Job title or role, e.g. "Associate program director, internal medicine". */
      role: z.string().min(1).max(120),
      /** Career stage: student, resident, fellow, early-career, mid-career or senior. */
      careerStage: z.enum(careerStages),
      /** Profession, e.g. "Physician", "Nurse practitioner", "Pharmacist". */
      profession: z.string().min(1).max(60),
      /** Specialty or field, e.g. "Pediatrics"; "General" when none. */
      specialty: z.string().min(1).max(60),
      /** Institution or site where they work or study. */
      institution: z.string().min(1).max(120),
      /** Areas they can help with, from the fixed list (at least one). */
      helpAreas: z.array(z.enum(helpAreas)).min(1),
      /** Free-text interests, e.g. "global health", "medical education". Default: none. */
      interests: z.array(z.string().min(1).max(60)).max(12).default([]),
      /** Languages they can mentor in (at least one), e.g. "English", "Spanish". */
      languages: z.array(z.string().min(1).max(40)).min(1),
      /** How they meet: one-to-one, group, near-peer, virtual (at least one). */
      formats: z.array(z.enum(mentorFormats)).min(1),
      /** Affinity groups the mentor chooses to list, in their own words. Default: none. */
      affinityGroups: z.array(z.string().min(1).max(80)).max(8).default([]),
      /** accepting, waitlist or full. */
      availability: z.enum(availabilities),
      /** How to reach them: an email address or a link (never a phone number). */
      contact: z.union([
        z.object({ email: z.email('must be an email address, e.g. name@school.edu') }).strict(),
        z
          .object({
            link: z
              .url('must be a full link, e.g. https://...')
              .refine((v) => v.startsWith('https://'), 'must start with https://'),
          })
          .strict(),
      ]),
      /** Two or three sentences in the mentor's voice about how they like to mentor. */
      bio: z.string().min(1).max(600),
      /** Optional photo in src/assets/mentors/, e.g. "../../assets/mentors/name.jpg". */
      photo: image().optional(),
      /** Whether this is a fictional sample shipped with MedMentor. Default: false. */
      sample: z.boolean().default(false),
    })
    .strict();
}

/** A mentor as written in the directory, after validation. */
export type Mentor = z.output<ReturnType<typeof mentorSchema>>;

/** A mentor as the directory island gets it: plain data, with the slug and a ready photo URL. */
export type DirectoryMentor = Omit<Mentor, 'photo'> & {
  /** Address segment: /mentors/<slug>/. */
  slug: string;
  /** Optimized photo, when the mentor has one. */
  photo?: { src: string; width: number; height: number };
};
