// @vitest-environment happy-dom
/**
 * Every box a person types into takes its limit from the schema its text is saved in: the tools
 * are rendered as a person sees them (happy-dom), and each text box must carry the maxLength of
 * its schema field and each date box the range of src/lib/dates.ts. The shared fields show a
 * counter near the limit and refuse an impossible date with a message.
 */
import { h, render, type ComponentChild, type ComponentProps } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import AgreementForm from '~/components/islands/agreement/AgreementForm';
import AssessmentRunner from '~/components/islands/AssessmentRunner';
import MeetingForm from '~/components/islands/meetings/MeetingForm';
import ContactForm from '~/components/islands/network/ContactForm';
import GoalView from '~/components/islands/plan/GoalView';
import NewGoal from '~/components/islands/plan/NewGoal';
import DateField, { refusedDate } from '~/components/islands/ui/DateField';
import TextField from '~/components/islands/ui/TextField';
import { DATE_MAX, DATE_MIN } from '~/lib/dates';
import { assessmentLimits } from '~/lib/schemas/assessments';
import { networkLimits } from '~/lib/schemas/network';
import { agreementLimits, meetingLimits } from '~/lib/schemas/partnership';
import { planLimits } from '~/lib/schemas/plan';
import { assessments } from '~/lib/stores/assessments';
import { plan } from '~/lib/stores/plan';
import { instrument } from './assessment/fixture';
import * as records from '../support/records';
import { useFreshStores } from '../support/stores';

useFreshStores();

let root: HTMLElement;
afterEach(() => {
  if (root) render(null, root);
  document.body.replaceChildren();
});

async function show(node: ComponentChild): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(node, root));
  return root;
}

const noop = () => undefined;
const locale = 'en-US';

/** Each text box's limit, by the id of its box; date boxes listed apart. */
function limits(page: HTMLElement) {
  const text = [
    ...page.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      'textarea, input:not([type=date], [type=checkbox], [type=radio], [type=hidden], [type=file])',
    ),
  ];
  const dates = [...page.querySelectorAll<HTMLInputElement>('input[type=date]')];
  return {
    text: Object.fromEntries(text.map((box) => [box.id || box.name, box.maxLength])),
    dates: dates.map((box) => ({ id: box.id, min: box.min, max: box.max })),
  };
}

/** Every date box allows the range of src/lib/dates.ts, no more. */
function expectDateRange(dates: { id: string; min: string; max: string }[]) {
  for (const date of dates)
    expect(date, date.id).toEqual({ id: date.id, min: DATE_MIN, max: DATE_MAX });
}

/** The limit of each field, keyed by the id of its box: the prefix, then the field's name. */
function boxLimits<K extends string>(
  prefix: string,
  limits: Record<K, number>,
  fields: readonly K[],
) {
  return Object.fromEntries(fields.map((field) => [`${prefix}${field}`, limits[field]]));
}

/** The goal's SMART fields, whose boxes are named after them. */
/** The goal's SMART fields asked in words (the time bound is the target date), named after them. */
const smart = ['specific', 'measurable', 'achievable', 'relevant'] as const;

describe('every text box carries its schema limit', () => {
  test('a new goal', async () => {
    const page = await show(
      h(NewGoal, { templates: [], link: null, onSaved: noop, onCancel: noop }),
    );
    const { text, dates } = limits(page);
    expect(text).toEqual({
      'goal-title': planLimits.title,
      ...boxLimits('new-', planLimits, smart),
      'new-help': planLimits.whoCanHelp,
    });
    expect(dates).toHaveLength(1);
    expectDateRange(dates);
  });

  test('a goal: its details, steps (also while editing one) and progress log, each part as it opens', async () => {
    const goal = records.goal('g1', 'Goal', { steps: [records.step('s1', 'Read')] });
    plan.replace({ version: 1, goals: [goal] });
    const view = (part: 'details' | 'steps' | null) =>
      h(GoalView, {
        goal,
        part,
        guides: {},
        locale,
        onBack: noop,
        onEdit: noop,
        onOpen: noop,
        onMessage: noop,
      });

    const details = limits(await show(view('details')));
    expect(details.text).toEqual({
      title: planLimits.title,
      ...boxLimits('', planLimits, smart),
      who: planLimits.whoCanHelp,
    });
    expect(details.dates.map((d) => d.id)).toEqual(['target']);
    expectDateRange(details.dates);

    const page = await show(view('steps'));
    const edit = page.querySelector<HTMLButtonElement>('[aria-label^="Edit step"]');
    await act(() => edit?.click());
    const steps = limits(page);
    expect(steps.text).toEqual({ 'edit-s1': planLimits.step, 'new-step': planLimits.step });
    // The step's due date, a new step's due date.
    expect(steps.dates.map((d) => d.id)).toEqual(['due-s1', 'new-step-due']);
    expectDateRange(steps.dates);

    const summary = await show(view(null));
    const write = [...summary.querySelectorAll('button')].find(
      (b) => b.textContent === 'Write a log entry',
    );
    await act(() => write?.click());
    const log = limits(summary);
    expect(log.text).toEqual({ 'log-did': planLimits.did, 'log-learned': planLimits.learned });
    expect(log.dates.map((d) => d.id)).toEqual(['log-date']);
    expectDateRange(log.dates);
  });

  // The tools read before they edit: each form is rendered as "Add a meeting", "Write the
  // agreement" and "Add a person" open it.
  test('the meeting log', async () => {
    const page = await show(
      h(MeetingForm, { editing: null, locale, onCancel: noop, onSaved: noop }),
    );
    const { text, dates } = limits(page);
    expect(text).toEqual({
      'meeting-agenda': meetingLimits.agenda,
      'meeting-notes': meetingLimits.notes,
      'meeting-actions': meetingLimits.actions * (meetingLimits.action + 1),
    });
    expectDateRange(dates);
  });

  test('the agreement: every part at the field limit', async () => {
    const page = await show(h(AgreementForm, { part: null, onCancel: noop, onSaved: noop }));
    const { text, dates } = limits(page);
    expect(Object.keys(text).length).toBeGreaterThan(5);
    for (const [id, max] of Object.entries(text)) expect(max, id).toBe(agreementLimits.field);
    expect(dates.map((d) => d.id)).toEqual(['agreement-review']);
    expectDateRange(dates);
  });

  test('the network form', async () => {
    const page = await show(h(ContactForm, { editing: null, onCancel: noop, onSaved: noop }));
    const form = page.querySelector<HTMLElement>('form.contact-form') ?? page;
    const { text, dates } = limits(form);
    expect(text).toEqual(
      boxLimits('contact-', networkLimits, [
        'name',
        'role',
        'howWeKnow',
        'howTheyHelp',
        'howIHelp',
        'notes',
      ]),
    );
    expect(dates).toHaveLength(2);
    expectDateRange(dates);
  });

  test('the notes of a self-assessment', async () => {
    assessments.replace({ version: 2, drafts: { test: records.draft() }, attempts: [] });
    const page = await show(
      h(AssessmentRunner, {
        instrument: { ...instrument, minutes: 5, description: 'Test' },
        resultsHref: '/',
        // What the results would show in this page: not needed before the last step.
        results: {} as ComponentProps<typeof AssessmentRunner>['results'],
        myDataHref: '/',
        locale,
      }),
    );
    const notes = page.querySelector('textarea');
    expect(notes?.maxLength).toBe(assessmentLimits.note);
  });
});

describe('TextField', () => {
  const field = (value: string) =>
    show(h(TextField, { id: 'f', label: 'Goal', value, maxLength: 2000, onInput: noop }));

  test.each([
    [0, null],
    [1799, null],
    [1800, '1,800 of 2,000 characters'],
    [1850, '1,850 of 2,000 characters'],
    [2000, '2,000 of 2,000 characters'],
  ])('%i characters: counter %j', async (length, counter) => {
    const page = await field('x'.repeat(length));
    const note = page.querySelector<HTMLElement>('#f-note');
    const box = page.querySelector('input');
    expect(note?.getAttribute('aria-live')).toBe('polite');
    if (counter === null) {
      expect(note?.hidden).toBe(true);
      expect(box?.getAttribute('aria-describedby')).toBeNull();
    } else {
      expect(note?.hidden).toBe(false);
      expect(note?.textContent).toBe(counter);
      expect(box?.getAttribute('aria-describedby')).toBe('f-note');
    }
  });
});

describe('DateField', () => {
  async function typeDate(day: string) {
    const onInput = vi.fn();
    const page = await show(h(DateField, { id: 'd', label: 'Date', value: '2026-11-24', onInput }));
    const box = page.querySelector('input')!;
    box.value = day;
    await act(() => {
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    return { page, box, onInput };
  }

  test('a real date is passed on', async () => {
    const { onInput, page } = await typeDate('2027-01-15');
    expect(onInput).toHaveBeenCalledWith('2027-01-15');
    expect(page.querySelector<HTMLElement>('#d-note')?.hidden).toBe(true);
  });

  test('an emptied box gives null', async () => {
    const { onInput } = await typeDate('');
    expect(onInput).toHaveBeenCalledWith(null);
  });

  // Chromium takes a five-digit year typed by hand ("20260-01-01", see tests/e2e/limits.spec.ts);
  // happy-dom only four digits, so a year typed too small stands for it here.
  test('a year out of range is refused with a message, and not passed on', async () => {
    const { onInput, page, box } = await typeDate('1850-06-01');
    expect(onInput).not.toHaveBeenCalled();
    const note = page.querySelector<HTMLElement>('#d-note');
    expect(note?.hidden).toBe(false);
    expect(note?.textContent).toBe(refusedDate);
    expect(refusedDate).toContain('not a real calendar date between 1900 and 2199');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.validationMessage).toBe(refusedDate);
  });
});
