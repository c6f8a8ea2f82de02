/**
 * The mentorship check-in: five statements answered on an agree scale (each may be skipped),
 * about one relationship, saved on this device with its history. After a check-in is saved,
 * the person may make an evaluation response for their program (mydata/Evaluation). Past
 * check-ins are listed below, each deleted with undo. Logic in ~/lib/stores/checkins and
 * ~/lib/stores/checkin-views.
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { agreeScale, checkInStatements } from '~/lib/checkins/statements';
import { formatDay } from '~/lib/format';
import { $checkInDue, $relationshipChoices } from '~/lib/stores/checkin-views';
import { checkInActions, checkIns } from '~/lib/stores/checkins';
import History from './checkin/History';
import Evaluation from './mydata/Evaluation';
import StorageNotices from './StorageNotices';
import StatusLine, { useStatus } from './ui/StatusLine';
import { withBoundary } from './ui/ErrorBoundary';

interface Props {
  locale: string;
  myDataHref: string;
  /** The program's cohort code for evaluation responses; "" when evaluation is not set up. */
  cohort: string;
}

function CheckInApp({ locale, myDataHref, cohort }: Props) {
  const due = useStore($checkInDue);
  const choices = useStore($relationshipChoices);
  const history = useStore(checkIns.$value).checkIns;
  const [relationship, setRelationship] = useState(choices.at(-1)?.id ?? 'agreement');
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState(false);
  const [status, say] = useStatus();
  const form = useRef<HTMLFormElement>(null);
  const chosen = choices.some((c) => c.id === relationship) ? relationship : choices[0]!.id;

  const save = (event: Event) => {
    event.preventDefault();
    if (Object.keys(answers).length === 0) {
      say('Choose an answer for at least one statement, or come back later.', 'error');
      return;
    }
    if (!checkInActions.save(chosen, answers)) {
      say(
        'Could not save the check-in: this browser did not store it. See the notice above.',
        'error',
      );
      return;
    }
    setAnswers({});
    setSaved(true);
    say('Check-in saved. Thank you: it stays on this device, in your history below.');
  };

  return (
    <div class="tool checkin">
      <StorageNotices locale={locale} myDataHref={myDataHref} />
      <p>
        {due.dueOn === null
          ? 'Check-ins start one month after you add a mentor to My network or start a mentoring agreement. You can check in any time.'
          : due.due
            ? 'A check-in is due now.'
            : `Your next check-in is due on ${formatDay(due.dueOn, locale)}. You can check in any time.`}
      </p>
      <form ref={form} onSubmit={save} aria-labelledby="checkin-form-title">
        <h2 id="checkin-form-title">How is your mentorship going?</h2>
        {choices.length > 1 && (
          <label class="field">
            <span>Which mentorship is this about?</span>
            <select
              value={chosen}
              onChange={(e) => setRelationship((e.target as HTMLSelectElement).value)}
            >
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {checkInStatements.map((statement) => (
          <fieldset class="item" key={statement.id}>
            <legend>{statement.text}</legend>
            <div class="options">
              {agreeScale.map((point) => (
                <label class="option" key={point.value}>
                  <input
                    type="radio"
                    name={statement.id}
                    value={String(point.value)}
                    checked={answers[statement.id] === point.value}
                    onChange={() => setAnswers({ ...answers, [statement.id]: point.value })}
                  />
                  <span>{point.label}</span>
                </label>
              ))}
              <label class="option option--unsure">
                <input
                  type="radio"
                  name={statement.id}
                  value="skip"
                  checked={answers[statement.id] === undefined}
                  onChange={() => {
                    const { [statement.id]: _skipped, ...rest } = answers;
                    setAnswers(rest);
                  }}
                />
                <span>Skip</span>
              </label>
            </div>
          </fieldset>
        ))}
        <button type="submit" class="button">
          Save my check-in
        </button>
        <StatusLine message={status.text} tone={status.tone} />
      </form>
      {saved && <Evaluation cohort={cohort} level={2} />}
      <History locale={locale} entries={history} />
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(CheckInApp);
