/** One mentor in the directory list: who they are, what they help with, whether they have room. */
import type { IndexMentor } from '~/lib/schemas/directory-index';
import {
  availabilityLabels,
  fieldLabels,
  formatLabels,
  helpAreaLabels,
  initials,
} from '~/lib/mentors/vocab';

/** The badge tone of each availability (the badge palette in global.css). */
const availabilityTone = { accepting: 'success', waitlist: 'warning', full: 'danger' } as const;

interface Props {
  mentor: IndexMentor;
  href: string;
  /** Why the mentor is suggested, when the card is a suggestion. */
  reasons?: string[];
}

export default function MentorCard({ mentor: m, href, reasons }: Props) {
  return (
    <article class="mentor-card" aria-labelledby={`m-${m.slug}${reasons ? '-s' : ''}`}>
      {m.photo ? (
        <img src={m.photo.src} width={96} height={96} alt="" loading="lazy" decoding="async" />
      ) : (
        <span class="mentor-initials" aria-hidden="true">
          {initials(m.name)}
        </span>
      )}
      <div>
        <h3 id={`m-${m.slug}${reasons ? '-s' : ''}`}>
          <a href={href}>{m.name}</a>
          {m.pronouns && <span class="muted small"> ({m.pronouns})</span>}
        </h3>
        <p class="small">
          {m.role}. {m.profession}, {m.specialty}. {m.institution}
        </p>
        {reasons && (
          <ul class="reasons">
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        <p class="small">
          <span class="visually-hidden">Helps with: </span>
          {m.helpAreas.map((a) => (
            <span class="badge" key={a}>
              {helpAreaLabels[a]}
            </span>
          ))}
        </p>
        <p class="small">
          <span class="muted">{fieldLabels.languages}:</span> {m.languages.join(', ')}
        </p>
        {m.affinityGroups.length > 0 && (
          <p class="small">
            <span class="muted">{fieldLabels.affinityGroups}:</span> {m.affinityGroups.join(', ')}
          </p>
        )}
        <p class="small muted">
          {m.formats.map((f) => formatLabels[f]).join(', ')} ·{' '}
          <span class={`badge badge--${availabilityTone[m.availability]}`}>
            {availabilityLabels[m.availability]}
          </span>
          {m.sample && (
            <>
              {' '}
              <span class="badge badge--info">Sample mentor</span>
            </>
          )}
        </p>
      </div>
    </article>
  );
}
