/**
 * The report a lead can print or export: who is in it and what it can show, then the figures by
 * Kirkpatrick level, each a chart and its table, every small group hidden (src/lib/evaluation).
 */
import type { ComponentChildren } from 'preact';
import type { Report as ReportData } from '~/lib/evaluation/report';
import { reportCsv } from '~/lib/evaluation/report-csv';
import DownloadButton from '../ui/DownloadButton';
import FigureTable from './FigureTable';
import ShareChart from './ShareChart';

interface Props {
  report: ReportData;
  cohort: string;
  locale: string;
  onSaved: (name: string) => void;
}

/** A file name from the cohort code: letters, digits and "-" only. */
const fileName = (cohort: string) =>
  `medmentor-evaluation-report-${cohort.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'cohort'}.csv`;

function Level({ n, name, children }: { n: number; name: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`level-${n}`} class="report-level">
      <h3 id={`level-${n}`}>
        Kirkpatrick level {n}: {name}
      </h3>
      {children}
    </section>
  );
}

export default function Report({ report, cohort, locale, onSaved }: Props) {
  const { k } = report;
  return (
    <section aria-labelledby="report-title" class="report">
      <h2 id="report-title">
        Report: cohort <bdi>{cohort}</bdi>
      </h2>
      <p class="actions no-print">
        <button type="button" class="button" onClick={() => print()}>
          Print the report
        </button>
        <DownloadButton
          file={() => ({ name: fileName(cohort), text: reportCsv(report), type: 'text/csv' })}
          onSaved={onSaved}
        >
          Download the figures (CSV)
        </DownloadButton>
      </p>
      <ul class="report-caveats">
        <li>
          Only people who chose to make a response file and hand it in are counted. Say how many
          were invited, and who may be missing.
        </li>
        <li>
          The files are not linked person to person, and different people may have answered in each
          round: a change between rounds is a change in the group, not in individuals.
        </li>
        <li>
          No figure is shown for a group of fewer than {k}. A count marked “suppressed (&lt;{k})” is
          hidden because it is under {k}, or so that one under {k} cannot be worked out from the
          others and the total.
        </li>
      </ul>
      <FigureTable table={report.respondents} k={k} locale={locale} />

      <Level n={1} name="Reaction">
        <p>How people feel about their mentoring relationship: the latest check-in in each file.</p>
        {report.checkIns.map((t) => (
          <div key={t.id} class="figure">
            <h4>{t.title}</h4>
            <ShareChart table={t} locale={locale} />
            <FigureTable table={t} k={k} locale={locale} />
          </div>
        ))}
      </Level>

      <Level n={2} name="Learning">
        <p>
          Where people place themselves in each self-assessment area, by band. These are
          self-assessments: they show how people see their own needs and strengths.
        </p>
        {report.areas.length === 0 && <p>No response holds a self-assessment.</p>}
        {report.areas.map(({ distribution, change }) => (
          <div key={distribution.id} class="figure">
            <h4>{distribution.title}</h4>
            <ShareChart table={distribution} locale={locale} />
            <FigureTable table={distribution} k={k} locale={locale} />
            <FigureTable
              table={change}
              k={k}
              locale={locale}
              caption={`${change.title}: the share of each round's responses in each band, and the change in percentage points (a change in the group, not in individuals)`}
            />
          </div>
        ))}
      </Level>

      <Level n={3} name="Behavior">
        <p>
          Goals set and completed and meetings logged in the tools, as each person counted them when
          making the file. Medians with the middle half of the group (lower to upper quartile);
          never the lowest or highest value, which in a small group is one person.
        </p>
        <FigureTable table={report.activity} k={k} locale={locale} />
      </Level>

      <Level n={4} name="Results">
        <p>
          Not measured by MedMentor. Results such as retention, wellbeing, careers or patient care
          need the school’s own sources.
        </p>
      </Level>
    </section>
  );
}
