/**
 * A new goal: from a template (those for the linked area first) or from scratch, with the SMART
 * fields (the target date is its time bound, asked once) and who can help. From "Make this a goal" it opens filled from the
 * area's first template, linked to the area, with its guides. Nothing is saved until "Save goal".
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { GoalFields } from '~/lib/goals/model';
import { fillFromTemplate, startingGoal } from '~/lib/goals/template';
import { unsavedNote } from '~/lib/stores/draft';
import { actions } from '~/lib/stores/plan-actions';
import { $today } from '~/lib/stores/plan-views';
import DateField from '../ui/DateField';
import { GoalField, SmartFields } from './fields';
import ScreenHeading from './ScreenHeading';
import { targetDateLabel } from './text';
import type { GoalSource, TemplateOption } from './types';

interface Props {
  templates: TemplateOption[];
  /** The area (and its band) it works on, when it came from "Make this a goal". */
  link: GoalSource | null;
  /** The goal was added: saved, or on screen but not saved yet (storage refused it). */
  onSaved: (id: string, title: string, saved: boolean) => void;
  onCancel: () => void;
}

export default function NewGoal({ templates, link, onSaved, onCancel }: Props) {
  const todayDate = useStore($today);
  const [start] = useState(() => startingGoal(link, templates, todayDate));
  const initial = start.fields;
  const [fields, setFields] = useState(initial);
  const [steps, setSteps] = useState<string[]>(start.steps);
  const [templateId, setTemplateId] = useState(start.template ?? '');
  const change = (change: Partial<GoalFields>) => setFields({ ...fields, ...change });
  const mentor = link?.audience === 'mentor';

  const applyTemplate = (id: string) => {
    setTemplateId(id);
    const template = templates.find((t) => t.id === id);
    if (!template) return;
    const filled = fillFromTemplate(template, todayDate, fields.link);
    setFields(filled.fields);
    setSteps(filled.steps);
  };

  const save = (event: Event) => {
    event.preventDefault();
    const id = actions.addGoal(fields, steps);
    const state = actions.saveState(id);
    // Refused (the notice above says why): the form keeps what was typed.
    if (state !== 'refused') onSaved(id, fields.title || 'Untitled goal', state === 'saved');
  };

  return (
    <>
      <ScreenHeading>
        {mentor ? 'New goal for your mentoring' : 'New goal'}
        {fields.link ? `: ${fields.link.name}` : ''}
      </ScreenHeading>
      {link && (
        <p class="muted">
          From your results: {link.name}
          {link.band ? ` (${link.band.toLowerCase()})` : ''}.{' '}
          {start.template
            ? 'The form is filled from a suggested goal for this area, with its guides. Change anything before you save.'
            : 'The goal is linked to this area, with its guides. Write it in your own words.'}
        </p>
      )}
      {/* Marked while it holds typing: an update's reload waits for it (src/scripts/app.ts). */}
      <form onSubmit={save} data-unsaved={fields === initial ? undefined : unsavedNote('New goal')}>
        {templates.length > 0 && (
          <TemplatePicker
            templates={templates}
            link={fields.link}
            value={templateId}
            onPick={applyTemplate}
          />
        )}
        <GoalField id="goal-title" field="title" required live values={fields} onChange={change} />
        <SmartFields prefix="new-" live values={fields} onChange={change} />
        <DateField
          id="new-target"
          label={targetDateLabel}
          value={fields.targetDate}
          onInput={(targetDate) => change({ targetDate })}
        />
        <GoalField id="new-help" field="whoCanHelp" live values={fields} onChange={change} />
        {steps.length > 0 && (
          <div>
            <p class="label">Steps from the template (you can change them after saving)</p>
            <ol>
              {steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </div>
        )}
        <p class="actions">
          <button type="submit" class="button">
            Save goal
          </button>
          <button type="button" class="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        </p>
      </form>
    </>
  );
}

/** Templates for the goal's growth area first, then the others by area. */
function TemplatePicker(props: {
  templates: TemplateOption[];
  link: GoalFields['link'];
  value: string;
  onPick: (id: string) => void;
}) {
  const { link } = props;
  const linked = link
    ? props.templates.filter((t) => t.instrument === link.instrument && t.domain === link.domain)
    : [];
  const others = props.templates.filter((t) => !linked.includes(t));
  const option = (t: TemplateOption) => (
    <option value={t.id} key={t.id}>
      {t.title}
    </option>
  );
  return (
    <div class="field">
      <label htmlFor="template">Start from a template (optional)</label>
      <select
        id="template"
        value={props.value}
        onChange={(e) => props.onPick(e.currentTarget.value)}
      >
        <option value="">Choose a template…</option>
        {link && linked.length > 0 && (
          <optgroup label={`For ${link.name}`}>{linked.map(option)}</optgroup>
        )}
        {[...new Set(others.map((t) => t.domainName))].map((name) => (
          <optgroup label={name} key={name}>
            {others.filter((t) => t.domainName === name).map(option)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
