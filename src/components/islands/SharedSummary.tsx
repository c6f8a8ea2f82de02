/**
 * The /share/ page: reads a summary from the link's fragment (or a file the mentor opens) and
 * shows it read-only. Every value is rendered as text, isolated (`dir="auto"`) so a
 * right-to-left override in one value cannot reorder the rest; nothing is stored.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ShareBlock } from '~/lib/schemas/share';
import { formatDateTime } from '~/lib/format';
import {
  isPageAnchor,
  readSharedFile,
  readSharedLink,
  type ShareResult,
} from '~/lib/stores/share-views';
import TableScroll from './ui/TableScroll';
import TextList from './ui/TextList';
import { withBoundary } from './ui/ErrorBoundary';

interface Props {
  locale: string;
}

function Block({ block }: { block: ShareBlock }) {
  if (block.type === 'text') return <p dir="auto">{block.text}</p>;
  if (block.type === 'list') {
    return <TextList items={block.items} />;
  }
  return (
    <TableScroll>
      <table class="data-table">
        <caption dir="auto">{block.caption}</caption>
        <thead>
          <tr>
            {block.columns.map((c, i) => (
              <th scope="col" key={i} dir="auto">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th scope="row" key={c} dir="auto">
                    {cell}
                  </th>
                ) : (
                  <td key={c} dir="auto">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function SharedSummary({ locale }: Props) {
  const [result, setResult] = useState<ShareResult | null>(null);
  const [hasLink, setHasLink] = useState(false);
  const [fromFile, setFromFile] = useState(false);

  useEffect(() => {
    const read = () => {
      const fragment = location.hash.slice(1);
      // The skip link (#main) and other anchors keep the summary that is on screen.
      if (isPageAnchor(fragment, (id) => document.getElementById(id) !== null)) return;
      setHasLink(fragment.length > 0);
      setFromFile(false);
      void readSharedLink(fragment).then(setResult);
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setResult(await readSharedFile(file));
    setFromFile(true);
  };

  const payload = result?.ok ? result.payload : null;
  const picker = (
    <label class="field">
      <span>Open a summary file</span>
      <input
        type="file"
        accept=".json,application/json"
        onChange={(e) => void onFile(e.currentTarget)}
      />
    </label>
  );

  return (
    <div class="tool">
      <div role="alert">
        {result && !result.ok && <p class="notice notice--error">{result.message}</p>}
      </div>
      {payload ? (
        <article class="shared" aria-label="Shared summary">
          <p>
            {payload.from ? (
              <>
                Shared by <bdi>{payload.from}</bdi> on{' '}
              </>
            ) : (
              'Shared on '
            )}
            <time dateTime={payload.createdAt}>{formatDateTime(payload.createdAt, locale)}</time>.
          </p>
          {payload.included.length > 0 && (
            <>
              <p>{payload.from ? `What ${payload.from} chose to send:` : 'What was sent:'}</p>
              <TextList items={payload.included} />
            </>
          )}
          <p class="muted">
            Read-only: it is shown from the {fromFile ? 'file' : 'link'} itself and has not been
            saved anywhere.
          </p>
          {payload.sections.map((section, i) => (
            <section key={i} aria-labelledby={`shared-${i}`}>
              <h2 id={`shared-${i}`} dir="auto">
                {section.title}
              </h2>
              {section.blocks.map((block, j) => (
                <Block block={block} key={j} />
              ))}
            </section>
          ))}
        </article>
      ) : (
        !hasLink && (
          <p>
            Open the link your mentee sent you to see their summary here. If your mentee sent you a
            file instead of a link, open it here.
          </p>
        )
      )}
      {payload && hasLink && !fromFile ? (
        <details class="shared-file">
          <summary>Sent a file instead? Open it here</summary>
          {picker}
        </details>
      ) : (
        picker
      )}
    </div>
  );
}

/** Never a blank tool: a render error shows a calm message and a backup download. */
export default withBoundary(SharedSummary);
