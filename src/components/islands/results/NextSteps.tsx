/**
 * What to do next: kinds of mentoring, guides, the person's notes, prompts, print, retake, and
 * deleting this attempt (with undo).
 */
import { formatTimestamp } from '~/lib/format';
import { removeAttempt } from '~/lib/stores/assessments';
import type { ResultsView } from '~/lib/stores/assessment-views';
import { offerUndo } from '~/lib/stores/undo';
import GuideLinks from '../GuideLinks';

interface Props {
  view: ResultsView;
  reflection: readonly string[];
  guides: Record<string, { title: string; href: string }>;
  runnerHref: string;
  /** The mentor track, when shown: where a mentor's next steps lead. */
  mentorTrackHref?: string | undefined;
  locale: string;
}

export default function NextSteps(props: Props) {
  const { view, reflection, guides, runnerHref, mentorTrackHref, locale } = props;
  const { next, personalNotes } = view;
  const mentor = view.audience === 'mentor';
  // The results then show the attempt before (if any); the notice at the top offers undo.
  const remove = () => {
    const day = formatTimestamp(view.latest.completedAt, locale);
    const undo = removeAttempt(view.latest.id);
    if (undo) {
      offerUndo({
        message: `Deleted the attempt of ${day}.`,
        restored: `The attempt of ${day} is back.`,
        undo,
      });
    }
  };
  // Paper shows what each area means: folded parts open first (where CSS cannot open them).
  const printAll = () => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('.results .end details')) {
      d.open = true;
    }
    print();
  };
  return (
    <section aria-labelledby="next-title">
      <h2 id="next-title">What to do next</h2>
      {next.kinds.length > 0 && (
        <>
          <p>Kinds of mentoring that fit:</p>
          <ul>
            {next.kinds.map((kind) => (
              <li key={kind.id}>
                <strong>{kind.name}</strong>: {kind.description}
              </li>
            ))}
          </ul>
        </>
      )}
      {next.focus === 0 && (
        <p>
          {mentor
            ? 'None of your areas is in a band to work on right now. Keep doing what works, and take this again after a few more meetings with your mentees.'
            : 'None of your areas is in a band to work on right now. Take this again when things change.'}
        </p>
      )}
      {next.guides.length > 0 && (
        <>
          <p>{mentor ? 'Guides for your mentoring:' : 'Guides to read:'}</p>
          <GuideLinks ids={next.guides} guides={guides} />
        </>
      )}
      {personalNotes.length > 0 && (
        <>
          <h3>Your notes</h3>
          <ul>
            {personalNotes.map((note) => (
              <li key={note.id}>
                <strong>{note.name}:</strong> {note.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {reflection.length > 0 && (
        <>
          <h3>
            {mentor
              ? 'To think about before you next meet a mentee'
              : 'To think about before you meet your mentor'}
          </h3>
          <ul>
            {reflection.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </>
      )}
      {mentor && mentorTrackHref && (
        <p>
          <a href={mentorTrackHref}>Continue with the guides for mentors</a>, from what effective
          mentors do to mentoring across difference.
        </p>
      )}
      <p class="actions no-print">
        <button type="button" class="button" onClick={printAll}>
          Print or save as PDF
        </button>
        {/* One tap: the runner starts a fresh attempt at once (earlier results stay, as history). */}
        <a class="button button--quiet" href={`${runnerHref}#again`}>
          Take it again
        </a>
        <button type="button" class="button button--quiet" onClick={remove}>
          Delete this attempt
        </button>
      </p>
    </section>
  );
}
