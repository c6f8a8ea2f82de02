import { z } from 'astro/zod';
import { frameworks } from './instrument';

/**
 * The school-editable site configuration (`medmentor.config.ts`).
 * Validated once at build time; a bad value stops the build with a message naming the field.
 */
export const siteConfigSchema = z.object({
  /** Site name shown in the header, titles and the web app manifest. Default: "MedMentor". */
  siteName: z.string().min(1).max(40).default('MedMentor'),
  /** The school or organization publishing the site, shown in the footer. Default: none. */
  organization: z.string().max(120).optional(),
  /** One-line tagline under the site name on the home page. */
  tagline: z
    .string()
    .max(160)
    .default('Mentoring for medical students and young healthcare professionals'),
  /** BCP 47 language tag for the `lang` attribute and for dates and numbers. Default: "en-US". */
  language: z.string().min(2).default('en-US'),
  /**
   * Which framework pack the "Clinical and professional strengths" self-assessment uses:
   * "aamc" (AAMC Physician Competency Reference Set), "acgme" (ACGME core competencies) or
   * "canmeds" (CanMEDS roles). Default: "aamc".
   */
  competencyFramework: z.enum(frameworks).default('aamc'),
  /** Whether the mentor directory (/mentors/) is shown, navigation included. Default: true. */
  directory: z.boolean().default(true),
  /** Tools that can be switched off. The self-assessments, planner and My data are always shown. */
  tools: z
    .object({
      /** My network: the private network map (/network/). Default: true. */
      network: z.boolean().default(true),
      /** Meeting brief (/plan/brief/). Default: true. */
      brief: z.boolean().default(true),
      /** Mentoring agreement (/plan/agreement/). Default: true. */
      agreement: z.boolean().default(true),
      /** Meeting log (/plan/meetings/). Default: true. */
      meetings: z.boolean().default(true),
    })
    .strict()
    .prefault({}),
  /** Whether readers may switch on the facilitator view that shows workshop notes. Default: true. */
  facilitatorView: z.boolean().default(true),
  /**
   * Local support and crisis-resources text shown wherever a guide touches wellbeing.
   * Plain text; blank lines separate paragraphs. Replace with your own services.
   */
  supportText: z
    .string()
    .min(1)
    .default(
      'If you are struggling, you do not have to manage it alone. Your school or employer has confidential support services, such as student or staff wellbeing and counseling, occupational health, or an employee assistance program, and your program office can point you to them.\n\nIf you or someone else is in immediate danger, call your local emergency number now or go to the nearest emergency department.',
    ),
});

/** The configuration as authors write it (defaults optional). */
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
/** The configuration after validation, with every default filled in. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Validates a configuration object, throwing an error that names each bad field. */
export function parseSiteConfig(input: unknown): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  throw new Error(`medmentor.config.ts is not valid:\n${lines.join('\n')}`);
}
