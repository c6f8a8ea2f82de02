import { expect, test } from 'vitest';
import { referenceRuns, sourceAnchor, type ReferenceFields } from '~/lib/content/reference-style';

/** The runs as text, italics marked with asterisks as in Markdown. */
const text = (ref: ReferenceFields) =>
  referenceRuns(ref)
    .map((r) => (r.em ? `*${r.text}*` : r.text))
    .join('');

test.each<[string, ReferenceFields, string]>([
  [
    'a journal article',
    {
      kind: 'article',
      authors: 'Sambunjak D, Straus SE, Marušić A',
      title: 'Mentoring in academic medicine: a systematic review',
      container: 'JAMA',
      year: 2006,
      details: '296(9):1103–1115',
    },
    'Sambunjak D, Straus SE, Marušić A. Mentoring in academic medicine: a systematic review. *JAMA*. 2006;296(9):1103–1115.',
  ],
  [
    'an article known by journal and year only',
    { kind: 'article', authors: 'Hyun SH, et al', container: 'J Clin Transl Sci', year: 2022 },
    'Hyun SH, et al. *J Clin Transl Sci*. 2022.',
  ],
  [
    'a title ending in a question mark',
    {
      kind: 'article',
      authors: 'Rodriguez JE, Campbell KM, Pololi LH',
      title: 'Addressing disparities in academic medicine: what of the minority tax?',
      container: 'BMC Med Educ',
      year: 2015,
      details: '15:6',
    },
    'Rodriguez JE, Campbell KM, Pololi LH. Addressing disparities in academic medicine: what of the minority tax? *BMC Med Educ*. 2015;15:6.',
  ],
  [
    'a book',
    {
      kind: 'book',
      authors: 'Frank JR, Snell L, Sherbino J, eds',
      title: 'CanMEDS 2015 Physician Competency Framework',
      container: 'Ottawa: Royal College of Physicians and Surgeons of Canada',
      year: 2015,
    },
    'Frank JR, Snell L, Sherbino J, eds. *CanMEDS 2015 Physician Competency Framework*. Ottawa: Royal College of Physicians and Surgeons of Canada; 2015.',
  ],
  [
    'a web page',
    { kind: 'web', authors: 'ICMJE', title: 'Defining the Role of Authors and Contributors' },
    'ICMJE. Defining the Role of Authors and Contributors.',
  ],
])('%s', (_name, ref, expected) => {
  expect(text(ref)).toBe(expected);
});

test.each([
  ['nasem-2019', '', 'source-nasem-2019'],
  ['nasem-2019', 'finding-a-mentor', 'finding-a-mentor-source-nasem-2019'],
])('the anchor of %s with prefix "%s" is %s', (id, prefix, expected) => {
  expect(sourceAnchor(id, prefix)).toBe(expected);
});
