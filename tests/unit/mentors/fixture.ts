import type { DirectoryMentor } from '~/lib/schemas/mentor';

/** A directory mentor with sensible defaults; override what a test is about. */
export function mentor(slug: string, overrides: Partial<DirectoryMentor> = {}): DirectoryMentor {
  return {
    slug,
    name: slug
      .split('-')
      .map((w) => w[0]?.toUpperCase() + w.slice(1))
      .join(' '),
    role: 'Attending physician',
    careerStage: 'mid-career',
    profession: 'Physician',
    specialty: 'Internal medicine',
    institution: 'Test Hospital',
    helpAreas: ['career-planning'],
    interests: [],
    languages: ['English'],
    formats: ['one-to-one'],
    affinityGroups: [],
    availability: 'accepting',
    contact: { email: `${slug}@example.org` },
    bio: 'I like to listen first.',
    sample: true,
    ...overrides,
  };
}
