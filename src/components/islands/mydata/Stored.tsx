/** What is stored in this browser: each part and what it holds, the space used, the last backup. */
import { useStore } from '@nanostores/preact';
import { pluralCount } from '~/i18n/plural';
import { formatBytes, formatDateTime } from '~/lib/format';
import { $spaceUsed, $storedParts } from '~/lib/stores/data-views';
import { meta } from '~/lib/stores/meta';
import HeadRow from '../ui/HeadRow';

export default function Stored({ locale }: { locale: string }) {
  const parts = useStore($storedParts);
  const space = useStore($spaceUsed);
  const info = useStore(meta.$value);
  return (
    <section aria-labelledby="stored-title">
      <h2 id="stored-title">What is stored in this browser</h2>
      <table class="data-table">
        <caption class="visually-hidden">Your data in this browser</caption>
        <HeadRow headings={['Part', 'What it holds']} />
        <tbody>
          {parts.map((part) => (
            <tr key={part.name}>
              <th scope="row">{part.title}</th>
              <td>{part.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Space used: <strong>{formatBytes(space.bytes, locale)}</strong>
        {space.memoryOnly ? ' (in memory only, for this visit)' : ' in this browser'}.
        <br />
        Last backup:{' '}
        <strong>
          {info.lastBackupAt ? formatDateTime(info.lastBackupAt, locale) : 'none yet'}
        </strong>
        {info.changesSinceBackup > 0 &&
          pluralCount(locale, info.changesSinceBackup, {
            one: '; {n} change since',
            other: '; {n} changes since',
          })}
        .
      </p>
    </section>
  );
}
