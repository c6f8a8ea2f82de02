/**
 * Mentors from a spreadsheet (src/content/mentors/mentors.csv): the exports of Google Sheets,
 * Excel and a forms response sheet are read into mentors, and every mistake is reported as the
 * spreadsheet shows it (row, column, what to write instead). The loader's error path runs on a
 * scratch folder; a real build with a spreadsheet is checked by hand (issue 18).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { csvRowSchema, loadMentorsCsv, type CsvLoadContext } from '~/lib/content/mentor-loader';
import { csvColumns, decodeCsv, detectDelimiter, readMentorsCsv, slugify } from '~/lib/mentors/csv';
import { duplicateSlugs, formatProblems, schemaProblems } from '~/lib/mentors/csv-problems';

/** The template's header row (public/templates/mentors-template.csv), columns A to S. */
const header: string[] = [
  'name',
  'pronouns',
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
  'link',
  'bio',
  'photo',
  'sample',
  'slug',
];

type Cells = Partial<Record<string, string>>;

const jane: Cells = {
  name: 'Jane Doe',
  pronouns: 'she/her',
  role: 'Associate program director',
  careerStage: 'mid-career',
  profession: 'Physician',
  specialty: 'Internal medicine',
  institution: 'Sample University Hospital (fictional)',
  helpAreas: 'career-planning; teaching',
  interests: 'medical education; coaching',
  languages: 'English; Spanish',
  formats: 'one-to-one; virtual',
  availability: 'accepting',
  email: 'jane.doe@example.org',
  bio: 'I listen first.',
  sample: 'yes',
};
const sam: Cells = { ...jane, name: 'Sam Lee', email: 'sam.lee@example.org' };

/** A CSV file as a spreadsheet writes it: cells quoted only when they need it. */
function csv(rows: Cells[], { delimiter = ',', columns = header, eol = '\r\n' } = {}) {
  const cell = (value = '') =>
    value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  const lines = [columns, ...rows.map((row) => columns.map((c) => row[c] ?? ''))];
  return lines.map((line) => line.map((v) => cell(v)).join(delimiter)).join(eol) + eol;
}

/** The file's mentors: address and schema input, each valid for the mentor schema. */
function mentors(text: string) {
  const { rows, problems } = readMentorsCsv(text);
  expect(problems).toEqual([]);
  for (const { input } of rows) expect(csvRowSchema.safeParse(input).error).toBeUndefined();
  return rows.map(({ slug, input }): Record<string, unknown> => ({ slug, ...input }));
}

/** Every problem of the file, as the build prints them (one line each). */
function problems(text: string, taken = new Map<string, string>()): string[] {
  const read = readMentorsCsv(text);
  const all = [
    ...read.problems,
    ...schemaProblems(read.rows, csvRowSchema, read.at),
    ...duplicateSlugs(read.rows, taken),
  ];
  return all.length === 0 ? [] : formatProblems('mentors.csv', all).split('\n');
}

describe('a spreadsheet export is read into mentors', () => {
  test.each<[string, string, Record<string, unknown>[]]>([
    [
      'Google Sheets (comma-separated)',
      csv([jane]),
      [
        {
          slug: 'jane-doe',
          name: 'Jane Doe',
          helpAreas: ['career-planning', 'teaching'],
          languages: ['English', 'Spanish'],
          contact: { email: 'jane.doe@example.org' },
          sample: true,
        },
      ],
    ],
    ['Excel "CSV UTF-8" (with a byte order mark)', `\uFEFF${csv([jane])}`, [{ name: 'Jane Doe' }]],
    [
      'a quoted bio with a comma and a line break',
      csv([{ ...jane, bio: 'I listen first, then ask.\nBring "small" questions.' }]),
      [{ bio: 'I listen first, then ask.\nBring "small" questions.' }],
    ],
    [
      'Excel in a European locale (semicolon-separated, lists quoted)',
      csv([jane, { ...sam, name: 'Zoë Müller', bio: 'Ich höre zu; dann fragen wir.' }], {
        delimiter: ';',
      }),
      [
        { slug: 'jane-doe', helpAreas: ['career-planning', 'teaching'] },
        { slug: 'zoe-muller', name: 'Zoë Müller', bio: 'Ich höre zu; dann fragen wir.' },
      ],
    ],
    [
      'blank rows, empty lines and a trailing blank row are skipped',
      csv([jane, {}, sam]).replace('\r\n\r\n', '\r\n\r\n\r\n') + ',,,\r\n',
      [{ name: 'Jane Doe' }, { name: 'Sam Lee' }],
    ],
    [
      'a forms response sheet: renamed headers, labels, commas in checkbox answers, extra columns',
      csv(
        [
          {
            Timestamp: '2025/03/01 10:00:00',
            'Full name': 'x',
            Name: 'Jane Doe',
            'Help areas': 'Career planning, Belonging and identity',
            career_stage: 'Mid-career',
            'E-mail': 'jane.doe@example.org',
            ...Object.fromEntries(
              ['role', 'profession', 'specialty', 'institution', 'languages', 'bio'].map((c) => [
                c.toUpperCase(),
                jane[c],
              ]),
            ),
            Formats: 'One-to-one, Virtual',
            LANGUAGES: 'English, Spanish',
            Interests: 'trials, mostly cardiology; teaching',
            Availability: 'Waitlist',
            Sample: 'No',
          },
        ],
        {
          columns: [
            'Timestamp',
            'Full name',
            'Name',
            'Help areas',
            'career_stage',
            'E-mail',
            'ROLE',
            'PROFESSION',
            'SPECIALTY',
            'INSTITUTION',
            'LANGUAGES',
            'BIO',
            'Formats',
            'Interests',
            'Availability',
            'Sample',
          ],
        },
      ),
      [
        {
          slug: 'jane-doe',
          helpAreas: ['career-planning', 'belonging-identity'],
          careerStage: 'mid-career',
          formats: ['one-to-one', 'virtual'],
          languages: ['English', 'Spanish'],
          interests: ['trials, mostly cardiology', 'teaching'],
          availability: 'waitlist',
          contact: { email: 'jane.doe@example.org' },
          sample: false,
        },
      ],
    ],
    [
      'a written slug, a link as contact, a photo file name, optional cells left empty',
      csv([
        {
          ...jane,
          slug: 'dr-jane-doe',
          email: '',
          link: 'https://example.org/book',
          photo: 'jane.jpg',
          pronouns: '',
          interests: '',
        },
      ]),
      [
        {
          slug: 'dr-jane-doe',
          contact: { link: 'https://example.org/book' },
          photo: 'jane.jpg',
          pronouns: undefined,
          interests: undefined,
        },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    const read = mentors(text);
    expect(read).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      // An empty optional cell is left out, for the schema's default.
      const left = Object.keys(want).filter((key) => want[key] === undefined);
      expect(read[i]).toMatchObject(
        Object.fromEntries(Object.entries(want).filter(([, v]) => v !== undefined)),
      );
      for (const key of left) expect(read[i]).not.toHaveProperty(key);
    });
  });
});

describe('every mistake names the row, the column and what to write instead', () => {
  test.each<[string, string, string[]]>([
    [
      'a bad email',
      csv([jane, { ...sam, email: 'sam.lee@' }]),
      [
        'mentors.csv, row 3, column "email" (N): "sam.lee@" is not an email address; write one like name@school.edu',
      ],
    ],
    [
      'an unknown help area',
      csv([jane, { ...sam, helpAreas: 'carrer-planning; research' }]),
      [
        'mentors.csv, row 3, column "helpAreas" (H): "carrer-planning" is not one of: career-planning, residency-applications, research, clinical-skills, wellbeing, belonging-identity, leadership, teaching, work-life-integration, networking; write one or more of those, separated by ";"',
      ],
    ],
    [
      'an empty required cell, after a blank row (rows counted as the spreadsheet shows them)',
      csv([jane, {}, { ...sam, availability: '' }]),
      [
        'mentors.csv, row 4, column "availability" (M): is empty; write one of: accepting, waitlist, full',
      ],
    ],
    [
      'a missing required column',
      csv([jane], { columns: header.filter((c) => c !== 'languages') }),
      ['mentors.csv, row 1: there is no column "languages"; add it to the header row'],
    ],
    [
      'no contact column at all',
      csv([jane], { columns: header.filter((c) => c !== 'email' && c !== 'link') }),
      [
        'mentors.csv, row 1: there is no column "email"; add it to the header row (or a column "link")',
      ],
    ],
    [
      'the same column twice',
      csv([jane], { columns: [...header, 'Help areas'] }),
      [
        'mentors.csv, row 1, column "Help areas" (T): this column is the same as column H ("helpAreas"); keep one of them',
      ],
    ],
    [
      'a link that is not https, and a sample that is not yes or no',
      csv([{ ...jane, email: '', link: 'www.example.org', sample: 'maybe' }]),
      [
        'mentors.csv, row 2, column "link" (O): "www.example.org" is not a full link starting with https://; write one like https://school.edu/mentoring',
        'mentors.csv, row 2, column "sample" (R): "maybe" is not yes or no; write yes or no, or leave it empty',
      ],
    ],
    [
      'both an email and a link, and no contact at all',
      csv([
        { ...jane, link: 'https://example.org' },
        { ...sam, email: '' },
      ]),
      [
        'mentors.csv, row 2, column "link" (O): both "email" and "link" are filled in; keep one of them and empty the other',
        'mentors.csv, row 2: there is no way to reach this mentor; write an email address in the "email" column or a link starting with https:// in the "link" column',
        'mentors.csv, row 3: there is no way to reach this mentor; write an email address in the "email" column or a link starting with https:// in the "link" column',
      ],
    ],
    [
      'a bio that is too long, too many interests, an item that is too long',
      csv([
        {
          ...jane,
          bio: 'x'.repeat(601),
          interests: Array.from({ length: 13 }, (_, i) => `topic ${i}`).join('; '),
          languages: `English; ${'y'.repeat(41)}`,
        },
      ]),
      [
        'mentors.csv, row 2, column "interests" (I): has 13 items; list at most 12, separated by ";"',
        `mentors.csv, row 2, column "languages" (J): "${'y'.repeat(41)}" is 41 characters long; shorten each item to 40 characters or fewer`,
        'mentors.csv, row 2, column "bio" (P): is 601 characters long; shorten it to 600 characters or fewer',
      ],
    ],
    [
      'a photo given as a path, a slug that cannot be an address',
      csv([{ ...jane, photo: '../../assets/mentors/jane.jpg', slug: 'Jane Doe' }]),
      [
        'mentors.csv, row 2, column "photo" (Q): "../../assets/mentors/jane.jpg" is a path; write only the photo\'s file name in src/assets/mentors/, e.g. jane-doe.jpg',
        'mentors.csv, row 2, column "slug" (S): "Jane Doe" cannot be an address; write lowercase letters, digits and single hyphens, e.g. jane-doe',
      ],
    ],
    [
      'two rows with one name (the address is made from it), and two written slugs',
      csv([jane, sam, jane, { ...sam, slug: 'sam' }, { ...jane, slug: 'sam' }]),
      [
        'mentors.csv, row 4: the name makes the address "jane-doe", which is already used by row 2; write a different slug for one of them in the "slug" column',
        'mentors.csv, row 6: the slug "sam" is already used by row 5; write a different slug for one of them in the "slug" column',
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  test('an address already used by a YAML file names that file', () => {
    const taken = new Map([['jane-doe', 'src/content/mentors/jane-doe.yaml']]);
    expect(problems(csv([jane]), taken)).toEqual([
      'mentors.csv, row 2: the name makes the address "jane-doe", which is already used by src/content/mentors/jane-doe.yaml; write a different slug for one of them in the "slug" column',
    ]);
  });

  test('several mistakes are listed together, by row, and a long list is cut short', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ ...jane, name: `M ${i}`, email: 'no' }));
    const lines = problems(csv(rows));
    expect(lines).toHaveLength(51);
    expect(lines[0]).toMatch(/^mentors\.csv, row 2, column "email"/);
    expect(lines[49]).toMatch(/^mentors\.csv, row 51, /);
    expect(lines[50]).toBe('... and 10 more.');
  });
});

describe('the file itself', () => {
  test('a plain Excel "CSV" (Windows-1252, not UTF-8) still reads accented names', () => {
    const bytes = Uint8Array.from([0x4a, 0x6f, 0x73, 0xe9]); // "José" in Windows-1252
    expect(decodeCsv(bytes)).toBe('José');
    expect(decodeCsv(new TextEncoder().encode('Zoë'))).toBe('Zoë');
  });

  test.each<[string, string]>([
    ['name,role,bio', ','],
    ['name;role;bio', ';'],
    ['"Name; full";role;bio', ';'],
    ['"What, in brief, you help with";name;role\n a,b,c,d,e', ';'],
    ['name,"Lists; separated; by semicolons",bio', ','],
  ])('the delimiter of %j is %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  test.each<[string, string]>([
    ['Jane Doe', 'jane-doe'],
    ['José Núñez-García', 'jose-nunez-garcia'],
    ["  Dr. Mary O'Neil, MD ", 'dr-mary-o-neil-md'],
    ['王芳', '王芳'],
  ])('%j has the address %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  test('the columns are the mentor schema fields, with contact as email or link, plus slug', () => {
    const fields = Object.keys(csvRowSchema.shape).filter((f) => f !== 'contact');
    const columns = Object.keys(csvColumns).filter((c) => !['email', 'link', 'slug'].includes(c));
    expect(columns.sort()).toEqual(fields.sort());
  });
});

describe('the content loader', () => {
  const root = mkdtempSync(join(tmpdir(), 'medmentor-csv-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'src/content/mentors'), { recursive: true });
  mkdirSync(join(root, 'src/assets/mentors'), { recursive: true });
  writeFileSync(join(root, 'src/assets/mentors/jane.jpg'), '');

  /** A loader context over a store that already holds one YAML mentor. */
  function context() {
    const entries = new Map<string, { id: string; data: unknown; filePath?: string }>([
      [
        'amara-okafor',
        { id: 'amara-okafor', data: {}, filePath: 'src/content/mentors/amara-okafor.yaml' },
      ],
    ]);
    const store = {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: unknown; filePath?: string }) => (
        entries.set(entry.id, entry),
        true
      ),
      delete: (id: string) => void entries.delete(id),
    };
    const ctx = {
      root: pathToFileURL(`${root}/`),
      store,
      parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
    } as unknown as CsvLoadContext;
    return { ctx, entries };
  }
  const write = (text: string) =>
    writeFileSync(join(root, 'src/content/mentors/mentors.csv'), text);

  test('rows join the YAML mentors, a photo as Astro finds it from the spreadsheet', async () => {
    write(csv([{ ...jane, photo: 'jane.jpg' }, sam]));
    const { ctx, entries } = context();
    expect(await loadMentorsCsv(ctx)).toEqual(new Set(['jane-doe', 'sam-lee']));
    expect([...entries.keys()]).toEqual(['amara-okafor', 'jane-doe', 'sam-lee']);
    expect(entries.get('jane-doe')).toMatchObject({
      filePath: 'src/content/mentors/mentors.csv',
      data: { name: 'Jane Doe', photo: '../../assets/mentors/jane.jpg' },
    });
    // A new export replaces the rows loaded before.
    write(csv([sam]));
    expect(await loadMentorsCsv(ctx, new Set(['jane-doe', 'sam-lee']))).toEqual(
      new Set(['sam-lee']),
    );
    expect([...entries.keys()]).toEqual(['amara-okafor', 'sam-lee']);
  });

  test('a bad row fails the load with every problem of the file', async () => {
    write(
      csv([
        { ...jane, helpAreas: 'carrer-planning', photo: 'missing.jpg' },
        { ...sam, name: 'Amara Okafor', email: 'amara' },
      ]),
    );
    const { ctx, entries } = context();
    await expect(loadMentorsCsv(ctx)).rejects.toThrow(
      [
        'The mentors spreadsheet has 4 problems:',
        'src/content/mentors/mentors.csv, row 2, column "helpAreas" (H): "carrer-planning" is not one of: career-planning, residency-applications, research, clinical-skills, wellbeing, belonging-identity, leadership, teaching, work-life-integration, networking; write one or more of those, separated by ";"',
        'src/content/mentors/mentors.csv, row 2, column "photo" (Q): "missing.jpg" is not in src/assets/mentors/; upload it there or check the spelling (capital letters count)',
        'src/content/mentors/mentors.csv, row 3, column "email" (N): "amara" is not an email address; write one like name@school.edu',
        'src/content/mentors/mentors.csv, row 3: the name makes the address "amara-okafor", which is already used by src/content/mentors/amara-okafor.yaml; write a different slug for one of them in the "slug" column',
      ].join('\n'),
    );
    expect([...entries.keys()]).toEqual(['amara-okafor']);
  });

  test('without a spreadsheet, the YAML mentors are all there is', async () => {
    rmSync(join(root, 'src/content/mentors/mentors.csv'));
    const { ctx, entries } = context();
    expect(await loadMentorsCsv(ctx)).toEqual(new Set());
    expect([...entries.keys()]).toEqual(['amara-okafor']);
  });
});

test('the template to download reads into two valid, clearly fictional sample mentors', () => {
  const text = readFileSync(
    join(import.meta.dirname, '../../public/templates/mentors-template.csv'),
    'utf8',
  );
  const read = mentors(text);
  expect(read.map((m) => m.slug)).toEqual(['jane-doe', 'alex-example']);
  for (const mentor of read) {
    expect(mentor).toMatchObject({
      sample: true,
      institution: 'Sample University Hospital (fictional)',
    });
    expect(JSON.stringify(mentor.contact)).toContain('example.org');
  }
  expect(text.split('\n')[0]).toBe(header.join(','));
});
