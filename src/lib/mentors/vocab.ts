/**
 * The fixed vocabularies of the mentor directory. Plain data without zod, so islands can import
 * the labels without pulling schema code into the browser.
 */

/** What a mentor can help with; mentees filter and are matched on these. */
export const helpAreas = [
  'career-planning',
  'residency-applications',
  'research',
  'clinical-skills',
  'wellbeing',
  'belonging-identity',
  'leadership',
  'teaching',
  'work-life-integration',
  'networking',
] as const;
export type HelpArea = (typeof helpAreas)[number];

export const helpAreaLabels: Record<HelpArea, string> = {
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
};

/** How a mentor is willing to meet. */
export const mentorFormats = ['one-to-one', 'group', 'near-peer', 'virtual'] as const;
export type MentorFormat = (typeof mentorFormats)[number];

export const formatLabels: Record<MentorFormat, string> = {
  'one-to-one': 'One-to-one',
  group: 'Group',
  'near-peer': 'Near-peer',
  virtual: 'Virtual',
};

/** Whether a mentor is taking new mentees. */
export const availabilities = ['accepting', 'waitlist', 'full'] as const;
export type Availability = (typeof availabilities)[number];

export const availabilityLabels: Record<Availability, string> = {
  accepting: 'Accepting mentees',
  waitlist: 'Waitlist',
  full: 'Not taking mentees now',
};

/** Where a mentor is in their career. */
export const careerStages = [
  'student',
  'resident',
  'fellow',
  'early-career',
  'mid-career',
  'senior',
] as const;
export type CareerStage = (typeof careerStages)[number];

export const careerStageLabels: Record<CareerStage, string> = {
  student: 'Student',
  resident: 'Resident',
  fellow: 'Fellow',
  'early-career': 'Early career',
  'mid-career': 'Mid-career',
  senior: 'Senior',
};

/** Up to two initials for a mentor without a photo: "Amara Okafor" -> "AO". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0] ?? '')
    .slice(0, 2)
    .join('');
}
