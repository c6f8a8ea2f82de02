/** The sentence each suggestion shows: which of the person's needs and interests it matches. */
import { matchReason, describeNeeds, type MatchedNeed } from '~/lib/mentors/reasons';
import { named, tableTest } from '../../support/table';

const networking: MatchedNeed = { name: 'Networking', band: 'A strong need' };
const guidance: MatchedNeed = { name: 'Guidance and support', band: 'Some need' };
const knowledge: MatchedNeed = { name: 'Knowledge and experience', band: 'A strong need' };

tableTest<[string, MatchedNeed[], string[]], string | null>(
  '%s',
  named((needs, interests) => matchReason(needs, interests, 'en')),
  [
    ['nothing matched: no sentence', [], [], null],
    [
      'one need and one interest, the band said after the need',
      [networking],
      ['research'],
      'Matches your need: Networking (a strong need); your interest: research.',
    ],
    ['a need alone', [guidance], [], 'Matches your need: Guidance and support (some need).'],
    ['an interest alone', [], ['global health'], 'Matches your interest: global health.'],
    [
      'two needs, most pressing first, as given',
      [networking, guidance],
      [],
      'Matches your needs: Networking (a strong need) and Guidance and support (some need).',
    ],
    [
      'three needs and two interests',
      [knowledge, networking, guidance],
      ['research', 'teaching'],
      'Matches your needs: Knowledge and experience (a strong need), Networking (a strong need) and Guidance and support (some need); your interests: research and teaching.',
    ],
    [
      'a need without a band (not from a self-assessment) is named alone',
      [{ name: 'Networking' }],
      [],
      'Matches your need: Networking.',
    ],
  ],
);

tableTest<[MatchedNeed[]], string>('describeNeeds(%j) = %s', describeNeeds, [
  [[], ''],
  [[networking], 'Networking (a strong need)'],
  [[networking, guidance], 'Networking (a strong need) and Guidance and support (some need)'],
]);
