/**
 * The areas of one band (or those with not enough to go on), each with "Make this a goal": one
 * line per area (name, band, score) that opens on what it means (always open on paper).
 */
import type { AreaView } from '~/lib/stores/assessment-views';

interface Props {
  id: string;
  heading: string;
  areas: readonly AreaView[];
  /** The goal link for an area, when the site has the planner. */
  goalHref: ((area: AreaView) => string) | null;
}

export default function Band({ id, heading, areas, goalHref }: Props) {
  return (
    <section aria-labelledby={`band-${id}`} class="end">
      <h2 id={`band-${id}`}>{heading}</h2>
      <ul class="end-list">
        {areas.map((area) => (
          <li key={area.id}>
            <details>
              <summary>
                <strong>{area.name}</strong>{' '}
                <span class="muted">
                  ({area.label.toLowerCase()}
                  {area.score === null ? '' : `, ${area.score} of 100`})
                </span>
                .
              </summary>{' '}
              <span>{area.text}</span>
            </details>{' '}
            {goalHref && area.goal && (
              <a
                class="button button--quiet button--small make-goal"
                aria-label={`Make this a goal: ${area.name}`}
                href={goalHref(area)}
              >
                Make this a goal
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
