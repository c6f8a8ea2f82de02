/** A goal's progress log: what was done and learned, by date, and a form to add an entry. */
import { useState } from 'preact/hooks';
import { formatShortDay } from '~/lib/format';
import { planLimits, type Goal } from '~/lib/schemas/plan';
import { actions } from '~/lib/stores/plan-actions';
import DateField from '../ui/DateField';
import TextField from '../ui/TextField';

/** The two text boxes of a log entry; each one's id is `log-${key}`. */
const logFields = [
  { key: 'did', label: 'What I did' },
  { key: 'learned', label: 'What I learned' },
] as const;

interface Props {
  goal: Goal;
  todayDate: string;
  locale: string;
}

export default function ProgressLog({ goal, todayDate, locale }: Props) {
  const blank = { date: todayDate, did: '', learned: '' };
  const [entry, setEntry] = useState(blank);
  const add = (event: Event) => {
    event.preventDefault();
    actions.addLog(goal.id, entry);
    setEntry(blank);
  };

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
      <form class="inline-form" onSubmit={add}>
        <DateField
          id="log-date"
          label="Date"
          required
          value={entry.date}
          onInput={(date) => setEntry({ ...entry, date: date ?? '' })}
        />
        {logFields.map(({ key, label }) => (
          <TextField
            key={key}
            id={`log-${key}`}
            label={label}
            rows={2}
            maxLength={planLimits[key]}
            value={entry[key]}
            onInput={(text) => setEntry({ ...entry, [key]: text })}
          />
        ))}
        <button type="submit" class="button button--quiet">
          Add to log
        </button>
      </form>
    </section>
  );
}
