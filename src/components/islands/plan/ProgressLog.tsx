/**
 * A goal's progress log: what was done and learned, by date, and a form to add an entry, opened
 * on demand ("Write a log entry") so the goal reads as text first.
 */
import { formatShortDay } from '~/lib/format';
import { planLimits, type Goal } from '~/lib/schemas/plan';
import { actions } from '~/lib/stores/plan-actions';
import EntryDate from '../ui/EntryDate';
import TextFields from '../ui/TextFields';
import AddForm from './AddForm';

/** The two text boxes of a log entry; each one's id is `log-${key}`. */
const logFields = [
  { key: 'did', label: 'What I did', rows: 2, maxLength: planLimits.did },
  { key: 'learned', label: 'What I learned', rows: 2, maxLength: planLimits.learned },
] as const;

interface Props {
  goal: Goal;
  todayDate: string;
  locale: string;
  /** Whether the form to add an entry is open. */
  writing: boolean;
  /** Opens or closes the form; without it (a goal deleted elsewhere), no form. */
  onWrite?: ((writing: boolean) => void) | undefined;
}

export default function ProgressLog({ goal, todayDate, locale, writing, onWrite }: Props) {
  return (
    <section aria-labelledby="log-title">
      <h3 id="log-title">Progress log</h3>
      {goal.log.length === 0 ? (
        <p class="muted">
          Nothing logged yet. After each step, write what you did and what you learned.
        </p>
      ) : (
        <ul class="log">
          {goal.log.map((item) => (
            <li key={item.id}>
              <strong>{formatShortDay(item.date, locale)}:</strong> <bdi>{item.did}</bdi>
              {item.learned && (
                <span class="muted">
                  {' '}
                  Learned: <bdi>{item.learned}</bdi>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {onWrite && !writing && (
        <p>
          <button
            type="button"
            class="button button--quiet"
            aria-expanded="false"
            onClick={() => {
              onWrite(true);
              // The button gives way to the form: the person goes on typing in it.
              requestAnimationFrame(() => document.getElementById('log-did')?.focus());
            }}
          >
            Write a log entry
          </button>
        </p>
      )}
      {onWrite && writing && (
        <AddForm
          blank={{ date: todayDate, did: '', learned: '' }}
          button="Add to log"
          onAdd={(entry) => actions.addLog(goal.id, entry)}
        >
          {(entry, set) => (
            <>
              <EntryDate id="log-date" value={entry.date} onInput={(date) => set({ date })} />
              <TextFields prefix="log-" fields={logFields} values={entry} onChange={set} />
            </>
          )}
        </AddForm>
      )}
    </section>
  );
}
