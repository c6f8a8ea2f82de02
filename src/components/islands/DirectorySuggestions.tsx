/**
 * The directory's "Suggested for you": mentors who match the person's needs (from "What do I
 * need from a mentor?") and interests, worked out on the device over the whole index.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { pluralCount } from '~/i18n/plural';
import { parseInterests, rankSuggestions, type Need } from '~/lib/mentors/match';
import { latestNeeds, type NeedAreas } from '~/lib/mentors/needs';
import { describeNeeds } from '~/lib/mentors/reasons';
import type { IndexMentor } from '~/lib/schemas/directory-index';
import { assessments, latestAttempts } from '~/lib/stores/assessments';
import { matching, setInterests } from '~/lib/stores/network';
import MentorCard from './MentorCard';
import StatusLine, { useStatus } from './ui/StatusLine';

/** Stable empty lists, so suggestions are worked out again only when something changed. */
const none: string[] = [];
const noNeeds: Need[] = [];

interface Props {
  /** Every mentor, once the index has loaded. */
  mentors: IndexMentor[] | null;
  /** Needs instruments' domains that map to help areas: instrument id -> domain id -> need. */
  needAreas: Record<string, NeedAreas>;
  /** Link to the needs self-assessment. */
  needsHref: string;
  href: (slug: string) => string;
  hydrated: boolean;
  locale: string;
  /** Asks for the directory index (suggestions need every mentor). */
  want: () => void;
}

export default function DirectorySuggestions({
  mentors,
  needAreas,
  needsHref,
  href,
  hydrated,
  locale,
  want,
}: Props) {
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
