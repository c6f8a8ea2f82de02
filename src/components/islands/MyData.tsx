/**
 * The My data page: backup and restore first (the main actions, on a phone's first screen), then
 * what is stored, share with a mentor, an evaluation response for the program, and deleting
 * everything. Each section says what its
 * action did right under it, in its own live region. What it shows comes from
 * src/lib/stores/data-views.ts; the actions (src/lib/stores/data.ts) load on first use. The
 * sections are in ./mydata.
 */
import Backup from './mydata/Backup';
import DeleteAll from './mydata/DeleteAll';
import Evaluation from './mydata/Evaluation';
import Restore from './mydata/Restore';
import Share from './mydata/Share';
import Stored from './mydata/Stored';
import StorageNotices from './StorageNotices';
import { withBoundary } from './ui/ErrorBoundary';

interface Props {
  locale: string;
  /** Absolute path of the /share/ page under the base path. */
  sharePath: string;
  /** The meeting brief's path, where sharing lives when the brief is built; null otherwise. */
  briefHref: string | null;
  /** The program's cohort code for evaluation responses; "" when evaluation is not set up. */
  cohort: string;
}

function MyData({ locale, sharePath, briefHref, cohort }: Props) {
  return (
    <div class="tool">
      <StorageNotices locale={locale} nudge />
      <Backup />
      <Restore locale={locale} />
      <Stored locale={locale} />
      <Share sharePath={sharePath} briefHref={briefHref} />
      <Evaluation cohort={cohort} />
      <DeleteAll />
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(MyData);
