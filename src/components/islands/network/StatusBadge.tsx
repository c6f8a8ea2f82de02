/** "Overdue" or "Due" next to a follow-up date; nothing for later or no date. */
import type { FollowUpStatus } from '~/lib/network/followups';

export default function StatusBadge({ status }: { status: FollowUpStatus }) {
  if (status === 'overdue') return <span class="badge badge--overdue">Overdue</span>;
  if (status === 'due') return <span class="badge badge--soon">Due</span>;
  return null;
}
