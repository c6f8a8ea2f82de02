/**
 * The meeting brief: where a person prepares a meeting and sends it. Their first name and
 * questions are saved as they type (src/lib/stores/brief.ts); the goals and results come from
 * the plan and the self-assessments. The sheet prints (or saves as PDF, or downloads as text), and "Send
 * to my mentor" makes a share link (./brief/Send.tsx, which loads its code when asked).
 */
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { briefGoals, briefResults, mentorFromQuery } from '~/lib/goals/brief';
import { addDays, today } from '~/lib/dates';
import { assessments, latestAttempts } from '~/lib/stores/assessments';
import { brief, questionList, questionsTitle } from '~/lib/stores/brief';
import { senderName, setBriefText } from '~/lib/stores/brief-actions';
import { plan } from '~/lib/stores/plan';
import { isUnsaved } from '~/lib/stores/unsaved-views';
import { briefLimits } from '~/lib/schemas/brief';
import { formatTimestamp } from '~/lib/format';
import BriefSheet from './brief/BriefSheet';
import Send from './brief/Send';
import DateField from './ui/DateField';
import TextField from './ui/TextField';
import StorageNotices from './StorageNotices';
import { useHydrated } from './useHydrated';
import Checkboxes from './ui/Checkboxes';
import { withBoundary } from './ui/ErrorBoundary';

interface Props {
  locale: string;
  planHref: string;
  myDataHref: string;
  /** Path of the /share/ page, with the base path. */
  sharePath: string;
}

const toggled = (set: ReadonlySet<string>, id: string) => {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
};

const $briefUnsaved = isUnsaved(brief);

function BriefApp({ locale, planHref, myDataHref, sharePath }: Props) {
  const hydrated = useHydrated();
  const goals = useStore(plan.$value).goals.filter((g) => !g.archived);
  const attempts = latestAttempts(useStore(assessments.$value));
  const stored = useStore(brief.$value);
  const unsaved = useStore($briefUnsaved);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [chosenResults, setChosenResults] = useState<Set<string> | null>(null);
  const [since, setSince] = useState(addDays(today(), -30));
  // The mentor this brief is for, when the directory linked here (untrusted: shown as text).
  const mentor = useMemo(() => (hydrated ? mentorFromQuery(location.search) : null), [hydrated]);

  if (!hydrated) return <p class="muted">Loading your goals…</p>;

  const name = senderName(stored.name);
  const picked =
    chosen ??
    new Set(
      goals
        .filter((g) => g.status === 'in-progress' || g.status === 'not-started')
        .map((g) => g.id),
    );
  const pickedResults = chosenResults ?? new Set(attempts.map((a) => a.id));
  const items = briefGoals(
    goals.filter((g) => picked.has(g.id)),
    since || null,
  );
  const results = attempts.filter((a) => pickedResults.has(a.id)).map((a) => briefResults(a, name));
  const questions = questionList(stored.questions);
  const heading = questionsTitle({ name });
  // Nothing to choose from: the hint to add some goes below the actions, which stay on a phone's
  // first screen.
  const empty = goals.length === 0 && attempts.length === 0;

  // The text (Markdown, which reads as plain text) and the download load when asked for.
  const downloadBrief = async () => {
    const [{ briefMarkdown }, { downloadText }] = await Promise.all([
      import('~/lib/goals/brief-markdown'),
      import('./download'),
    ]);
    const text = briefMarkdown({
      date: today(),
      since: since || null,
      goals: items,
      results,
      questions: stored.questions,
      questionsTitle: heading,
      from: name,
      mentor,
    });
    downloadText(`medmentor-brief-${today()}.txt`, text, 'text/plain');
  };

  return (
    <div class="tool brief">
      <StorageNotices locale={locale} myDataHref={myDataHref} />
      {mentor && <h2 dir="auto">Brief for {mentor}</h2>}
      <form class="no-print" onSubmit={(e) => e.preventDefault()}>
        <TextField
          id="brief-name"
          label="Your first name (optional)"
          hint="Your mentor sees it on what you send."
          maxLength={briefLimits.name}
          value={stored.name}
          onInput={(text) => setBriefText('name', text)}
          onChange={(text) => setBriefText('name', text, { counts: true })}
        />
        <TextField
          id="questions"
          label="Questions for your mentor (one per line)"
          hint={
            unsaved
              ? 'Not saved yet: see the notice above. What you typed stays on this screen.'
              : 'Saved on this device as you type.'
          }
          rows={3}
          maxLength={briefLimits.questions}
          value={stored.questions}
          onInput={(text) => setBriefText('questions', text)}
          onChange={(text) => setBriefText('questions', text, { counts: true })}
        />
        {!empty && (
          <>
            {goals.length > 0 && (
              <Checkboxes
                legend="Goals to include"
                options={goals.map((g) => ({ key: g.id, label: g.title }))}
                picked={picked}
                onToggle={(id) => setChosen(toggled(picked, id))}
              />
            )}
            {attempts.length > 0 && (
              <Checkboxes
                legend="Self-assessment results to include"
                options={attempts.map((a) => ({
                  key: a.id,
                  label: `${a.title} (${formatTimestamp(a.completedAt, locale)})`,
                }))}
                picked={pickedResults}
                onToggle={(id) => setChosenResults(toggled(pickedResults, id))}
              />
            )}
            <DateField
              id="since"
              label="Show progress since (your last meeting)"
              value={since || null}
              onInput={(day) => setSince(day ?? '')}
            />
          </>
        )}
      </form>
      <Send name={name} sharePath={sharePath}>
        <button type="button" class="button button--quiet" onClick={() => print()}>
          Print or save as PDF
        </button>
        <button type="button" class="button button--quiet" onClick={() => void downloadBrief()}>
          Download as text
        </button>
      </Send>
      {empty && (
        <p class="no-print">
          No goals or self-assessment results to bring yet.{' '}
          <a href={planHref}>Add a goal to your plan</a> or complete a self-assessment, and they
          show here.
        </p>
      )}
      <BriefSheet
        locale={locale}
        since={since}
        goals={items}
        results={results}
        questions={questions}
        questionsTitle={heading}
        from={name}
        mentor={mentor}
      />
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(BriefApp);
