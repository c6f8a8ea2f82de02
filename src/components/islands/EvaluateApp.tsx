/**
 * "Evaluate your program": a program lead drops the cohort's response files; each is read and
 * checked in this browser (bad ones listed with their reason), and the report is worked out
 * with every small group hidden. No stored data and no request: the files never leave the
 * device, and nothing is loaded after the page, so the page works offline too.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { aggregate, type InstrumentInfo } from '~/lib/evaluation/aggregate';
import { addFiles, cohortsOf, emptySet, type FileLike } from '~/lib/evaluation/read-files';
import { buildReport } from '~/lib/evaluation/report';
import DropZone from './evaluate/DropZone';
import FileStatus from './evaluate/FileStatus';
import Report from './evaluate/Report';
import { withBoundary } from './ui/ErrorBoundary';
import StatusLine, { useStatus } from './ui/StatusLine';

interface Props {
  locale: string;
  /** The config's `evaluation.minGroupSize`: no figure for a smaller group. */
  minGroupSize: number;
  /** The config's `evaluation.cohort`, chosen first when the files hold several ('' for none). */
  cohort: string;
  instruments: InstrumentInfo[];
  /** Check-in statement wording by id. */
  statements: Record<string, string>;
}

function EvaluateApp({ locale, minGroupSize, cohort: configured, instruments, statements }: Props) {
  const [set, setSet] = useState(emptySet);
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const [status, say] = useStatus();

  // Drops are read one after another, each added to all read before it.
  const latest = useRef(emptySet);
  const queue = useRef(Promise.resolve());
  const add = (files: FileLike[]) => {
    setBusy(true);
    say('');
    queue.current = queue.current.then(async () => {
      latest.current = await addFiles(latest.current, files);
      setSet(latest.current);
      setBusy(false);
    });
  };

  const cohorts = useMemo(() => cohortsOf(set.responses), [set]);
  const cohort =
    (picked !== null && cohorts.some(([c]) => c === picked) ? picked : null) ??
    cohorts.find(([c]) => c === configured)?.[0] ??
    cohorts[0]?.[0] ??
    null;
  const report = useMemo(() => {
    if (cohort === null) return null;
    const chosen = set.responses.filter((r) => r.cohort === cohort);
    return buildReport(aggregate(chosen, instruments), minGroupSize, { instruments, statements });
  }, [set, cohort, instruments, statements, minGroupSize]);

  return (
    <div class="tool evaluate">
      <DropZone onFiles={add} busy={busy} />
      <FileStatus
        set={set}
        locale={locale}
        cohorts={cohorts}
        cohort={cohort}
        onCohort={setPicked}
        onClear={() => {
          latest.current = emptySet;
          setSet(emptySet);
          setPicked(null);
          say('');
        }}
      />
      <StatusLine message={status.text} tone={status.tone} />
      {report && cohort !== null && (
        <Report
          report={report}
          cohort={cohort}
          locale={locale}
          onSaved={(name) => say(`Saved ${name} to your downloads.`)}
        />
      )}
    </div>
  );
}

export default withBoundary(EvaluateApp);
