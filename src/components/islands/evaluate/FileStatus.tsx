/**
 * What came of the files: how many responses were read, each file that could not be used with
 * its reason, identical files (counted, and why), files chosen twice, and which cohort the report
 * is about when the files hold more than one. For the lead only: none of it is printed.
 */
import { pluralCount } from '~/i18n/plural';
import { readSummary, type ReadSet } from '~/lib/evaluation/read-files';
import Choice from '../ui/Choice';

interface Props {
  set: ReadSet;
  locale: string;
  cohorts: [string, number][];
  cohort: string | null;
  onCohort: (cohort: string) => void;
  onClear: () => void;
}

export default function FileStatus({ set, locale, cohorts, cohort, onCohort, onClear }: Props) {
  const total = set.responses.length + set.problems.length + set.repeated;
  return (
    <div class="no-print">
      <p class="notice notice--success" role="status">
        {total > 0 ? readSummary(set, locale) : ''}
      </p>
      {set.problems.length > 0 && (
        <section aria-labelledby="problems-title" class="notice notice--error">
          <h2 id="problems-title" class="notice-title">
            Files that could not be read
          </h2>
          <ul class="file-problems">
            {set.problems.map((p, i) => (
              <li key={i}>
                <bdi class="file-name">{p.name}</bdi>: {p.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {set.identical > 0 && (
        <p>
          {pluralCount(locale, set.identical, {
            one: '{n} file has exactly the same content as another one.',
            other: '{n} files have exactly the same content as another one.',
          })}{' '}
          Each is counted: the files are anonymous, so two people who answered the same way in the
          same month make identical files, and they cannot be told apart from a file handed in
          twice.
        </p>
      )}
      {set.repeated > 0 && (
        <p>
          {pluralCount(locale, set.repeated, {
            one: '{n} file was already added (same name, date and content) and was not counted again.',
            other:
              '{n} files were already added (same name, date and content) and were not counted again.',
          })}
        </p>
      )}
      {cohorts.length > 1 && (
        <fieldset class="field">
          <legend>The files come from more than one cohort. Which one is this report about?</legend>
          {cohorts.map(([code, n]) => (
            <Choice
              key={code}
              type="radio"
              name="cohort"
              checked={code === cohort}
              onChange={() => onCohort(code)}
            >
              <bdi>{code}</bdi> (
              {pluralCount(locale, n, { one: '{n} response', other: '{n} responses' })})
            </Choice>
          ))}
        </fieldset>
      )}
      {total > 0 && (
        <p>
          <button type="button" class="button button--quiet" onClick={onClear}>
            Start again with no files
          </button>
        </p>
      )}
    </div>
  );
}
