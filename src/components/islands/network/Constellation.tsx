/**
 * The constellation as a picture, with a table after it that carries the same information, and
 * prompts for who is missing.
 */
import { SIZE } from '~/lib/network/constellation';
import { groupLabels, networkPrompts } from '~/lib/network/groups';
import type { NetworkView } from '~/lib/stores/network-views';

interface Props {
  view: NetworkView;
  /** The networking guide, unless the school hides its track. */
  guideHref: string | null;
}

export default function Constellation({ view, guideHref }: Props) {
  return (
    <>
      <section aria-labelledby="constellation">
        <h2 id="constellation">My constellation</h2>
        <Diagram view={view} />
        <div class="table-scroll">
          <table class="data-table">
            <caption>People in my constellation, by place</caption>
            <thead>
              <tr>
                <th scope="col">Place</th>
                <th scope="col">People</th>
              </tr>
            </thead>
            <tbody>
              {view.groups.map(({ group, label, people }) => (
                <tr key={group}>
                  <th scope="row">{label}</th>
                  <td>
                    {people.length === 0
                      ? 'Nobody yet'
                      : people.map((p, i) => (
                          <span key={p.contact.id}>
                            {i > 0 && ', '}
                            <bdi>{p.contact.name}</bdi>
                          </span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="prompts">
        <h2 id="prompts">Who is missing?</h2>
        <ul>
          {[...view.missing, ...networkPrompts].map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        {guideHref && (
          <p class="small">
            More in <a href={guideHref}>Networking: building your professional network</a>.
          </p>
        )}
      </section>
    </>
  );
}

function Diagram({ view }: { view: NetworkView }) {
  const c = SIZE / 2;
  return (
    <figure class="constellation">
      <svg
        viewBox={`-110 -8 ${SIZE + 220} ${SIZE + 36}`}
        role="img"
        aria-labelledby="constellation-title"
      >
        <title id="constellation-title">{view.summary}</title>
        {view.sectors.map((s) =>
          [...s.people, ...(s.morePoint ? [s.morePoint] : [])].map((p, i) => (
            <line key={`${s.group}-l${i}`} x1={c} y1={c} x2={p.x} y2={p.y} class="c-line" />
          )),
        )}
        <circle cx={c} cy={c} r={34} class="c-you" />
        <text x={c} y={c + 6} text-anchor="middle" class="c-you-label">
          You
        </text>
        {view.sectors.map((s) => (
          <g key={s.group} class={`c-group c-group--${s.group}`}>
            <text x={s.label.x} y={s.label.y} text-anchor={s.label.anchor} class="c-group-label">
              {groupLabels[s.group]}
            </text>
            {s.people.map((p) => (
              <g key={p.id}>
                <circle cx={p.x} cy={p.y} r={9} class="c-person" />
                <text x={p.x} y={p.y + 28} text-anchor="middle" class="c-name">
                  {p.name.length > 16 ? `${p.name.slice(0, 15)}…` : p.name}
                </text>
              </g>
            ))}
            {s.morePoint && (
              <text x={s.morePoint.x} y={s.morePoint.y + 4} text-anchor="middle" class="c-name">
                +{s.more} more
              </text>
            )}
            {s.people.length === 0 && !s.morePoint && (
              <circle cx={s.label.x} cy={s.label.y + 18} r={6} class="c-empty" />
            )}
          </g>
        ))}
      </svg>
    </figure>
  );
}
