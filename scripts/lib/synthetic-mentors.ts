/**
 * A synthetic mentor directory of any size, the same for every run (a seeded generator): for
 * `npm run bench` (as a CSV file, the way a school would list thousands) and for tests of the
 * directory at scale. Every mentor is marked as a sample, at a fictional institution.
 */
import {
  availabilities,
  careerStages,
  helpAreas,
  mentorFormats,
} from '../../src/lib/mentors/vocab.ts';
import { seededRandom as random } from './seeded-random.ts';

const first = [
  'Ada',
  'Bilal',
  'Chen',
  'Dara',
  'Emeka',
  'Farah',
  'Gabriel',
  'Hana',
  'Ines',
  'Jonas',
  'Kiran',
  'Lucia',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tamar',
  'Uma',
  'Victor',
  'Wen',
  'Yusuf',
  'Zara',
];
const last = [
  'Abara',
  'Bergstrom',
  'Castillo',
  'Dubois',
  'Eze',
  'Fischer',
  'Gupta',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Mensah',
  'Nakamura',
  'Olsen',
  'Petrov',
  'Qureshi',
  'Rossi',
  'Sato',
  'Tran',
  'Umar',
  'Vasquez',
  'Wright',
  'Yilmaz',
  'Zhou',
];
const specialties = [
  'Internal medicine',
  'Pediatrics',
  'Surgery',
  'Psychiatry',
  'Family medicine',
  'Emergency medicine',
  'Obstetrics and gynecology',
  'Neurology',
  'Radiology',
  'Anesthesiology',
  'Dermatology',
  'Pathology',
  'Cardiology',
  'Oncology',
  'General',
];
const professions = [
  'Physician',
  'Physician',
  'Physician',
  'Nurse practitioner',
  'Pharmacist',
  'Physician assistant',
];
const interests = [
  'medical education',
  'global health',
  'health equity',
  'quality improvement',
  'research methods',
  'wellness',
  'leadership',
  'rural health',
  'public health',
  'simulation',
  'palliative care',
  'health policy',
  'writing',
  'coaching and feedback',
];
const languages = [
  'English',
  'Spanish',
  'French',
  'Mandarin',
  'Arabic',
  'Hindi',
  'Portuguese',
  'Tagalog',
];
const groups = [
  'First-generation college graduate',
  'LGBTQ+ in medicine',
  'Parents in medicine',
  'Women in medicine',
  'Black physicians network',
  'Latino medical students',
];

export interface SyntheticMentor {
  slug: string;
  name: string;
  role: string;
  careerStage: (typeof careerStages)[number];
  profession: string;
  specialty: string;
  institution: string;
  helpAreas: (typeof helpAreas)[number][];
  interests: string[];
  languages: string[];
  formats: (typeof mentorFormats)[number][];
  affinityGroups: string[];
  availability: (typeof availabilities)[number];
  email: string;
  bio: string;
  sample: true;
}

/** `count` mentors, by name, with unique slugs. */
export function syntheticMentors(count: number, seed = 1): SyntheticMentor[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(next() * max);
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const out: SyntheticMentor[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick(first)} ${pick(last)} ${String(i + 1).padStart(4, '0')}`;
    const slug = name.toLowerCase().replace(/\s+/g, '-');
    const specialty = pick(specialties);
    out.push({
      slug,
      name,
      role: `Attending physician, ${specialty.toLowerCase()}`,
      careerStage: pick(careerStages),
      profession: pick(professions),
      specialty,
      institution: `Sample Health System (fictional), site ${1 + (i % 12)}`,
      helpAreas: some(helpAreas, 3),
      interests: some(interests, 3),
      languages: ['English', ...some(languages, 2).filter((l) => l !== 'English')],
      formats: some(mentorFormats, 2),
      affinityGroups: next() < 0.3 ? some(groups, 1) : [],
      availability: pick(availabilities),
      email: `${slug}@example.org`,
      bio: 'A fictional sample mentor, generated to test a large directory. I like to listen first and plan together.',
      sample: true,
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The header row a school's spreadsheet has (docs/listing-mentors.md), in this order. */
const csvHeader = [
  'name',
  'slug',
  'role',
  'careerStage',
  'profession',
  'specialty',
  'institution',
  'helpAreas',
  'interests',
  'languages',
  'formats',
  'affinityGroups',
  'availability',
  'email',
  'bio',
  'sample',
] as const;

/**
 * The mentors as one CSV file, as a spreadsheet exports it: a header row, every cell quoted
 * (quotes doubled), lists separated by ";".
 */
export function mentorsCsv(mentors: readonly SyntheticMentor[]): string {
  const cell = (value: string | readonly string[] | boolean) =>
    `"${(Array.isArray(value) ? value.join('; ') : String(value === true ? 'yes' : value)).replaceAll('"', '""')}"`;
  const rows = mentors.map((m) => csvHeader.map((column) => cell(m[column])).join(','));
  return `${[csvHeader.join(','), ...rows].join('\r\n')}\r\n`;
}
