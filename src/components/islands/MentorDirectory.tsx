/**
 * The mentor directory: suggestions from the person's own needs and interests, fuzzy search and
 * filters. The server renders the first cards (a bounded first view at any directory size);
 * once the island runs it fetches the directory index once (/mentors/index.json, kept by the
 * service worker for offline use) and the controls work over every mentor, a page of cards at
 * a time. Nothing typed here leaves the device.
 */
import { useStore } from '@nanostores/preact';
import { pluralCount } from '~/i18n/plural';
import { formatNumber } from '~/lib/format';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  countFilters,
  facets as facetsOf,
  filterMentors,
  noFilters,
  type Facets,
  type FilterGroup,
  type MentorFilters,
} from '~/lib/mentors/filter';
import { loadIndex, PAGE_SIZE, type IndexResult } from '~/lib/mentors/directory-index';
import { parseInterests, rankSuggestions, type Need } from '~/lib/mentors/match';
import { latestNeeds, type NeedAreas } from '~/lib/mentors/needs';
import { describeNeeds } from '~/lib/mentors/reasons';
import { availabilityLabels, formatLabels, helpAreaLabels } from '~/lib/mentors/vocab';
import type { IndexMentor } from '~/lib/schemas/directory-index';
import { assessments, latestAttempts } from '~/lib/stores/assessments';
import { matching, setInterests } from '~/lib/stores/network';
import MentorCard from './MentorCard';
import { useHydrated } from './useHydrated';
import QuietButton from './ui/QuietButton';
import StatusLine, { useStatus } from './ui/StatusLine';
import { withBoundary } from './ui/ErrorBoundary';

interface Props {
  /** The first page of mentors by name, rendered on the server. */
  first: IndexMentor[];
  /** How many mentors the directory holds. */
  total: number;
  /** Every filter group's options with counts, over the whole directory. */
  facets: Facets;
  /** The directory index to fetch: /mentors/index.json under the base path. */
  indexUrl: string;
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
/** Stable empty lists, so suggestions are worked out again only when something changed. */
const none: string[] = [];
const noNeeds: Need[] = [];

function MentorDirectory({
  first,
  total,
  facets,
  indexUrl,
  needAreas,
  needsHref,
  profileBase,
  locale,
}: Props) {
  const hydrated = useHydrated();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<MentorFilters>(noFilters);
  const [index, setIndex] = useState<IndexResult | null>(null);
  const [attempt, setAttempt] = useState(0);
  // The index is fetched once the person uses the directory (searches, filters, asks for more,
  // or has needs or interests to suggest from), so a first visit costs the same at any size.
  const [wanted, setWanted] = useState(false);
  const want = useCallback(() => setWanted(true), []);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const list = useRef<HTMLUListElement>(null);
  const mentors = index?.ok ? index.mentors : first;
  const ready = hydrated && !!index?.ok;
  // The counts of the loaded index (the page's own are the same unless it came from a cache).
  const groups = useMemo(() => (index?.ok ? facetsOf(index.mentors) : facets), [index, facets]);
  // The index is the newer word when the page came from an older cache.
  const count = index?.ok ? index.mentors.length : total;

  // The whole directory, fetched once (again only when "Try again" is chosen).
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadIndex(indexUrl).then((result) => {
      if (live) setIndex(result);
    });
    return () => {
      live = false;
    };
  }, [indexUrl, attempt, wanted]);

  const building = useRef<{ of: IndexMentor[]; search: Promise<(q: string) => string[]> } | null>(
    null,
  );
  const [searcher, setSearcher] = useState<{
    of: IndexMentor[];
    search: (q: string) => string[];
  } | null>(null);
  /**
   * The search (a word index and the typo matcher it loads) is built when the search box is
   * first focused, so the page loads no more than it needs and keystrokes do not wait for it.
   */
  const prepareSearch = useCallback(() => {
    if (!index?.ok) return;
    const { mentors: of } = index;
    if (building.current?.of === of) return;
    const search = import('~/lib/search/mentors').then((m) => m.createMentorSearch(of));
    building.current = { of, search };
    void search.then((fn) => {
      if (building.current?.of === of) setSearcher({ of, search: fn });
    });
  }, [index]);
  // Typing before the index arrived, or without focusing first, builds it too.
  useEffect(() => {
    if (query.trim()) prepareSearch();
  }, [query, prepareSearch]);

  // Worked out while rendering: a keystroke is one render, not two.
  const hits = useMemo(
    () =>
      query.trim() && index?.ok && searcher?.of === index.mentors ? searcher.search(query) : null,
    [query, index, searcher],
  );

  const bySlug = useMemo(() => new Map(mentors.map((m) => [m.slug, m])), [mentors]);
  const shown = useMemo(() => {
    const base = hits ? hits.flatMap((s) => bySlug.get(s) ?? []) : mentors;
    return filterMentors(base, filters);
  }, [mentors, bySlug, hits, filters]);

  /** Shows the next page and moves focus to its first card, so keyboard users go on from there. */
  const focusFrom = useRef<number | null>(null);
  const showMore = () => {
    want();
    focusFrom.current = limit;
    setLimit(limit + PAGE_SIZE);
  };
  // Once the next page is drawn (after the index arrived, the first time), focus its first card.
  useEffect(() => {
    const from = focusFrom.current;
    const link =
      from === null ? null : list.current?.querySelectorAll<HTMLElement>('li h3 a')[from];
    if (link) {
      focusFrom.current = null;
      link.focus();
    }
  }, [limit, shown]);

  const labelOf = (group: FilterGroup, value: string) => valueLabels[group]?.[value] ?? value;

  // A new search or filter starts again at the first page (set here, not in an effect: one
  // render per keystroke or tick, not two).
  const toggle = (group: FilterGroup, value: string, on: boolean) => {
    setLimit(PAGE_SIZE);
    setFilters((f) => ({
      ...f,
      [group]: on ? [...f[group], value] : (f[group] as string[]).filter((v) => v !== value),
    }));
  };

  const chosen = countFilters(filters);
  const href = (slug: string) => `${profileBase}${slug}/`;

  return (
    <div class="directory">
      <Suggestions
        mentors={index?.ok ? index.mentors : null}
        needAreas={needAreas}
        needsHref={needsHref}
        href={href}
        hydrated={hydrated}
        locale={locale}
        want={want}
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
            onFocus={() => {
              want();
              prepareSearch();
            }}
            onInput={(e) => {
              setLimit(PAGE_SIZE);
              setQuery(e.currentTarget.value);
            }}
          />
        </div>
        {/* One compact toggle: on a phone the first mentor card stays near the top. */}
        <details class="filters" onToggle={want}>
          <summary>Filters{chosen > 0 ? ` (${chosen} active)` : ''}</summary>
          <p class="small muted">
            Mentors must match every group you use; within a group, any ticked box will do.
            {wanted && !index && ' Loading the full directory…'}
          </p>
          {(Object.keys(groupTitles) as FilterGroup[]).map((group) => (
            <fieldset key={group}>
              <legend>{groupTitles[group]}</legend>
              {groups[group].map(({ value, count }) => (
                <label class="choice" key={value}>
                  <input
                    type="checkbox"
                    disabled={!ready}
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
        {!index?.ok || shown.length === count
          ? `${pluralCount(locale, count, mentorCount)} in the directory`
          : `${pluralCount(locale, shown.length, mentorCount)} of ${formatNumber(count, locale)} match`}
      </p>
      {index && !index.ok && (
        <div class="notice notice--warning" role="alert">
          <p>
            {index.reason === 'offline'
              ? `The full directory could not be loaded: this device seems to be offline. The first ${formatNumber(first.length, locale)} mentors by name are shown; search and filters work once the directory has loaded.`
              : `The full directory could not be read. The first ${formatNumber(first.length, locale)} mentors by name are shown; reloading the page usually fixes this.`}
          </p>
          <button class="button" type="button" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}
      {/* What is filtered on stays in view with the filters folded, and is cleared in one tap. */}
      {chosen > 0 && (
        <p class="active-filters small">
          <span class="muted">Filtering by:</span>{' '}
          {(Object.keys(groupTitles) as FilterGroup[])
            .flatMap((group) => (filters[group] as string[]).map((v) => labelOf(group, v)))
            .join(', ')}{' '}
          <QuietButton
            onClick={() => {
              setLimit(PAGE_SIZE);
              setFilters(noFilters);
            }}
          >
            Clear filters
          </QuietButton>
        </p>
      )}
      {shown.length === 0 ? (
        <p>
          No mentor matches. Try fewer filters or another spelling, or ask your program lead who
          else could help.
        </p>
      ) : (
        <>
          <ul class="mentor-list" aria-labelledby="all-mentors" ref={list}>
            {shown.slice(0, limit).map((m) => (
              <li key={m.slug}>
                <MentorCard mentor={m} href={href(m.slug)} />
              </li>
            ))}
          </ul>
          {/* Without JavaScript: the first page, and where the rest is. */}
          {!hydrated && total > first.length && (
            <noscript>
              <p>
                The first {formatNumber(first.length, locale)} of {formatNumber(total, locale)}{' '}
                mentors are shown. Search, filters and the rest of the list need JavaScript, which
                is off in this browser.
              </p>
            </noscript>
          )}
          {(index?.ok ? shown.length : count) > limit && (
            <p class="show-more needs-js">
              <button class="button" type="button" onClick={showMore} disabled={!hydrated}>
                Show{' '}
                {formatNumber(
                  Math.min(PAGE_SIZE, (index?.ok ? shown.length : count) - limit),
                  locale,
                )}{' '}
                more
              </button>{' '}
              <span class="small muted">
                {formatNumber(limit, locale)} of{' '}
                {formatNumber(index?.ok ? shown.length : count, locale)} shown
              </span>
            </p>
          )}
        </>
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
  locale,
  want,
}: Pick<Props, 'needAreas' | 'needsHref' | 'locale'> & {
  /** Every mentor, once the index has loaded. */
  mentors: IndexMentor[] | null;
  href: (slug: string) => string;
  hydrated: boolean;
  /** Asks for the directory index (suggestions need every mentor). */
  want: () => void;
}) {
  const state = useStore(assessments.$value);
  const stored = useStore(matching.$value).interests;
  const saved = hydrated ? stored : none;
  const [text, setText] = useState('');
  const [status, say] = useStatus();
  const savedText = saved.join(', ');
  useEffect(() => setText(savedText), [savedText]);

  // On the server and before the island starts, nothing stored is read: the box is laid out
  // the same, so nothing below it moves when it fills in.
  const taken = useMemo(
    () => (hydrated ? latestNeeds(latestAttempts(state), needAreas) : null),
    [hydrated, state, needAreas],
  );
  const needs = taken ?? noNeeds;
  // Someone with needs or interests to match comes for suggestions: fetch every mentor at once.
  useEffect(() => {
    if (needs.length > 0 || saved.length > 0) want();
  }, [needs, saved, want]);
  const { suggestions, more } = useMemo(
    () => (mentors ? rankSuggestions(mentors, needs, saved) : { suggestions: [], more: 0 }),
    [mentors, needs, saved],
  );
  const bySlug = useMemo(() => new Map((mentors ?? []).map((m) => [m.slug, m])), [mentors]);
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
        <details class="add-interests" open={saved.length > 0} onToggle={want}>
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
        (needs.length > 0 || saved.length > 0) &&
        (mentors ? (
          <p>No mentor who has room matches yet. Browse the full list below.</p>
        ) : (
          <p class="muted">Finding the mentors who match…</p>
        ))
      )}
      {more > 0 && (
        <p>
          {pluralCount(locale, more, {
            one: '{n} more mentor matches as well: search or filter the list below to find them.',
            other: '{n} more mentors match as well: search or filter the list below to find them.',
          })}
        </p>
      )}
      <p class="small muted">Worked out on this device; nothing is sent anywhere.</p>
    </section>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(MentorDirectory);
