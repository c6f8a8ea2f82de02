/**
 * A distribution as stacked bars, one per round: each shown count's share of the round, and one
 * grey part for the hidden counts together (their sum is no secret: the table's total minus the
 * shown counts). The table under it carries every number; the label says what the bars show.
 */
import { formatNumber } from '~/lib/format';
import type { ReportTable } from '~/lib/evaluation/report';

interface Props {
  table: ReportTable;
  locale: string;
}

const width = 320;
const bar = 18;
const rowHeight = 44;

/** The color class of a column: the last ("No band", "No answer") is muted. */
const tone = (i: number, last: number) => (i === last ? 'seg-none' : `seg-${i % 6}`);

export default function ShareChart({ table, locale }: Props) {
  const last = table.columns.length - 1;
  const pct = (share: number) => `${formatNumber(share * 100, locale)}%`;
  const rows = table.rows.map((row) => {
    const n = row.total?.value ?? null;
    let x = 0;
    const parts = row.cells.flatMap((cell, i) => {
      if (cell?.share == null || cell.share === 0) return [];
      const part = { i, x, w: cell.share * width, share: cell.share };
      x += part.w;
      return [part];
    });
    const hidden = n === null ? 0 : 1 - parts.reduce((a, p) => a + p.share, 0);
    const words =
      n === null
        ? 'not shown'
        : [
            ...parts.map((p) => `${table.columns[p.i] ?? ''} ${pct(p.share)}`),
            ...(hidden > 0.0005 ? [`suppressed ${pct(hidden)}`] : []),
          ].join(', ');
    return { label: row.label, n, parts, x, hidden, words };
  });
  const label = `${table.title.replace(/\.$/, '')}: share of each round's responses. ${rows
    .map((r) => `${r.label}: ${r.words}.`)
    .join(' ')}`;
  return (
    <figure class="share-chart">
      <svg
        viewBox={`0 0 ${width} ${rows.length * rowHeight}`}
        role="img"
        aria-label={label}
        preserveAspectRatio="xMinYMin meet"
      >
        {rows.map((row, r) => (
          <g key={row.label} transform={`translate(0 ${r * rowHeight})`}>
            <text x="0" y="13" class="chart-label">
              {row.n === null ? `${row.label}: not shown` : row.label}
            </text>
            <rect x="0" y="18" width={width} height={bar} class="chart-track" />
            {row.parts.map((p) => (
              <rect key={p.i} x={p.x} y="18" width={p.w} height={bar} class={tone(p.i, last)} />
            ))}
            {row.hidden > 0.0005 && (
              <rect x={row.x} y="18" width={row.hidden * width} height={bar} class="seg-hidden" />
            )}
          </g>
        ))}
      </svg>
      <figcaption class="chart-legend" aria-hidden="true">
        {table.columns.map((c, i) => (
          <span key={c}>
            <svg viewBox="0 0 10 10" class="swatch">
              <rect width="10" height="10" class={tone(i, last)} />
            </svg>
            {c}
          </span>
        ))}
        <span>
          <svg viewBox="0 0 10 10" class="swatch">
            <rect width="10" height="10" class="seg-hidden" />
          </svg>
          Suppressed
        </span>
      </figcaption>
    </figure>
  );
}
