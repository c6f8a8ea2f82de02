/**
 * The mentor directory: suggestions from the person's own needs and interests, fuzzy search and
 * filters. The server renders the first cards (a bounded first view at any directory size);
 * once the island runs it fetches the directory index once (/mentors/index.json, kept by the
 * service worker for offline use) and the controls work over every mentor, a page of cards at
 * a time. Nothing typed here leaves the device.
 */
import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { pluralCount } from '~/i18n/plural';
import { formatNumber } from '~/lib/format';
import { PAGE_SIZE } from '~/lib/mentors/directory-index';
import {
  countFilters,
  facets as facetsOf,
  filterMentors,
  noFilters,
  type Facets,
  type FilterGroup,
  type MentorFilters,
} from '~/lib/mentors/filter';
import type { NeedAreas } from '~/lib/mentors/needs';
import type { IndexMentor } from '~/lib/schemas/directory-index';
import { createDirectory } from '~/lib/stores/directory';
import DirectorySuggestions from './DirectorySuggestions';
import FilterBoxes, { filterGroupTitles, labelOf } from './DirectoryFilterBoxes';
import MentorCard from './MentorCard';
import { useHydrated } from './useHydrated';
import QuietButton from './ui/QuietButton';
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

const mentorCount = { one: '{n} mentor', other: '{n} mentors' };

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
  // The index and its search live in a store (src/lib/stores/directory.ts); one per page.
  const [directory] = useState(() => createDirectory(indexUrl));
  const { want, retry, prepareSearch } = directory;
  const index = useStore(directory.$index);
  const wanted = useStore(directory.$wanted);
  const searcher = useStore(directory.$searcher);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const list = useRef<HTMLUListElement>(null);
  // Filters opened on a slow phone before the island ran: fetch the index now.
  const filtersBox = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (filtersBox.current?.open) want();
  }, [want]);
  const mentors = index?.ok ? index.mentors : first;
  const ready = hydrated && !!index?.ok;
  // The counts of the loaded index (the page's own are the same unless it came from a cache).
  const groups = useMemo(() => (index?.ok ? facetsOf(index.mentors) : facets), [index, facets]);
  // The index is the newer word when the page came from an older cache.
  const count = index?.ok ? index.mentors.length : total;

  // Typing before the index arrived, or without focusing first, builds the search at once.
  useEffect(() => {
    if (query.trim() && index?.ok) prepareSearch();
  }, [query, index, prepareSearch]);

  // Worked out while rendering: a keystroke is one render, not two.
  const hits = useMemo(
    () =>
      query.trim() && index?.ok && searcher?.of === index.mentors ? searcher.search(query) : null,
    [query, index, searcher],
  );

  const bySlug = useMemo(() => new Map(mentors.map((m) => [m.slug, m])), [mentors]);
  const shown = useMemo(() => {
    let base = mentors;
    if (hits) {
      base = [];
      for (const slug of hits) {
        const mentor = bySlug.get(slug);
        if (mentor) base.push(mentor);
      }
    }
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

  // A new search or filter starts again at the first page (set here, not in an effect: one
  // render per keystroke or tick, not two).
  const toggle = useCallback((group: FilterGroup, value: string, on: boolean) => {
    setLimit(PAGE_SIZE);
    setFilters((f) => ({
      ...f,
      [group]: on ? [...f[group], value] : (f[group] as string[]).filter((v) => v !== value),
    }));
  }, []);

  const chosen = countFilters(filters);
  const href = useMemo(() => (slug: string) => `${profileBase}${slug}/`, [profileBase]);

  // The same element while nothing it shows has changed, so Preact skips it: a keystroke redraws
  // the count and the cards, not the suggestions and every filter box (a slowed phone has 50 ms).
  const mentorsLoaded = index?.ok ? index.mentors : null;
  const suggestions = useMemo(
    () => (
      <DirectorySuggestions
        mentors={mentorsLoaded}
        needAreas={needAreas}
        needsHref={needsHref}
        href={href}
        hydrated={hydrated}
        locale={locale}
        want={want}
      />
    ),
    [mentorsLoaded, needAreas, needsHref, href, hydrated, locale, want],
  );
  const boxes = useMemo(
    () => <FilterBoxes facets={groups} filters={filters} ready={ready} toggle={toggle} />,
    [groups, filters, ready, toggle],
  );

  return (
    <div class="directory">
      {suggestions}
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
        <details class="filters" ref={filtersBox} onToggle={want}>
          <summary>Filters{chosen > 0 ? ` (${chosen} active)` : ''}</summary>
          <p class="small muted">
            Mentors must match every group you use; within a group, any ticked box will do.
            {wanted && !index && ' Loading the full directory…'}
          </p>
          {boxes}
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
          <button class="button" type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {/* What is filtered on stays in view with the filters folded, and is cleared in one tap. */}
      {chosen > 0 && (
        <p class="active-filters small">
          <span class="muted">Filtering by:</span>{' '}
          {(Object.keys(filterGroupTitles) as FilterGroup[])
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

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(MentorDirectory);
