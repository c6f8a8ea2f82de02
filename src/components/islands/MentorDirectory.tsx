/**
 * The mentor directory: suggestions from the person's own needs and interests, fuzzy search and
 * filters. Server-rendered with every mentor listed, so without JavaScript it is the full list;
 * the controls appear once it runs. Nothing typed here leaves the device.
 */
import { useStore } from '@nanostores/preact';
import { pluralCount } from '~/i18n/plural';
import { formatNumber } from '~/lib/format';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  countFilters,
  facet,
  filterMentors,
  noFilters,
  type FilterGroup,
  type MentorFilters,
} from '~/lib/mentors/filter';
import { parseInterests, suggestMentors } from '~/lib/mentors/match';
import { latestNeeds, type NeedAreas } from '~/lib/mentors/needs';
import { describeNeeds } from '~/lib/mentors/reasons';
import { availabilityLabels, formatLabels, helpAreaLabels, helpAreas } from '~/lib/mentors/vocab';
import type { DirectoryMentor } from '~/lib/schemas/mentor';
import { createMentorSearch } from '~/lib/search/mentors';
import { assessments, latestAttempts } from '~/lib/stores/assessments';
import { matching, setInterests } from '~/lib/stores/network';
import MentorCard from './MentorCard';
import { useHydrated } from './useHydrated';
import QuietButton from './ui/QuietButton';
import StatusLine, { useStatus } from './ui/StatusLine';
import { withBoundary } from './ui/ErrorBoundary';

interface Props {
  mentors: DirectoryMentor[];
  /** Needs instruments' domains that map to help areas: instrument id -> domain id -> need. */
  needAreas: Record<string, NeedAreas>;
  /** Link to the needs self-assessment. */
  needsHref: string;
  /** Profile link prefix, e.g. "/mentors/". */
  profileBase: string;
  locale: string;
}

const groupTitles: Record<FilterGroup, string> = {
  helpAreas: 'Help with',
  specialties: 'Specialty',
  formats: 'Format',
  languages: 'Language',
  availability: 'Availability',
};

/** Labels of the fixed vocabularies; specialties and languages are shown as written. */
const valueLabels: Partial<Record<FilterGroup, Record<string, string>>> = {
  helpAreas: helpAreaLabels,
  formats: formatLabels,
  availability: availabilityLabels,
};

const mentorCount = { one: '{n} mentor', other: '{n} mentors' };

function MentorDirectory({ mentors, needAreas, needsHref, profileBase, locale }: Props) {
  const hydrated = useHydrated();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<MentorFilters>(noFilters);
  const [hits, setHits] = useState<string[] | null>(null);
  const search = useRef<((q: string) => string[]) | null>(null);

  useEffect(() => {
    if (!query.trim()) return setHits(null);
    let live = true;
    void (async () => {
      search.current ??= await createMentorSearch(mentors);
      if (live) setHits(search.current(query));
    })();
    return () => {
      live = false;
    };
  }, [query, mentors]);

  const shown = useMemo(() => {
    const bySlug = new Map(mentors.map((m) => [m.slug, m]));
    const base = hits ? hits.flatMap((s) => bySlug.get(s) ?? []) : mentors;
    return filterMentors(base, filters);
  }, [mentors, hits, filters]);

  const labelOf = (group: FilterGroup, value: string) => valueLabels[group]?.[value] ?? value;

  const options = (group: FilterGroup) =>
    group === 'helpAreas'
      ? helpAreas.map((value) => ({
          value,
          count: mentors.filter((m) => m.helpAreas.includes(value)).length,
        }))
      : facet(mentors, group);

  const toggle = (group: FilterGroup, value: string, on: boolean) =>
    setFilters((f) => ({
      ...f,
      [group]: on ? [...f[group], value] : (f[group] as string[]).filter((v) => v !== value),
    }));

  const chosen = countFilters(filters);
  const href = (slug: string) => `${profileBase}${slug}/`;

  return (
    <div class="directory">
      <Suggestions
        mentors={mentors}
        needAreas={needAreas}
        needsHref={needsHref}
        href={href}
        hydrated={hydrated}
      />
      <h2 id="all-mentors">All mentors</h2>
      <form class="directory-controls needs-js" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label htmlFor="mentor-query">Search mentors</label>
          <input
            id="mentor-query"
            type="search"
            disabled={!hydrated}
            autocomplete="off"
            value={query}
            placeholder="Name, specialty, interest, language"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        {/* One compact toggle: on a phone the first mentor card stays near the top. */}
        <details class="filters">
          <summary>Filters{chosen > 0 ? ` (${chosen} active)` : ''}</summary>
          <p class="small muted">
            Mentors must match every group you use; within a group, any ticked box will do.
          </p>
          {(Object.keys(groupTitles) as FilterGroup[]).map((group) => (
            <fieldset key={group}>
              <legend>{groupTitles[group]}</legend>
              {options(group).map(({ value, count }) => (
                <label class="choice" key={value}>
                  <input
                    type="checkbox"
                    checked={(filters[group] as string[]).includes(value)}
                    onChange={(e) => toggle(group, value, e.currentTarget.checked)}
                  />
                  <span>
                    {labelOf(group, value)} <span class="muted">({count})</span>
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </details>
      </form>
      <p class="result-count" role="status" aria-live="polite">
        {shown.length === mentors.length
          ? `${pluralCount(locale, mentors.length, mentorCount)} in the directory`
          : `${pluralCount(locale, shown.length, mentorCount)} of ${formatNumber(mentors.length, locale)} match`}
      </p>
      {/* What is filtered on stays in view with the filters folded, and is cleared in one tap. */}
      {chosen > 0 && (
        <p class="active-filters small">
          <span class="muted">Filtering by:</span>{' '}
          {(Object.keys(groupTitles) as FilterGroup[])
            .flatMap((group) => (filters[group] as string[]).map((v) => labelOf(group, v)))
            .join(', ')}{' '}
          <QuietButton onClick={() => setFilters(noFilters)}>Clear filters</QuietButton>
        </p>
      )}
      {shown.length === 0 ? (
        <p>
          No mentor matches. Try fewer filters or another spelling, or ask your program lead who
          else could help.
        </p>
      ) : (
        <ul class="mentor-list" aria-labelledby="all-mentors">
          {shown.map((m) => (
            <li key={m.slug}>
              <MentorCard mentor={m} href={href(m.slug)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Suggestions({
  mentors,
  needAreas,
  needsHref,
  href,
  hydrated,
}: Omit<Props, 'profileBase' | 'locale'> & { href: (slug: string) => string; hydrated: boolean }) {
  const state = useStore(assessments.$value);
  const stored = useStore(matching.$value).interests;
  const saved = hydrated ? stored : [];
  const [text, setText] = useState('');
  const [status, say] = useStatus();
  const savedText = saved.join(', ');
  useEffect(() => setText(savedText), [savedText]);

  // On the server and before the island starts, nothing stored is read: the box is laid out
  // the same, so nothing below it moves when it fills in.
  const taken = hydrated ? latestNeeds(latestAttempts(state), needAreas) : null;
  const needs = taken ?? [];
  const suggestions = suggestMentors(mentors, needs, saved);
  const bySlug = new Map(mentors.map((m) => [m.slug, m]));
  const form = (
    <>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          // The suggestions follow the interests either way; only a stored list is called saved.
          if (setInterests(parseInterests(text)))
            say('Suggestions updated. Your interests are saved.');
          else
            say(
              'Suggestions updated, but your interests are not saved on this device: the browser refused to store them.',
              'error',
            );
        }}
      >
        <div class="field">
          <label htmlFor="my-interests">My interests (separate with commas)</label>
          <input
            id="my-interests"
            value={text}
            disabled={!hydrated}
            maxLength={400}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <button class="button" type="submit" disabled={!hydrated}>
          Update suggestions
        </button>
      </form>
      <StatusLine message={status.text} tone={status.tone} />
    </>
  );

  return (
    <section class="suggestions needs-js" aria-labelledby="suggested">
      <h2 id="suggested">Suggested for you</h2>
      {!taken && (
        <p>
          <a href={needsHref}>Take “What do I need from a mentor?”</a> to see mentors who match your
          needs, or add your interests.
        </p>
      )}
      {taken && needs.length === 0 && (
        <p>
          Your answers to “What do I need from a mentor?” say your needs are met for now. Add your
          interests below to find someone to talk to.
        </p>
      )}
      {needs.length > 0 && <p>Your needs: {describeNeeds(needs)}.</p>}
      {/* Before any answers or interests, adding interests is one tap away, not a form in the way. */}
      {needs.length > 0 ? (
        form
      ) : (
        <details class="add-interests" open={saved.length > 0}>
          <summary>Add my interests</summary>
          {form}
        </details>
      )}
      {suggestions.length > 0 ? (
        <ol class="mentor-list" aria-label="Suggested mentors">
          {suggestions.map((s) => {
            const m = bySlug.get(s.slug);
            return (
              m && (
                <li key={s.slug}>
                  <MentorCard mentor={m} href={href(s.slug)} reasons={s.reasons} />
                </li>
              )
            );
          })}
        </ol>
      ) : (
        (needs.length > 0 || saved.length > 0) && (
          <p>No mentor who has room matches yet. Browse the full list below.</p>
        )
      )}
      <p class="small muted">Worked out on this device; nothing is sent anywhere.</p>
    </section>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(MentorDirectory);
