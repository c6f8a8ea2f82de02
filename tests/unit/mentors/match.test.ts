import { describe, expect, test } from 'vitest';
import {
  parseInterests,
  rankSuggestions,
  scoreMentor,
  suggestMentors,
  type Need,
} from '~/lib/mentors/match';
import { initials } from '~/lib/mentors/vocab';
import { mentor } from './fixture';
import { tableTest } from '../../support/table';

const knowledge: Need = {
  name: 'Knowledge and experience',
  band: 'A strong need',
  helpAreas: ['research', 'clinical-skills'],
};
const belonging: Need = {
  name: 'Belonging and community',
  band: 'Some need',
  helpAreas: ['belonging-identity', 'wellbeing'],
};

const mentors = [
  mentor('ada-lee', { helpAreas: ['research', 'clinical-skills'] }),
  mentor('bo-kim', { helpAreas: ['research'], interests: ['global health'] }),
  mentor('cam-diaz', {
    helpAreas: ['belonging-identity', 'wellbeing'],
    affinityGroups: ['First-generation college graduate'],
  }),
  mentor('dev-rao', { helpAreas: ['research', 'clinical-skills'], availability: 'full' }),
  mentor('eve-ng', { helpAreas: ['clinical-skills'], availability: 'waitlist' }),
  mentor('fay-ono', { helpAreas: ['teaching'], specialty: 'Pediatrics' }),
];

const ranked = (needs: Need[], interests: string[] = [], limit = 3) =>
  suggestMentors(mentors, needs, interests, limit).map((s) => [s.slug, s.points]);

describe('suggestMentors', () => {
  test.each<[string, Need[], string[], (string | number)[][]]>([
    ['no needs and no interests: nothing to suggest', [], [], []],
    [
      'one need: most shared help areas first, full mentors never',
      [knowledge],
      [],
      [
        ['ada-lee', 4],
        ['bo-kim', 2],
        ['eve-ng', 1],
      ],
    ],
    ['another need changes the suggestions', [belonging], [], [['cam-diaz', 4]]],
    [
      'two needs add up',
      [knowledge, belonging],
      [],
      [
        ['ada-lee', 4],
        ['cam-diaz', 4],
        ['bo-kim', 2],
      ],
    ],
    ['interests alone', [], ['global health'], [['bo-kim', 3]]],
    [
      'an interest lifts a mentor above a need match',
      [knowledge],
      ['global health'],
      [
        ['bo-kim', 5],
        ['ada-lee', 4],
        ['eve-ng', 1],
      ],
    ],
    [
      'interests match specialty and affinity groups too',
      [],
      ['pediatrics', 'first-generation'],
      [
        ['cam-diaz', 3],
        ['fay-ono', 3],
      ],
    ],
  ])('%s', (_, needs, interests, expected) => {
    expect(ranked(needs, interests)).toEqual(expected);
  });

  test('ties with the last place are all included, ordered by name', () => {
    const tied = [
      mentor('zed', { helpAreas: ['research'] }),
      mentor('amy', { helpAreas: ['research'] }),
      mentor('kai', { helpAreas: ['research'] }),
    ];
    expect(suggestMentors(tied, [knowledge], [], 2).map((s) => s.slug)).toEqual([
      'amy',
      'kai',
      'zed',
    ]);
  });

  // In a directory of thousands, hundreds can tie: at most `max` are shown, the rest counted.
  const researchers = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      mentor(`r-${String(n - i).padStart(2, '0')}`, { helpAreas: ['research'] }),
    );
  const top = mentor('top', { name: 'Zed Top', helpAreas: ['research', 'clinical-skills'] });
  test.each<
    [string, ReturnType<typeof mentor>[], { limit?: number; max?: number }, string[], number]
  >([
    [
      'ties within the maximum: all shown',
      researchers(5),
      {},
      ['r-01', 'r-02', 'r-03', 'r-04', 'r-05'],
      0,
    ],
    [
      'ties past the maximum: the first six by name, the rest counted',
      researchers(9),
      {},
      ['r-01', 'r-02', 'r-03', 'r-04', 'r-05', 'r-06'],
      3,
    ],
    [
      'a better match first, then the ties',
      [...researchers(7), top],
      {},
      ['top', 'r-01', 'r-02', 'r-03', 'r-04', 'r-05'],
      2,
    ],
    ['a smaller maximum', researchers(4), { max: 2 }, ['r-01', 'r-02', 'r-03'], 1],
    [
      'the maximum never cuts below the limit',
      researchers(4),
      { limit: 4, max: 2 },
      ['r-01', 'r-02', 'r-03', 'r-04'],
      0,
    ],
    ['fewer matches than the limit: all, nothing more', [top], {}, ['top'], 0],
  ])('%s', (_, list, options, slugs, more) => {
    const result = rankSuggestions(list, [knowledge], [], options);
    expect(result.suggestions.map((s) => s.slug)).toEqual(slugs);
    expect(result.more).toBe(more);
  });

  test('suggestMentors gives the suggestions of rankSuggestions, up to six', () => {
    expect(suggestMentors(researchers(9), [knowledge], []).map((s) => s.slug)).toEqual(
      rankSuggestions(researchers(9), [knowledge], []).suggestions.map((s) => s.slug),
    );
    expect(suggestMentors(researchers(9), [knowledge], [])).toHaveLength(6);
  });

  test('every suggestion says which needs (with their band) and interests it matches', () => {
    const [first] = suggestMentors(mentors, [knowledge], ['global health']);
    expect(first?.reasons).toEqual([
      'Matches your need: Knowledge and experience (a strong need); your interest: global health.',
    ]);
    const waitlisted = scoreMentor(mentors[4]!, [knowledge], []);
    expect(waitlisted?.reasons).toEqual([
      'Matches your need: Knowledge and experience (a strong need).',
      'Has a waitlist at the moment.',
    ]);
    // Only the needs this mentor meets are named, in the order given.
    expect(scoreMentor(mentors[0]!, [belonging, knowledge], [])?.reasons).toEqual([
      'Matches your need: Knowledge and experience (a strong need).',
    ]);
    const both = mentor('gil-roy', { helpAreas: ['research', 'wellbeing'] });
    expect(scoreMentor(both, [knowledge, belonging], ['research'])?.reasons).toEqual([
      'Matches your needs: Knowledge and experience (a strong need) and Belonging and community (some need); your interest: research.',
    ]);
  });
});

tableTest(
  'parseInterests(%j)',
  parseInterests,
  [
    ['research, Global  Health; teaching', ['research', 'global health', 'teaching']],
    ['  ', []],
    ['a, research, research', ['research']],
  ],
  { deep: true },
);

tableTest('initials(%j) = %s', initials, [
  ['Amara Okafor', 'AO'],
  ['Tomás  Reyes', 'TR'],
  ['Li', 'L'],
  ['Mary Ann de la Cruz', 'MA'],
]);
