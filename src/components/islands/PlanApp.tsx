/**
 * The goal planner: SMART goals with steps, a progress log, templates, search, archive and
 * delete with undo, and calendar export. State and logic live in src/lib/stores/plan.ts and
 * src/lib/goals; this island renders and calls actions.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { today, urgency } from '~/lib/goals/dates';
import { planEvents, toIcs } from '~/lib/goals/ics';
import {
  emptyFields,
  goalUrgency,
  progress,
  statusLabels,
  type GoalFields,
} from '~/lib/goals/model';
import type { Goal, GoalStatus } from '~/lib/schemas/plan';
import { createGoalSearch } from '~/lib/search/goals';
import { fillFromTemplate, type TemplateLike } from '~/lib/goals/template';
import { plan } from '~/lib/stores/plan';
import { actions } from '~/lib/stores/plan-actions';
import { downloadText } from './download';
import GuideLinks from './GuideLinks';
import StorageNotices from './StorageNotices';
import { useHydrated } from './useHydrated';

export type TemplateOption = TemplateLike & { id: string };

export interface DomainOption {
  instrument: string;
  domain: string;
  name: string;
  instrumentTitle: string;
  guides: string[];
}

interface Props {
  templates: TemplateOption[];
  domains: DomainOption[];
  guides: Record<string, { title: string; href: string }>;
  locale: string;
  myDataHref: string;
  /** Links to the partnership tools this site shows (a school can switch them off). */
  toolLinks: { label: string; href: string }[];
}

const smart: { key: keyof GoalFields & string; label: string; help: string; example: string }[] = [
  {
    key: 'specific',
    label: 'Specific',
    help: 'What exactly will you do?',
    example: 'Present one case at the department research meeting.',
  },
  {
    key: 'measurable',
    label: 'Measurable',
    help: 'How will you know you did it?',
    example: 'The talk is given and I have written feedback from two people.',
  },
  {
    key: 'achievable',
    label: 'Achievable',
    help: 'Why is it realistic now, and what will it take?',
    example: 'My supervisor offered a slot; I need about four evenings.',
  },
  {
    key: 'relevant',
    label: 'Relevant',
    help: 'Why does it matter for you now?',
    example: 'Presenting is a growth area and helps my residency application.',
  },
  {
    key: 'timeBound',
    label: 'Time-bound',
    help: 'By when?',
    example: 'By the end of this rotation, in six weeks.',
  },
];

const groups: GoalStatus[] = ['in-progress', 'not-started', 'paused', 'done'];

function Field(props: {
  id: string;
  label: string;
  help?: string;
  value: string;
  multiline?: boolean;
  onCommit: (v: string) => void;
}) {
  const hint = props.help ? `${props.id}-help` : undefined;
  // What is typed until the field is left and committed: a save elsewhere re-renders this field
  // and would otherwise replace the typing with the stored text.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? props.value;
  const commit = (v: string) => {
    props.onCommit(v);
    setDraft(null);
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.help && (
        <span id={hint} class="hint">
          {props.help}
        </span>
      )}
      {props.multiline ? (
        <textarea
          id={props.id}
          rows={2}
          aria-describedby={hint}
          value={shown}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value)}
        />
      ) : (
        <input
          id={props.id}
          type="text"
          aria-describedby={hint}
          value={shown}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value)}
        />
      )}
    </div>
  );
}

function Badge({ goal, todayDate }: { goal: Goal; todayDate: string }) {
  const u = goalUrgency(goal, todayDate);
  if (u === 'overdue') return <span class="badge badge--overdue">Overdue</span>;
  if (u === 'soon') return <span class="badge badge--soon">Due within 14 days</span>;
  return null;
}

export default function PlanApp({
  templates,
  domains,
  guides,
  locale,
  myDataHref,
  toolLinks,
}: Props) {
  const hydrated = useHydrated();
  const state = useStore(plan.$value);
  const goals = hydrated ? state.goals : [];
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState<GoalFields | null>(null);
  const [newSteps, setNewSteps] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<string[] | null>(null);
  const [undo, setUndo] = useState<{ title: string; run: () => void } | null>(null);
  const [message, setMessage] = useState('');
  const search = useRef<((q: string) => string[]) | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const todayDate = today();
  const date = (d: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${d}T00:00:00Z`),
    );

  // "Make this a goal" from assessment results: /plan/?instrument=...&domain=...
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const link = domains.find(
      (d) => d.instrument === params.get('instrument') && d.domain === params.get('domain'),
    );
    if (link) startNew(link);
    // Once handled, drop the parameters so a reload shows the plan, not a new form.
    if (params.has('instrument')) history.replaceState(null, '', location.pathname);
  }, []);

  useEffect(() => {
    headingRef.current?.focus();
  }, [openId, creating === null]);

  useEffect(() => {
    let live = true;
    if (!query.trim()) {
      setMatches(null);
      return;
    }
    createGoalSearch(goals).then((fn) => {
      search.current = fn;
      if (live) setMatches(fn(query));
    });
    return () => {
      live = false;
    };
  }, [query, goals]);

  function startNew(link?: DomainOption) {
    setOpenId(null);
    setNewSteps([]);
    setCreating({
      ...emptyFields(),
      link: link ? { instrument: link.instrument, domain: link.domain, name: link.name } : null,
      guides: link?.guides ?? [],
    });
  }

  const applyTemplate = (id: string) => {
    const t = templates.find((x) => x.id === id);
    if (!t || !creating) return;
    const filled = fillFromTemplate(t, today(), creating.link);
    setCreating(filled.fields);
    setNewSteps(filled.steps);
  };

  const saveNew = (event: Event) => {
    event.preventDefault();
    if (!creating) return;
    const id = actions.addGoal(creating, newSteps);
    setCreating(null);
    setOpenId(id);
    setMessage(`Goal "${creating.title || 'Untitled goal'}" saved.`);
  };

  const remove = (goal: Goal) => {
    const run = actions.remove(goal.id);
    setOpenId(null);
    setUndo({ title: goal.title, run });
  };

  const exportIcs = () => {
    const events = planEvents(goals);
    downloadText(`medmentor-plan-${todayDate}.ics`, toIcs(events, new Date()), 'text/calendar');
    setMessage(
      `Calendar file saved with ${events.length} date${events.length === 1 ? '' : 's'}. Open it with your calendar app; importing it again updates the same events.`,
    );
  };

  const visible = useMemo(() => {
    const live = goals.filter((g) => !g.archived);
    if (!matches) return live;
    return matches.map((id) => live.find((g) => g.id === id)).filter((g): g is Goal => !!g);
  }, [goals, matches]);
  const archived = goals.filter((g) => g.archived);
  const overdue = goals.filter(
    (g) => !g.archived && goalUrgency(g, todayDate) === 'overdue',
  ).length;
  const soon = goals.filter((g) => !g.archived && goalUrgency(g, todayDate) === 'soon').length;
  const open = goals.find((g) => g.id === openId);
  const linkedTemplates = creating?.link
    ? templates.filter(
        (t) => t.instrument === creating.link?.instrument && t.domain === creating.link?.domain,
      )
    : [];
  const otherTemplates = templates.filter((t) => !linkedTemplates.includes(t));

  const notices = (
    <>
      <StorageNotices locale={locale} myDataHref={myDataHref} nudge />
      <p class="notice notice--success" role="status">
        {message}
      </p>
      <div role="status">
        {undo && (
          <p class="notice">
            Deleted "{undo.title}".{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => {
                undo.run();
                setUndo(null);
                setMessage(`Restored "${undo.title}".`);
              }}
            >
              Undo
            </button>
          </p>
        )}
      </div>
    </>
  );

  if (creating) {
    return (
      <div class="tool planner">
        {notices}
        <h2 ref={headingRef} tabIndex={-1}>
          New goal{creating.link ? `: ${creating.link.name}` : ''}
        </h2>
        <form onSubmit={saveNew}>
          {templates.length > 0 && (
            <div class="field">
              <label for="template">Start from a template (optional)</label>
              <select id="template" onChange={(e) => applyTemplate(e.currentTarget.value)}>
                <option value="">Choose a template…</option>
                {linkedTemplates.length > 0 && (
                  <optgroup label={`For ${creating.link?.name}`}>
                    {linkedTemplates.map((t) => (
                      <option value={t.id} key={t.id}>
                        {t.title}
                      </option>
                    ))}
                  </optgroup>
                )}
                {[...new Set(otherTemplates.map((t) => t.domainName))].map((name) => (
                  <optgroup label={name} key={name}>
                    {otherTemplates
                      .filter((t) => t.domainName === name)
                      .map((t) => (
                        <option value={t.id} key={t.id}>
                          {t.title}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </div>
          )}
          <div class="field">
            <label for="goal-title">Goal</label>
            <input
              id="goal-title"
              type="text"
              required
              maxLength={200}
              value={creating.title}
              onInput={(e) => setCreating({ ...creating, title: e.currentTarget.value })}
            />
          </div>
          {smart.map((f) => (
            <div class="field" key={f.key}>
              <label for={`new-${f.key}`}>{f.label}</label>
              <span class="hint" id={`new-${f.key}-help`}>
                {f.help} For example: {f.example}
              </span>
              <textarea
                id={`new-${f.key}`}
                rows={2}
                aria-describedby={`new-${f.key}-help`}
                value={creating[f.key] as string}
                onInput={(e) => setCreating({ ...creating, [f.key]: e.currentTarget.value })}
              />
            </div>
          ))}
          <div class="field">
            <label for="new-target">Target date</label>
            <input
              id="new-target"
              type="date"
              value={creating.targetDate ?? ''}
              onInput={(e) =>
                setCreating({ ...creating, targetDate: e.currentTarget.value || null })
              }
            />
          </div>
          <div class="field">
            <label for="new-help">Who can help (mentor, peer, sponsor…)</label>
            <input
              id="new-help"
              type="text"
              value={creating.whoCanHelp}
              onInput={(e) => setCreating({ ...creating, whoCanHelp: e.currentTarget.value })}
            />
          </div>
          {newSteps.length > 0 && (
            <div>
              <p class="label">Steps from the template (you can change them after saving)</p>
              <ol>
                {newSteps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </div>
          )}
          <p class="actions">
            <button type="submit" class="button">
              Save goal
            </button>
            <button type="button" class="button button--quiet" onClick={() => setCreating(null)}>
              Cancel
            </button>
          </p>
        </form>
      </div>
    );
  }

  if (open) {
    return (
      <GoalDetail
        goal={open}
        guides={guides}
        domains={domains}
        date={date}
        todayDate={todayDate}
        headingRef={headingRef}
        notices={notices}
        onBack={() => setOpenId(null)}
        onDelete={() => remove(open)}
      />
    );
  }

  return (
    <div class="tool planner">
      {notices}
      <h2 ref={headingRef} tabIndex={-1} class="visually-hidden">
        All goals
      </h2>
      <p class="actions">
        <button type="button" class="button" disabled={!hydrated} onClick={() => startNew()}>
          New goal
        </button>
        {toolLinks.map((link) => (
          <a class="button button--quiet" href={link.href} key={link.href}>
            {link.label}
          </a>
        ))}
        <button
          type="button"
          class="button button--quiet"
          disabled={!hydrated || goals.length === 0}
          onClick={exportIcs}
        >
          Export dates (.ics)
        </button>
      </p>
      {goals.length > 0 && (
        <div class="field">
          <label for="goal-search">Search goals, steps and notes</label>
          <input
            id="goal-search"
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
      )}
      <p role="status" class="muted">
        {hydrated &&
          goals.length === 0 &&
          'No goals yet. Start with a template, or from a growth area in your self-assessment results.'}
        {matches && `${visible.length} goal${visible.length === 1 ? '' : 's'} found.`}
        {!matches && (overdue > 0 || soon > 0) && `${overdue} overdue, ${soon} due within 14 days.`}
      </p>
      {groups.map((status) => {
        const list = visible.filter((g) => g.status === status);
        if (list.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`group-${status}`}>
            <h2 id={`group-${status}`}>
              {statusLabels[status]} ({list.length})
            </h2>
            <ul class="goal-list">
              {list.map((goal) => {
                const { done, total } = progress(goal);
                return (
                  <li key={goal.id} class={`goal-card goal-card--${goalUrgency(goal, todayDate)}`}>
                    <button type="button" class="goal-open" onClick={() => setOpenId(goal.id)}>
                      {goal.title}
                    </button>
                    <Badge goal={goal} todayDate={todayDate} />
                    <p class="small muted">
                      {done} of {total} steps done
                      {goal.targetDate ? ` · target ${date(goal.targetDate)}` : ''}
                      {goal.link ? ` · ${goal.link.name}` : ''}
                    </p>
                    {total > 0 && (
                      <progress
                        max={total}
                        value={done}
                        aria-label={`${goal.title}: ${done} of ${total} steps done`}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {archived.length > 0 && (
        <details class="archived">
          <summary>Archived goals ({archived.length})</summary>
          <ul>
            {archived.map((goal) => (
              <li key={goal.id}>
                {goal.title}{' '}
                <button
                  type="button"
                  class="link-button"
                  onClick={() => actions.archive(goal.id, false)}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

interface DetailProps {
  goal: Goal;
  guides: Props['guides'];
  domains: DomainOption[];
  date: (d: string) => string;
  todayDate: string;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  notices: preact.ComponentChildren;
  onBack: () => void;
  onDelete: () => void;
}

function GoalDetail({
  goal,
  guides,
  date,
  todayDate,
  headingRef,
  notices,
  onBack,
  onDelete,
}: DetailProps) {
  const [stepText, setStepText] = useState('');
  const [stepDue, setStepDue] = useState('');
  const [log, setLog] = useState({ date: todayDate, did: '', learned: '' });
  const [dragging, setDragging] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const { done, total } = progress(goal);
  const edit = (fields: Partial<GoalFields>) => actions.editGoal(goal.id, fields);

  const move = (stepId: string, to: number, text: string) => {
    actions.moveStep(goal.id, stepId, to);
    setAnnounce(`Moved "${text}" to position ${Math.max(1, Math.min(to + 1, total))} of ${total}.`);
    requestAnimationFrame(() =>
      document
        .getElementById(
          `move-${stepId}-${to < goal.steps.findIndex((s) => s.id === stepId) ? 'up' : 'down'}`,
        )
        ?.focus(),
    );
  };

  return (
    <div class="tool planner">
      {notices}
      <p>
        <button type="button" class="link-button" onClick={onBack}>
          ← All goals
        </button>
      </p>
      <h2 ref={headingRef} tabIndex={-1}>
        {goal.title}
      </h2>
      <p class="muted">
        {done} of {total} steps done
        {goal.link ? ` · works on ${goal.link.name}` : ''}
      </p>
      <div class="field">
        <label for="status">Status</label>
        <select
          id="status"
          value={goal.status}
          onChange={(e) => actions.setStatus(goal.id, e.currentTarget.value as GoalStatus)}
        >
          {Object.entries(statusLabels).map(([value, label]) => (
            <option value={value} key={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <Field id="title" label="Goal" value={goal.title} onCommit={(title) => edit({ title })} />
      {smart.map((f) => (
        <Field
          key={f.key}
          id={f.key}
          label={f.label}
          help={`${f.help} For example: ${f.example}`}
          multiline
          value={goal[f.key as 'specific']}
          onCommit={(v) => edit({ [f.key]: v })}
        />
      ))}
      <div class="field">
        <label for="target">Target date</label>
        <input
          id="target"
          type="date"
          value={goal.targetDate ?? ''}
          onChange={(e) => edit({ targetDate: e.currentTarget.value || null })}
        />
        {goal.targetDate &&
          urgency(goal.targetDate, todayDate) === 'overdue' &&
          goal.status !== 'done' && <span class="badge badge--overdue">Overdue</span>}
      </div>
      <Field
        id="who"
        label="Who can help (mentor, peer, sponsor…)"
        value={goal.whoCanHelp}
        onCommit={(whoCanHelp) => edit({ whoCanHelp })}
      />
      {goal.guides.length > 0 && (
        <div>
          <p class="label">Guides for this goal</p>
          <GuideLinks ids={goal.guides} guides={guides} />
        </div>
      )}

      <section aria-labelledby="steps-title">
        <h3 id="steps-title">Action steps</h3>
        <p class="visually-hidden" role="status">
          {announce}
        </p>
        <ol class="steps">
          {goal.steps.map((step, index) => (
            <li
              key={step.id}
              class={`step${dragging === step.id ? ' step--dragging' : ''}`}
              draggable
              onDragStart={(e) => {
                setDragging(step.id);
                e.dataTransfer?.setData('text/plain', step.id);
              }}
              onDragEnd={() => setDragging(null)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const id = e.dataTransfer?.getData('text/plain');
                if (id) actions.moveStep(goal.id, id, index);
                setDragging(null);
              }}
            >
              {editing?.id === step.id ? (
                <form
                  class="step-edit"
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (editing.text.trim())
                      actions.editStep(goal.id, step.id, { text: editing.text.trim() });
                    setEditing(null);
                  }}
                >
                  <label class="visually-hidden" for={`edit-${step.id}`}>
                    Step text
                  </label>
                  <input
                    id={`edit-${step.id}`}
                    type="text"
                    maxLength={500}
                    value={editing.text}
                    ref={(el) => el?.focus()}
                    onInput={(e) => setEditing({ id: step.id, text: e.currentTarget.value })}
                    onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
                  />
                  <button type="submit" class="button button--quiet button--small">
                    Save
                  </button>
                </form>
              ) : (
                <label class="choice">
                  <input
                    type="checkbox"
                    checked={step.done}
                    onChange={() => actions.toggleStep(goal.id, step.id)}
                  />
                  <span class={step.done ? 'done' : ''}>{step.text}</span>
                </label>
              )}
              <span class="step-meta">
                {step.due && (
                  <span
                    class={`small ${!step.done && urgency(step.due, todayDate) === 'overdue' ? 'overdue-text' : 'muted'}`}
                  >
                    Due {date(step.due)}
                    {!step.done && urgency(step.due, todayDate) === 'overdue' ? ' (overdue)' : ''}
                  </span>
                )}
                <label class="visually-hidden" for={`due-${step.id}`}>
                  Due date for "{step.text}"
                </label>
                <input
                  id={`due-${step.id}`}
                  type="date"
                  class="small-date"
                  value={step.due ?? ''}
                  onChange={(e) =>
                    actions.editStep(goal.id, step.id, { due: e.currentTarget.value || null })
                  }
                />
                <button
                  type="button"
                  id={`move-${step.id}-up`}
                  class="icon-button"
                  disabled={index === 0}
                  aria-label={`Move "${step.text}" up`}
                  onClick={() => move(step.id, index - 1, step.text)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  id={`move-${step.id}-down`}
                  class="icon-button"
                  disabled={index === goal.steps.length - 1}
                  aria-label={`Move "${step.text}" down`}
                  onClick={() => move(step.id, index + 1, step.text)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  class="icon-button"
                  aria-label={`Edit step "${step.text}"`}
                  onClick={() => setEditing({ id: step.id, text: step.text })}
                >
                  ✎
                </button>
                <button
                  type="button"
                  class="icon-button"
                  aria-label={`Delete step "${step.text}"`}
                  onClick={() => actions.removeStep(goal.id, step.id)}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ol>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            actions.addStep(goal.id, stepText, stepDue || null);
            setStepText('');
            setStepDue('');
          }}
        >
          <div class="field">
            <label for="new-step">New step</label>
            <input
              id="new-step"
              type="text"
              maxLength={500}
              value={stepText}
              onInput={(e) => setStepText(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="new-step-due">Due date (optional)</label>
            <input
              id="new-step-due"
              type="date"
              value={stepDue}
              onInput={(e) => setStepDue(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button button--quiet">
            Add step
          </button>
        </form>
      </section>

      <section aria-labelledby="log-title">
        <h3 id="log-title">Progress log</h3>
        {goal.log.length === 0 ? (
          <p class="muted">
            Nothing logged yet. After each step, write what you did and what you learned.
          </p>
        ) : (
          <ul class="log">
            {goal.log.map((entry) => (
              <li key={entry.id}>
                <strong>{date(entry.date)}:</strong> {entry.did}
                {entry.learned && <span class="muted"> Learned: {entry.learned}</span>}
              </li>
            ))}
          </ul>
        )}
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            actions.addLog(goal.id, log);
            setLog({ date: todayDate, did: '', learned: '' });
          }}
        >
          <div class="field">
            <label for="log-date">Date</label>
            <input
              id="log-date"
              type="date"
              required
              value={log.date}
              onInput={(e) => setLog({ ...log, date: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="log-did">What I did</label>
            <textarea
              id="log-did"
              rows={2}
              value={log.did}
              onInput={(e) => setLog({ ...log, did: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="log-learned">What I learned</label>
            <textarea
              id="log-learned"
              rows={2}
              value={log.learned}
              onInput={(e) => setLog({ ...log, learned: e.currentTarget.value })}
            />
          </div>
          <button type="submit" class="button button--quiet">
            Add to log
          </button>
        </form>
      </section>

      <p class="actions">
        <button
          type="button"
          class="button button--quiet"
          onClick={() => actions.archive(goal.id, !goal.archived)}
        >
          {goal.archived ? 'Restore from archive' : 'Archive goal'}
        </button>
        <button type="button" class="button button--quiet" onClick={onDelete}>
          Delete goal
        </button>
      </p>
    </div>
  );
}
