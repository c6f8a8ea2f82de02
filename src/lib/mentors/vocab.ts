/**
 * The fixed vocabularies of the mentor directory. Plain data without zod, so islands can import
 * the labels without pulling schema code into the browser. Each vocabulary is its label table;
 * the list of values (for schemas and filters) is read from it, so the two cannot drift apart.
 */

/** The keys of a label table, in its order: the values of the vocabulary. */
function valuesOf<K extends string>(labels: Record<K, string>): readonly [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}

/** What a mentor can help with; mentees filter and are matched on these. */
export const helpAreaLabels = {
  'career-planning': 'Career planning',
  'residency-applications': 'Residency applications',
  research: 'Research',
  'clinical-skills': 'Clinical skills',
  wellbeing: 'Wellbeing',
  'belonging-identity': 'Belonging and identity',
  leadership: 'Leadership',
  teaching: 'Teaching',
  'work-life-integration': 'Work-life integration',
  networking: 'Networking',
} as const;

/** How a mentor is willing to meet. */
export const formatLabels = {
  'one-to-one': 'One-to-one',
  group: 'Group',
  'near-peer': 'Near-peer',
  virtual: 'Virtual',
} as const;

/** Whether a mentor is taking new mentees. */
export const availabilityLabels = {
  accepting: 'Accepting mentees',
  waitlist: 'Waitlist',
  full: 'Not taking mentees now',
} as const;

/** Where a mentor is in their career. */
export const careerStageLabels = {
  student: 'Student',
  resident: 'Resident',
  fellow: 'Fellow',
  'early-career': 'Early career',
  'mid-career': 'Mid-career',
  senior: 'Senior',
} as const;

/** What the free-text lists of a mentor are called, on cards and profiles alike. */
export const fieldLabels = {
  languages: 'Languages',
  affinityGroups: 'Affinity groups',
} as const;

/** The values of each vocabulary, in order (schemas, filters). */
export const helpAreas = valuesOf(helpAreaLabels);
export const mentorFormats = valuesOf(formatLabels);
export const availabilities = valuesOf(availabilityLabels);
export const careerStages = valuesOf(careerStageLabels);

export type HelpArea = keyof typeof helpAreaLabels;
export type MentorFormat = keyof typeof formatLabels;
export type Availability = keyof typeof availabilityLabels;
export type CareerStage = keyof typeof careerStageLabels;

/** Up to two initials for a mentor without a photo: "Amara Okafor" -> "AO". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0] ?? '')
    .slice(0, 2)
    .join('');
}
