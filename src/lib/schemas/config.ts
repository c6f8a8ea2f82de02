import { z } from 'astro/zod';
import { contrast, forDark, HEX, textOn } from '../color';
import { cohortPattern } from './evaluation-response';
import { frameworks } from './instrument';

/** The smallest group a program evaluation may show a figure for; the config may only raise it. */
export const MIN_GROUP_SIZE = 5;

/** The theme backgrounds brand colors must read on (src/styles/tokens.css). */
export const backgrounds = {
  light: { page: '#ffffff', panel: '#f3f6f7' },
  dark: { page: '#111518', panel: '#1a2025' },
} as const;

/** WCAG 2.2 AA for body text. */
const AA = 4.5;

const hex = z.string().regex(HEX, 'use a six-digit hex color such as "#0a5c70"');

const link = z
  .string()
  .refine(
    (v) => /^https:\/\/[^\s]+$/.test(v) || /^\/[^\s]*$/.test(v),
    'use a full https:// link, or a path on this site starting with "/"',
  );

/**
 * The school-editable site configuration (`medmentor.config.ts`).
 * Validated once at build time; a bad value stops the build with a message naming the field.
 */
const siteConfigObject = z.object({
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
  /**
   * A logo in public/ shown in the header instead of the built-in mark, e.g.
   * `{ src: '/logo.svg', alt: 'Riverside School of Medicine' }`. Square, at least 64 px. Default: none.
   */
  logo: z
    .object({
      /** Path of the file in public/, starting with "/". */
      src: z
        .string()
        .regex(/^\/[\w./-]+\.(svg|png|webp)$/, 'a file in public/ such as "/logo.svg"'),
      /** What the logo says, e.g. the school's name. */
      alt: z.string().min(1).max(120),
    })
    .strict()
    .optional(),
  /**
   * Brand colors for the light theme, as "#rrggbb". The dark theme uses lighter versions worked
   * out from them. The build checks every text and background pair made from them against WCAG
   * AA (4.5:1) and stops with the pair and its ratio when one is too faint.
   */
  colors: z
    .object({
      /** Links, buttons and headings' accents. Default: "#0a5c70" (deep teal). */
      primary: hex.default('#0a5c70'),
      /** Highlights such as points in the network map. Default: "#a33f12" (rust). */
      accent: hex.default('#a33f12'),
    })
    .strict()
    .prefault({}),
  /**
   * How to reach the mentorship program, shown in the footer of every page:
   * `{ name: 'Office of Student Affairs', email: 'mentoring@school.edu' }` or with `link` instead
   * of `email`. Default: none.
   */
  contact: z
    .union([
      z.object({ name: z.string().min(1).max(80), email: z.email() }).strict(),
      z.object({ name: z.string().min(1).max(80), link }).strict(),
    ])
    .optional(),
  /** Extra links in the footer, e.g. `[{ label: 'Student wellbeing', href: 'https://...' }]`. At most 6. */
  footerLinks: z
    .array(z.object({ label: z.string().min(1).max(40), href: link }).strict())
    .max(6)
    .default([]),
  /**
   * Which curriculum tracks are shown, by folder name: "mentees", "mentors", "programs".
   * Default: all three. Links to guides of a hidden track become plain text.
   */
  tracks: z
    .array(z.enum(['mentees', 'mentors', 'programs']))
    .min(1, 'show at least one track')
    .default(['mentees', 'mentors', 'programs']),
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
  /**
   * Program evaluation (docs/evaluation-response.md, docs/evaluating.md). `cohort` is the code
   * people's anonymous evaluation response files carry, e.g. "Class of 2028" (letters, digits,
   * spaces, "-", "_", "."; at most 40); empty turns evaluation responses off. `minGroupSize` is
   * the smallest group the evaluation page shows a figure for: at least 5, never lower.
   */
  evaluation: z
    .object({
      /** The cohort code in every response file. Default: "" (evaluation responses off). */
      cohort: z
        .string()
        .refine(
          (v) => v === '' || cohortPattern.test(v),
          'use 1-40 letters, digits, spaces, "-", "_" or "." (or "" to turn evaluation off)',
        )
        .default(''),
      /** No figure for a group smaller than this. Default: 5; may be raised, never lowered. */
      minGroupSize: z
        .number()
        .int()
        .min(
          MIN_GROUP_SIZE,
          `must be at least ${MIN_GROUP_SIZE}: a smaller group could identify people (it may be raised, never lowered)`,
        )
        .default(MIN_GROUP_SIZE),
    })
    .strict()
    .prefault({}),
  /** Whether readers may switch on the facilitator view that shows workshop notes. Default: true. */
  facilitatorView: z.boolean().default(true),
  /**
   * Tracks whose guides show the "Facilitator view" switch (those read by people who run
   * workshops). Other guides show it only while the view is on, so it can be switched off; the
   * handbooks and session plans always show it. Default: "mentors" and "programs".
   */
  facilitatorTracks: z
    .array(z.enum(['mentees', 'mentors', 'programs']))
    .default(['mentors', 'programs']),
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

/** A text and background pair made from the brand colors, with its contrast ratio. */
export interface ColorPair {
  field: 'primary' | 'accent';
  text: string;
  background: string;
  where: string;
  ratio: number;
}

/** Every text and background pair the theme makes from the brand colors, light and dark. */
export function colorPairs(colors: { primary: string; accent: string }): ColorPair[] {
  const pairs: Omit<ColorPair, 'ratio'>[] = [];
  for (const field of ['primary', 'accent'] as const) {
    const light = colors[field];
    const dark = forDark(light, backgrounds.dark.page);
    pairs.push(
      { field, text: light, background: backgrounds.light.page, where: 'light theme, page' },
      { field, text: light, background: backgrounds.light.panel, where: 'light theme, panels' },
      { field, text: dark, background: backgrounds.dark.page, where: 'dark theme, page' },
      { field, text: dark, background: backgrounds.dark.panel, where: 'dark theme, panels' },
    );
    if (field === 'primary') {
      pairs.push(
        { field, text: textOn(light), background: light, where: 'light theme, button text' },
        { field, text: textOn(dark), background: dark, where: 'dark theme, button text' },
      );
    }
  }
  return pairs.map((p) => ({ ...p, ratio: contrast(p.text, p.background) }));
}

export const siteConfigSchema = siteConfigObject.strict().superRefine((config, ctx) => {
  for (const pair of colorPairs(config.colors)) {
    if (pair.ratio >= AA) continue;
    ctx.addIssue({
      code: 'custom',
      path: ['colors', pair.field],
      message: `text ${pair.text} on background ${pair.background} (${pair.where}) has a contrast of ${pair.ratio.toFixed(2)}:1; WCAG AA needs at least ${AA}:1. Choose a darker color.`,
    });
  }
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
