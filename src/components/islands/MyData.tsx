/**
 * The My data page: what is stored, backup and restore, share with a mentor, persistent
 * storage, and deleting everything. What it shows comes from src/lib/stores/data-views.ts;
 * the actions (src/lib/stores/data.ts) load on first use. The sections are in ./mydata.
 */
import Backup from './mydata/Backup';
import DeleteAll from './mydata/DeleteAll';
import Restore from './mydata/Restore';
import Share from './mydata/Share';
import Stored from './mydata/Stored';
import StorageNotices from './StorageNotices';
import StatusLine, { useStatus } from './ui/StatusLine';
import { withBoundary } from './ui/ErrorBoundary';

interface Props {
  locale: string;
  /** Absolute path of the /share/ page under the base path. */
  sharePath: string;
  /** The meeting brief's path, where sharing lives when the brief is built; null otherwise. */
  briefHref: string | null;
}

function MyData({ locale, sharePath, briefHref }: Props) {
  const [status, say] = useStatus();
  return (
    <div class="tool">
      <StorageNotices locale={locale} nudge />
      <StatusLine message={status.text} tone={status.tone} />
      <Stored locale={locale} />
      <Backup say={say} />
      <Restore locale={locale} say={say} />
      <Share sharePath={sharePath} briefHref={briefHref} />
      <DeleteAll say={say} />
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(MyData);
