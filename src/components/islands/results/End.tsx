/** One end of the results (strengths, or growth areas), each area with "Make this a goal". */
import type { EndItem } from '~/lib/stores/assessment-views';

interface Props {
  side: 'high' | 'low';
  title: string;
  items: readonly EndItem[];
  /** The goal link for an area, when the site has the planner. */
  goalHref: ((id: string) => string) | null;
}

export default function End({ side, title, items, goalHref }: Props) {
  return (
    <section aria-labelledby={`end-${side}`} class="end">
      <h2 id={`end-${side}`}>{title}</h2>
      {items.length === 0 ? (
        <p>None stands out this time.</p>
      ) : (
        <ul class="end-list">
          {items.map((item) => (
            <li key={item.id}>
              <strong>{item.name}</strong> ({item.score} of 100). {item.text}{' '}
              {goalHref && item.goal && (
                <a
                  class="button button--quiet button--small make-goal"
                  aria-label={`Make this a goal: ${item.name}`}
                  href={goalHref(item.id)}
                >
                  Make this a goal
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
