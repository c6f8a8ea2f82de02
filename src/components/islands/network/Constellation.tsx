/**
 * The network at a glance: a picture of the places around "You", each with how many people
 * fill it, a table after it that carries the same information with the names, and prompts for
 * who is missing. The picture's text is drawn large enough to read at 14 px on a 320 px phone.
 */
import { plural } from '~/i18n/plural';
import { SIZE } from '~/lib/network/constellation';
import { groupLabels, networkPrompts } from '~/lib/network/groups';
import type { NetworkView } from '~/lib/stores/network-views';

interface Props {
  view: NetworkView;
  /** The networking guide, unless the school hides its track. */
  guideHref: string | null;
  locale: string;
}

export default function Constellation({ view, guideHref, locale }: Props) {
  return (
    <>
      <section aria-labelledby="at-a-glance">
        <h2 id="at-a-glance">Your network at a glance</h2>
        <Diagram view={view} locale={locale} />
        <div class="table-scroll">
          <table class="data-table network-table">
            <caption>People in my network, by place</caption>
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

/** How many people a place holds, in words short enough for the picture. */
const howMany = (locale: string, n: number) =>
  n === 0 ? 'nobody yet' : plural(locale, n, { one: '{n} person', other: '{n} people' });

function Diagram({ view, locale }: { view: NetworkView; locale: string }) {
  const c = SIZE / 2;
  return (
    <figure class="constellation">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby="glance-title">
        <title id="glance-title">{view.summary}</title>
        {view.sectors.map((s) =>
          [...s.people, ...(s.morePoint ? [s.morePoint] : [])].map((p, i) => (
            <line key={`${s.group}-l${i}`} x1={c} y1={c} x2={p.x} y2={p.y} class="c-line" />
          )),
        )}
        <circle cx={c} cy={c} r={30} class="c-you" />
        <text x={c} y={c + 7} text-anchor="middle" class="c-you-label">
          You
        </text>
        {view.sectors.map((s) => (
          <g key={s.group} class={`c-group c-group--${s.group}`}>
            <text x={s.label.x} y={s.label.y - 4} text-anchor="middle" class="c-group-label">
              {groupLabels[s.group]}
            </text>
            <text x={s.label.x} y={s.label.y + 20} text-anchor="middle" class="c-count">
              {howMany(locale, s.people.length + s.more)}
            </text>
            {s.people.map((p) => (
              <circle key={p.id} cx={p.x} cy={p.y} r={8} class="c-person" />
            ))}
            {s.morePoint && (
              <text x={s.morePoint.x} y={s.morePoint.y + 7} text-anchor="middle" class="c-more">
                +{s.more}
              </text>
            )}
          </g>
        ))}
      </svg>
    </figure>
  );
}
