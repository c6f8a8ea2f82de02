/**
 * The other person's expectations next to the person's own, topic by topic: both answers, a
 * word (not only a color) for Agree or Differ, how they differ and conversation starters.
 * Theirs is read-only; "Use their answer for this topic" is the only way anything of theirs is
 * saved, one topic at a time, with an undo. Loaded when a file or link is first opened.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo } from 'preact/hooks';
import { compareExpectations, type TopicComparison } from '~/lib/expectations/compare';
import type { ExpectationsFile } from '~/lib/schemas/expectations-file';
import { expectations } from '~/lib/stores/expectations';
import { expectationActions } from '~/lib/stores/expectations-actions';
import { offerUndo } from '~/lib/stores/undo';
import StatusLine, { useStatus } from '../ui/StatusLine';

interface Props {
  theirs: ExpectationsFile;
  onClose: () => void;
}

const marks: Record<TopicComparison['status'], { sign: string; word: string }> = {
  agree: { sign: '✓', word: 'Agree' },
  differ: { sign: '≠', word: 'Differ' },
  'only-you': { sign: '?', word: 'Only you answered' },
  'only-them': { sign: '?', word: 'Only they answered' },
  neither: { sign: '–', word: 'Neither answered' },
};

export default function ExpectationsCompare({ theirs, onClose }: Props) {
  const value = useStore(expectations.$value);
  const [status, say] = useStatus();
  const rows = useMemo(
    () => compareExpectations(value.answers, theirs.answers),
    [value.answers, theirs],
  );
  const them = `Your ${theirs.role}`;
  // Opened from a file, a link or a paste: the person (and a screen reader) lands on it.
  useEffect(() => document.getElementById('compare-title')?.focus(), [theirs]);
  const agreed = rows.filter((r) => r.status === 'agree').length;
  const differ = rows.filter((r) => r.status === 'differ').length;

  const takeTheirs = (row: TopicComparison) => {
    const choices = theirs.answers[row.topic.id]?.choices ?? [];
    const undo = expectationActions.useTheirs(row.topic.id, choices);
    if (!undo) return say('Not saved. See the notice at the top of the page.', 'error');
    say(`Your answer for “${row.topic.title}” is now theirs.`);
    offerUndo({
      message: `Used their answer for “${row.topic.title}”.`,
      restored: `Your own answer for “${row.topic.title}” is back.`,
      undo,
    });
    document.getElementById(`compare-${row.topic.id}`)?.focus();
  };

  const note = (text: string | undefined, topicPrivate: boolean | undefined) =>
    !topicPrivate && text?.trim() ? (
      <span class="expect-note" dir="auto">
        Note: {text}
      </span>
    ) : null;

  return (
    <article class="expect-compare" aria-labelledby="compare-title">
      <h3 id="compare-title" tabIndex={-1}>
        Side by side: you and {them.toLowerCase()}
        {theirs.firstName && (
          <>
            {' '}
            (<bdi>{theirs.firstName}</bdi>)
          </>
        )}
      </h3>
      <p>
        You agree on {agreed} of {rows.length} topics and differ on {differ}. Theirs is shown from
        the file or link only; it is not saved anywhere.
      </p>
      {value.role && value.role === theirs.role && (
        <p class="notice">
          These expectations are also from a {theirs.role}: check that you opened the other person’s
          file, not your own.
        </p>
      )}
      <p class="actions no-print">
        <button type="button" class="button" onClick={() => print()}>
          Print the comparison
        </button>
        <button type="button" class="button button--quiet" onClick={onClose}>
          Close the comparison
        </button>
      </p>
      <StatusLine message={status.text} tone={status.tone} />
      {rows.map((row) => {
        const mark = marks[row.status];
        const canTake = row.status === 'differ' || row.status === 'only-them';
        return (
          <section
            key={row.topic.id}
            class={`expect-topic expect-topic--${row.status}`}
            aria-labelledby={`compare-${row.topic.id}`}
          >
            <h4 id={`compare-${row.topic.id}`} tabIndex={-1}>
              {row.topic.title}
            </h4>
            <p class="expect-mark">
              <span aria-hidden="true">{mark.sign}</span> <strong>{mark.word}</strong>
            </p>
            <dl class="expect-sides">
              <div>
                <dt>You</dt>
                <dd>
                  {row.mine.length ? row.mine.join('; ') : 'Not answered'}{' '}
                  {note(value.answers[row.topic.id]?.note, row.topic.notePrivate)}
                </dd>
              </div>
              <div>
                <dt>{them}</dt>
                <dd>
                  {row.theirs.length ? row.theirs.join('; ') : 'Not answered'}{' '}
                  {note(theirs.answers[row.topic.id]?.note, row.topic.notePrivate)}
                </dd>
              </div>
            </dl>
            {row.how && <p>{row.how}</p>}
            {row.starters.length > 0 && (
              <>
                <p class="expect-starters-title">Conversation starters</p>
                <ul class="expect-starters">
                  {row.starters.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </>
            )}
            {canTake && (
              <p class="no-print">
                <button
                  type="button"
                  class="button button--quiet button--small"
                  aria-label={`Use their answer for this topic: ${row.topic.title}`}
                  onClick={() => takeTheirs(row)}
                >
                  Use their answer for this topic
                </button>
              </p>
            )}
          </section>
        );
      })}
    </article>
  );
}
