/**
 * On the list of self-assessments: "Done Nov 20, 2026 · See results" once this one was
 * completed on this device. The line is in the page from the start (empty on the server and
 * before hydration, one line high), so marking it moves nothing.
 */
import { useStore } from '@nanostores/preact';
import { formatShortDay } from '~/lib/format';
import { $lastDone } from '~/lib/stores/assessment-status';
import { useHydrated } from './useHydrated';

interface Props {
  instrument: string;
  title: string;
  resultsHref: string;
  locale: string;
}

export default function AssessmentStatus({ instrument, title, resultsHref, locale }: Props) {
  const hydrated = useHydrated();
  const day = useStore($lastDone)[instrument];
  return (
    <p class="assessment-status">
      {hydrated && day && (
        <>
          <span class="done-mark" aria-hidden="true">
            ✓{' '}
          </span>
          Done <time dateTime={day}>{formatShortDay(day, locale)}</time> ·{' '}
          <a href={resultsHref} aria-label={`See results: ${title}`}>
            See results
          </a>
        </>
      )}
    </p>
  );
}
