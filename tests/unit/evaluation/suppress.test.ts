import { describe } from 'vitest';
import { suppressLine } from '~/lib/evaluation/suppress';
import { named, tableTest } from '../../support/table';

describe('suppressLine: no count of 1-4, and none that subtraction gives back', () => {
  tableTest(
    '%s',
    named(suppressLine),
    [
      ['all counts at least 5: all shown', [5, 7, 0], 5, 'keep', { cells: [5, 7, 0], total: 12 }],
      [
        'a total under 5: the whole line hidden',
        [2, 1, 0],
        5,
        'keep',
        { cells: [null, null, null], total: null },
      ],
      [
        'zero respondents: nothing to show',
        [0, 0],
        5,
        'keep',
        { cells: [null, null], total: null },
      ],
      [
        'one small count: the next smallest goes too',
        [3, 9, 6],
        5,
        'keep',
        { cells: [null, 9, null], total: 18 },
      ],
      [
        'two small counts adding to under 5: a third goes',
        [2, 2, 8, 9],
        5,
        'keep',
        { cells: [null, null, null, 9], total: 21 },
      ],
      [
        'two small counts adding to 5 or more: enough',
        [4, 3, 8],
        5,
        'keep',
        { cells: [null, null, 8], total: 15 },
      ],
      [
        'zeros are shown and never chosen to hide',
        [0, 1, 20],
        5,
        'keep',
        { cells: [0, null, null], total: 21 },
      ],
      [
        'only the total is left when everything must go',
        [1, 1, 6],
        5,
        'keep',
        { cells: [null, null, null], total: 8 },
      ],
      ['a raised threshold', [6, 9], 10, 'keep', { cells: [null, null], total: 15 }],
      [
        'rounds: the total goes instead of a second round',
        [20, 3, 18],
        5,
        'hide-if-needed',
        { cells: [20, null, 18], total: null },
      ],
      [
        'rounds: two small rounds of 5 or more together keep the total',
        [20, 3, 4],
        5,
        'hide-if-needed',
        { cells: [20, null, null], total: 27 },
      ],
      [
        'rounds: an empty round is shown as 0',
        [20, 0, 0],
        5,
        'hide-if-needed',
        { cells: [20, 0, 0], total: 20 },
      ],
    ],
    { deep: true },
  );
});
