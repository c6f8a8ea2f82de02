/**
 * The My data page: backup and restore first (the main actions, on a phone's first screen), then
 * what is stored, share with a mentor, and deleting everything (the evaluation response for the
 * program is its own island, last on the page: mydata/Evaluation). Each section says what its action did
 * right under it, in its own live region. What it shows comes from
 * src/lib/stores/data-views.ts; the actions (src/lib/stores/data.ts) load on first use. The
 * sections are in ./mydata.
 */
import Backup from './mydata/Backup';
import DeleteAll from './mydata/DeleteAll';
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
}

function MyData({ locale, sharePath, briefHref }: Props) {
  return (
    <div class="tool">
      <StorageNotices locale={locale} nudge />
      <Backup />
      <Restore locale={locale} />
      <Stored locale={locale} />
      <Share sharePath={sharePath} briefHref={briefHref} />
      <DeleteAll />
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(MyData);
