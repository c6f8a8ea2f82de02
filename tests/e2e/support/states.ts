/**
 * The states every tool page is checked in (tests/e2e/a11y.spec.ts, overflow.spec.ts): empty,
 * FILLED (what months of real use leave behind, with what people paste: a 200-character word, a
 * long link, a long name, in every kind of field) and ERROR (a value that could not be read, a
 * full storage, a tampered link, a form showing a validation error). Seeded values are built
 * with the schemas' shapes and checked by the schemas here, so a state is never one the app
 * would refuse to read.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import {
  agreementSchema,
  meetingsSchema,
  type Agreement,
  type Meetings,
} from '../../../src/lib/schemas/partnership';
import {
  assessmentsSchema,
  type AssessmentsState,
  type Attempt,
  type AttemptBand,
} from '../../../src/lib/schemas/assessments';
import { briefSchema, type Brief } from '../../../src/lib/schemas/brief';
import { metaSchema, type Meta } from '../../../src/lib/schemas/meta';
import {
  matchingSchema,
  networkSchema,
  type Matching,
  type Network,
} from '../../../src/lib/schemas/network';
import { planSchema, type Plan } from '../../../src/lib/schemas/plan';
import { shareSchema, type SharePayload } from '../../../src/lib/schemas/share';
import { encodeShareFragment } from '../../../src/lib/storage/share';
import { contact, goal, step } from './data';
import { expect } from './fixtures';
import { seed } from './storage';

/* ---------- What people paste ---------- */

/** A 200-character word with no break opportunity (a pasted token, a hash, a run of letters). */
export const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(5).slice(0, 200);
/** A long link, as copied from a browser's address bar. */
export const LONG_URL =
  'https://www.example-university-hospital.org/departments/internal-medicine/residency/mentoring/' +
  'resources/2026/handbook-for-first-year-residents-and-their-mentors.pdf?utm_source=newsletter&id=8f14e45fceea167a5a36dedd4bea2543';
/** A long name with a long unbroken part (network names stop at 120 characters). */
export const LONG_NAME =
  'Maximiliana Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewarenwohlgepflege';

/* ---------- Dates around today, as the browser on this machine sees them ---------- */

const pad = (n: number) => String(n).padStart(2, '0');
/** The calendar date `days` from today (negative: in the past). */
export function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
/** An ISO time `days` from now. */
const timeFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/* ---------- The filled state, store by store ---------- */

const plan: Plan = planSchema.parse({
  version: 1,
  goals: [
    goal('g1', 'Present a case at grand rounds', {
      specific: `Present one case from my medicine rotation at grand rounds. Slides: ${LONG_URL}`,
      measurable: `Feedback forms from three attendings; ${LONG_WORD}`,
      achievable: 'My senior resident offered to review the slides twice.',
      relevant: 'I want to get better at speaking to a room before applying to residency.',
      timeBound: 'Before the end of the rotation.',
      targetDate: dayFromToday(30),
      whoCanHelp: `${LONG_NAME} (senior resident)`,
      link: { instrument: 'mentoring-needs', domain: 'guidance', name: 'Guidance and support' },
      guides: ['mentees/finding-a-mentor', 'mentees/guidance-and-support'],
      steps: [
        step('s1', 'Pick the case with my attending', {
          done: true,
          doneAt: timeFromNow(-10),
          due: dayFromToday(-12),
        }),
        step('s2', `Read the guideline first: ${LONG_URL}`, { due: dayFromToday(-2) }),
        step('s3', LONG_WORD, { due: dayFromToday(5) }),
        step('s4', 'Rehearse with two friends from my year'),
      ],
      log: [
        {
          id: 'l1',
          date: dayFromToday(-9),
          did: `Drafted the first ten slides and sent them to ${LONG_NAME}.`,
          learned: `Start with the question, not the history. ${LONG_WORD}`,
        },
        { id: 'l2', date: dayFromToday(-3), did: LONG_URL, learned: '' },
      ],
    }),
    goal('g2', LONG_WORD, {
      status: 'not-started',
      specific: LONG_WORD,
      targetDate: dayFromToday(-4),
      steps: [step('s5', 'Ask about the research elective', { due: dayFromToday(-1) })],
    }),
    goal('g3', 'Shadow a pharmacist for one shift', { status: 'paused', whoCanHelp: LONG_URL }),
    goal('g4', 'Learn the night-float handoff', {
      status: 'done',
      archived: true,
      steps: [step('s6', 'Use the checklist', { done: true, doneAt: timeFromNow(-40) })],
    }),
  ],
});

const meetings: Meetings = meetingsSchema.parse({
  version: 1,
  meetings: [
    {
      id: 'm1',
      date: dayFromToday(-14),
      agenda: `Rotations, the grand rounds case, and this link: ${LONG_URL}`,
      notes: `She suggested the ${LONG_WORD} approach.\nSecond line of notes.`,
      actions: [
        { id: 'a1', text: 'Review suturing videos', goalId: null },
        { id: 'a2', text: LONG_WORD, goalId: 'g1' },
      ],
    },
    {
      id: 'm2',
      date: dayFromToday(-45),
      agenda: 'First meeting: what each of us wants',
      notes: '',
      actions: [],
    },
  ],
});

const agreement: Agreement = agreementSchema.parse({
  version: 1,
  fields: {
    mentee: LONG_NAME,
    mentor: 'Dr Amara Okafor',
    purpose: `Prepare for clinical placements and the residency match. Shared notes: ${LONG_URL}`,
    roles: `I set the agenda; she shares what she has seen. ${LONG_WORD}`,
    meetings: 'Every other Tuesday, 30 minutes, by video or in the cafeteria.',
    confidentiality: 'What we talk about stays between us unless someone is at risk.',
    feedback: 'Honest, specific, and soon after the event.',
    conflicts: 'We say so at the next meeting; the program lead can help.',
    ending: 'Either of us can end it with a short message, no reasons needed.',
    review: dayFromToday(60),
  },
  updatedAt: timeFromNow(-14),
});

const network: Network = networkSchema.parse({
  version: 1,
  contacts: [
    contact('c1', LONG_NAME, {
      role: LONG_WORD,
      howWeKnow: `Met at the orientation week; her profile: ${LONG_URL}`,
      howTheyHelp: `Career advice and ${LONG_WORD}`,
      howIHelp: 'I share the teaching files I make.',
      lastContact: dayFromToday(-20),
      nextFollowUp: dayFromToday(-3),
      notes: LONG_URL,
    }),
    contact('c2', 'Kim Park', {
      group: 'peer',
      role: 'Classmate',
      nextFollowUp: dayFromToday(6),
    }),
    contact('c3', 'Dr Samir Haddad', { group: 'sponsor', role: 'Program director' }),
    contact('c4', 'Lee Chen', {
      group: 'near-peer',
      role: 'Second-year resident',
      notes: LONG_WORD,
    }),
  ],
});

const matching: Matching = matchingSchema.parse({
  version: 1,
  interests: ['research', 'wellbeing', LONG_WORD.slice(0, 60)],
});

const brief: Brief = briefSchema.parse({
  version: 1,
  name: LONG_NAME.slice(0, 80),
  questions: `How did you choose your specialty?\nCould you look at this? ${LONG_URL}\n${LONG_WORD}`,
  updatedAt: timeFromNow(-1),
});

const meta: Meta = metaSchema.parse({
  version: 1,
  lastBackupAt: timeFromNow(-60),
  firstChangeAt: timeFromNow(-50),
  changesSinceBackup: 42,
});

interface InstrumentFile {
  instrument: string;
  framework: string;
  title: string;
  results: { audience: 'mentee' | 'mentor'; bands: (AttemptBand & { from: number })[] };
  domains: { id: string; name: string }[];
  items: { id: string; domain: string }[];
}

/** A completed attempt of the instrument in `file`, every statement answered, areas spread over the bands. */
function completedAttempt(file: string, id: string, daysAgo: number, shift = 0): Attempt {
  const source = parse(
    readFileSync(new URL(`../../../src/content/assessments/${file}.yaml`, import.meta.url), 'utf8'),
  ) as InstrumentFile;
  const bands = source.results.bands.map(({ id: bandId, label, heading, focus }) => ({
    id: bandId,
    label,
    heading,
    focus: focus === true,
  }));
  const value = (domain: number) => ((domain + shift) % 5) + 1;
  const answers: Attempt['answers'] = {};
  for (const item of source.items) {
    const at = source.domains.findIndex((d) => d.id === item.domain);
    answers[item.id] = value(at);
  }
  return {
    id,
    instrument: source.instrument,
    framework: source.framework,
    title: source.title,
    audience: source.results.audience,
    completedAt: timeFromNow(-daysAgo),
    answers,
    notes: Object.fromEntries(
      source.domains.slice(0, 2).map((d) => [d.id, `My note: ${LONG_WORD} and ${LONG_URL}`]),
    ),
    results: source.domains.map((d, i) => {
      const mean = value(i);
      return {
        domain: d.id,
        name: d.name,
        score: ((mean - 1) / 4) * 100,
        mean,
        answered: source.items.filter((item) => item.domain === d.id).length,
        band: source.results.bands.find((b) => mean >= b.from)?.id ?? null,
      };
    }),
    bands,
    close: false,
  };
}

const assessments: AssessmentsState = assessmentsSchema.parse({
  version: 2,
  drafts: {},
  attempts: [
    completedAttempt('mentoring-needs', 'needs-1', 40, 2),
    completedAttempt('mentoring-needs', 'needs-2', 2),
    completedAttempt('clinical-strengths-aamc', 'clinical-1', 5, 1),
    completedAttempt('mentor-self-assessment', 'mentor-1', 7, 3),
  ],
});

/** Every store filled, as raw localStorage entries. */
export const filledStorage: Record<string, string> = Object.fromEntries(
  Object.entries({ plan, meetings, agreement, network, matching, brief, meta, assessments }).map(
    ([name, value]) => [`medmentor:${name}`, JSON.stringify(value)],
  ),
);

/** A summary as a person sends it from the brief, with long words in every kind of block. */
const shared: SharePayload = shareSchema.parse({
  app: 'medmentor',
  kind: 'share',
  version: 2,
  createdAt: timeFromNow(-1),
  from: LONG_NAME.slice(0, 80),
  included: ['Goals', 'Self-assessment results', 'My questions from the meeting brief'],
  sections: [
    {
      title: 'Goals',
      blocks: [
        { type: 'text', text: `Present a case at grand rounds. ${LONG_URL}` },
        { type: 'list', items: ['Pick the case with my attending', LONG_WORD] },
      ],
    },
    {
      title: 'Self-assessment results',
      blocks: [
        {
          type: 'table',
          caption: 'Mentoring needs by area',
          columns: ['Area', 'Band', 'Note'],
          rows: [
            ['Guidance and support', 'A strong need', LONG_WORD],
            ['Networking', 'Some need', LONG_URL],
          ],
        },
      ],
    },
    { title: 'Questions', blocks: [{ type: 'list', items: [LONG_URL, LONG_WORD] }] },
  ],
});

/** The fragment of a valid share link to the summary above. */
export const sharedFragment = (): Promise<string> => encodeShareFragment(shared);

/** The same link with its end changed, as a mail program or a careless copy leaves it. */
export const tamperedFragment = async (): Promise<string> =>
  (await sharedFragment()).replace(/.{5}$/, 'AAAAA');

/* ---------- The tool pages and their states ---------- */

/** How an error state is reached on a page, after it has loaded. */
export type ErrorKind =
  /** Every stored value corrupt: the recovery notice, the tool starting clean. */
  | 'corrupt'
  /** Filled, then storage full when the person saves something: the not-saved notice. */
  | 'full'
  /** Filled, its own stored value corrupt and no room to set it aside: the read-only notice. */
  | 'full-unreadable'
  /** A form showing a validation error (an impossible date typed). */
  | 'invalid'
  /** /share/ opened from a link that was changed on the way. */
  | 'tampered';

export interface ToolPage {
  /** Site-root path, as pagePaths() gives it. */
  path: string;
  /** Text shown once the filled state is on screen. */
  filled: string | RegExp;
  /** The error states this page has. */
  errors: readonly ErrorKind[];
  /** Saves something on this page (for the full-storage state). */
  save?: (page: Page) => Promise<void>;
  /** Opens a form with a date field, when none is on screen yet (for the invalid state). */
  openForm?: (page: Page) => Promise<void>;
  /** What says a change was not saved, once `save` ran on a full storage (default: the alert). */
  notSaved?: (page: Page) => Locator;
  /** Whether the page shows the storage notices (values set aside); default true. */
  notices?: boolean;
}

/** Clicks the first visible button named `name`, if there is one. */
async function clickIfShown(page: Page, name: RegExp): Promise<void> {
  const button = page.getByRole('button', { name }).first();
  if (await button.isVisible()) await button.click();
}

export const toolPages: readonly ToolPage[] = [
  {
    path: '/plan/',
    filled: 'Present a case at grand rounds',
    errors: ['corrupt', 'full', 'invalid'],
    save: async (page) => {
      await page.getByRole('button', { name: /^New goal/ }).click();
      await page.getByLabel('Goal', { exact: true }).fill(`Ask about electives ${LONG_WORD}`);
      await page.getByRole('button', { name: 'Save goal' }).click();
    },
    openForm: (page) => clickIfShown(page, /^New goal/),
  },
  {
    path: '/plan/meetings/',
    filled: /Rotations, the grand rounds case/,
    errors: ['corrupt', 'full', 'invalid'],
    save: async (page) => {
      await clickIfShown(page, /^(New meeting|Add a meeting|Record a meeting)/);
      await page.getByLabel('Agenda').fill(`Next steps ${LONG_WORD}`);
      await page.getByRole('button', { name: 'Save meeting' }).click();
    },
    openForm: (page) => clickIfShown(page, /^(New meeting|Add a meeting|Record a meeting)/),
  },
  {
    path: '/plan/agreement/',
    filled: /Prepare for clinical placements/,
    errors: ['corrupt', 'full', 'invalid'],
    save: async (page) => {
      await clickIfShown(page, /^Edit What we will do/);
      await page.getByLabel('What this mentorship is for').fill(`Placements ${LONG_WORD}`);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
    },
    openForm: (page) => clickIfShown(page, /^(Write the agreement|Edit When things change)/),
  },
  {
    path: '/plan/brief/',
    filled: /How did you choose your specialty/,
    errors: ['corrupt', 'full'],
    save: async (page) => {
      await clickIfShown(page, /^Edit/);
      await page.getByLabel(/^Questions for your mentor/).fill(`What next? ${LONG_WORD}`);
    },
  },
  {
    path: '/network/',
    filled: 'Kim Park',
    errors: ['corrupt', 'full', 'invalid'],
    save: async (page) => {
      await page
        .getByRole('button', { name: /^Add a person/ })
        .first()
        .click();
      await page.getByLabel('Name', { exact: true }).fill(LONG_NAME);
      await page.getByRole('button', { name: /^(Save|Add)( person| to my network)?$/ }).click();
    },
    openForm: (page) =>
      page
        .getByRole('button', { name: /^Add a person/ })
        .first()
        .click(),
  },
  { path: '/my-data/', filled: /Goal plans/, errors: ['corrupt', 'full-unreadable'] },
  { path: '/share/', filled: 'Present a case at grand rounds', errors: ['tampered'] },
  ...['mentoring-needs', 'clinical-strengths', 'mentor-self-assessment'].map(
    (instrument): ToolPage => ({
      path: `/assessments/${instrument}/results/`,
      filled: /^Completed /,
      errors: ['corrupt', 'full-unreadable'],
    }),
  ),
  {
    path: '/mentors/',
    filled: /Suggested for you/,
    errors: ['corrupt', 'full'],
    notices: false,
    save: async (page) => {
      await page.getByLabel(/^My interests/).fill(`surgery, ${LONG_WORD.slice(0, 50)}`);
      await page.getByRole('button', { name: 'Update suggestions' }).click();
    },
    // The suggestions still update; the directory says the interests are not saved.
    notSaved: (page) =>
      page.getByRole('status').filter({ hasText: /your interests are not saved on this device/ }),
  },
  {
    path: '/mentors/amara-okafor/',
    filled: 'Amara Okafor',
    errors: ['corrupt', 'full'],
    notices: false,
    save: (page) => page.getByRole('button', { name: 'Add to my network' }).click(),
    notSaved: (page) => page.getByRole('status').filter({ hasText: /^Not added/ }),
  },
];

/* ---------- Putting a page into a state ---------- */

/** The three ways a page is seen: light, dark from the system setting, dark from the toggle. */
export type Theme = 'light' | 'system-dark' | 'toggle-dark';
export const themes: readonly Theme[] = ['light', 'system-dark', 'toggle-dark'];

export type State = 'empty' | 'filled' | ErrorKind;

/** Corrupt values, one per store, of the kinds a damaged or hand-edited storage holds. */
const corruptions = ['{"version":1,', 'not json at all', '{"version":99}', '[]', 'null'];

function corrupted(keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key, i) => [key, corruptions[i % corruptions.length]!]));
}

/** The store a page's own data lives in, for the unreadable-and-full state. */
function ownKey(path: string): string {
  if (path.startsWith('/assessments/')) return 'medmentor:assessments';
  return 'medmentor:plan';
}

/**
 * Makes every MedMentor write but the storage probe fail, as a full storage does, while the
 * `e2e:full` key is set (so clearing storage between states turns it off again).
 */
async function installFullStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      const full = this.getItem('e2e:full') === '1';
      if (full && key.startsWith('medmentor:') && key !== 'medmentor:probe') {
        throw new DOMException('full', 'QuotaExceededError');
      }
      original.call(this, key, value);
    };
  });
}

/**
 * Leaves the page without the "leave this page?" question a page with unsaved changes asks (the
 * full-storage state has them): the question is checked in storage.spec.ts, not here.
 */
async function leaveQuietly(page: Page): Promise<void> {
  if (page.url() === 'about:blank') return;
  await page.evaluate(() => {
    const quiet = BeforeUnloadEvent.prototype;
    quiet.preventDefault = () => undefined;
    Object.defineProperty(quiet, 'returnValue', { set: () => undefined, get: () => '' });
  });
}

const installed = new WeakSet<Page>();

/**
 * Waits until every island has started and the fonts are in (what axe and widths depend on). An
 * island that starts when it is seen (client:visible, like My data's evaluation section below
 * the first screen) is scrolled to, as a person would; the page then goes back to where it was.
 */
export async function settled(page: Page): Promise<void> {
  const at = await page.evaluate(() => [window.scrollX, window.scrollY] as const);
  await page.waitForFunction(() => {
    const waiting = [...document.querySelectorAll('astro-island[ssr]')];
    // An island is display: contents (no box to scroll to): its first element has one.
    waiting
      .find((island) => island.getAttribute('client') === 'visible')
      ?.firstElementChild?.scrollIntoView();
    return waiting.length === 0;
  });
  await page.evaluate(([x, y]) => window.scrollTo(x, y), at);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Opens `path` in `state` and `theme`: storage replaced by the state's values, the color scheme
 * emulated, and what the person did (a save, a date typed) done. Checks that the state is on screen.
 */
export async function showState(
  page: Page,
  path: string,
  state: State,
  theme: Theme = 'light',
): Promise<void> {
  if (!installed.has(page)) {
    installed.add(page);
    await installFullStorage(page);
  }
  const tool = toolPages.find((t) => t.path === path);
  await leaveQuietly(page);
  if (!page.url().startsWith('http')) await page.goto('./404.html');
  await page.evaluate(() => localStorage.clear());
  const entries: Record<string, string> = {};
  if (theme === 'toggle-dark') {
    entries['medmentor:prefs'] = JSON.stringify({ version: 1, theme: 'dark', facilitator: true });
  }
  if (state === 'filled' || state === 'full') Object.assign(entries, filledStorage);
  if (state === 'corrupt') Object.assign(entries, corrupted(Object.keys(filledStorage)));
  if (state === 'full-unreadable') {
    Object.assign(entries, filledStorage, corrupted([ownKey(path)]));
  }
  if (state === 'full' || state === 'full-unreadable') entries['e2e:full'] = '1';
  await seed(page, entries);
  await page.emulateMedia({ colorScheme: theme === 'system-dark' ? 'dark' : 'light' });

  let hash = '';
  if (path === '/share/' && state === 'filled') hash = `#${await sharedFragment()}`;
  if (path === '/share/' && state === 'tampered') hash = `#${await tamperedFragment()}`;
  // A fresh load (a hash change alone would not reload the page).
  await page.goto('about:blank');
  await page.goto(`.${path}${hash}`);
  await settled(page);
  await expectTheme(page, theme);

  if (state === 'filled') {
    await expect(page.getByText(tool?.filled ?? /./).first()).toBeVisible();
  } else if (state === 'corrupt') {
    if (tool?.notices !== false) {
      await expect(page.getByText('Some saved data could not be read')).toBeVisible();
    }
  } else if (state === 'full') {
    await tool?.save?.(page);
    if (tool?.notSaved) await expect(tool.notSaved(page)).toBeVisible();
    else await expect(page.getByRole('alert').first()).toContainText(/not saved/i);
  } else if (state === 'full-unreadable') {
    await expect(page.getByText(/no room to set it aside/)).toBeVisible();
  } else if (state === 'invalid') {
    await tool?.openForm?.(page);
    const box = page.locator('input[type="date"]:visible').first();
    await box.fill('20260-01-01');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
  } else if (state === 'tampered') {
    await expect(page.getByRole('alert')).toContainText(
      'This link is incomplete or has been changed',
    );
  }
  // What is folded away is one tap from being seen: open it, so it is checked too.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('main details'))
      details.open = true;
  });
}

/** Checks that the page shows the theme asked for: dark means a dark page background. */
async function expectTheme(page: Page, theme: Theme): Promise<void> {
  const background = await page.evaluate(() => {
    const color = getComputedStyle(document.body).backgroundColor;
    const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    return (r + g + b) / 3;
  });
  if (theme === 'light') expect(background, 'a light page').toBeGreaterThan(160);
  else expect(background, `a dark page (${theme})`).toBeLessThan(96);
}
