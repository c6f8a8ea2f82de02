/** Scores as horizontal bars from 0 to 100; the table after it carries the same numbers. */
interface Props {
  rows: readonly { name: string; score: number | null }[];
  label: string;
}

export default function Chart({ rows, label }: Props) {
  const rowHeight = 40;
  return (
    <svg
      class="chart"
      viewBox={`0 0 320 ${rows.length * rowHeight}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMinYMin meet"
    >
      {rows.map((row, i) => (
        <g key={row.name} transform={`translate(0 ${i * rowHeight})`}>
          <text x="0" y="13" class="chart-label">
            {row.name}
          </text>
          <rect x="0" y="18" width="280" height="14" class="chart-track" rx="3" />
          {row.score !== null && (
            <rect
              x="0"
              y="18"
              width={Math.max(2, row.score * 2.8)}
              height="14"
              class="chart-bar"
              rx="3"
            />
          )}
          <text x="286" y="30" class="chart-value">
            {row.score === null ? '–' : row.score}
          </text>
        </g>
      ))}
    </svg>
  );
}
