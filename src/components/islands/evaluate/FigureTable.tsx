/**
 * One figure of the report as a table: the numbers the chart draws, every hidden one written
 * "suppressed (<k)" (as in the CSV), and why figures are missing under it.
 */
import { formatNumber } from '~/lib/format';
import type { Cell, ReportTable } from '~/lib/evaluation/report';
import TableScroll from '../ui/TableScroll';

interface Props {
  table: ReportTable;
  k: number;
  locale: string;
  /** The caption; default: the table's title. */
  caption?: string;
}

/** A cell's text: "12 (40%)", "+12.5 points", "3 (2-4)" or "suppressed (<5)". */
export function cellText(table: ReportTable, col: number, cell: Cell, k: number, locale: string) {
  if (cell.value === null) return `suppressed (<${k})`;
  const n = formatNumber(cell.value, locale, 1);
  if (table.kind === 'change' && col === 2) {
    return `${cell.value > 0 ? '+' : ''}${n} points`;
  }
  if (cell.range) {
    const [low, high] = cell.range.map((v) => formatNumber(v, locale, 1));
    return `${n} (${low}–${high})`;
  }
  return cell.share == null ? n : `${n} (${formatNumber(cell.share * 100, locale)}%)`;
}

export default function FigureTable({ table, k, locale, caption }: Props) {
  const totals = table.rows.some((r) => r.total);
  const notes = table.rows.filter((r) => r.note);
  return (
    <>
      <TableScroll>
        <table class="data-table figure-table">
          <caption>{caption ?? table.title}</caption>
          <thead>
            <tr>
              <th scope="col">{table.rowHeader}</th>
              {table.columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
              {totals && <th scope="col">{table.totalLabel}</th>}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={i} class={cell?.value === null ? 'suppressed' : undefined}>
                    {cell ? cellText(table, i, cell, k, locale) : ''}
                  </td>
                ))}
                {totals && (
                  <td>
                    {row.total ? cellText(table, -1, row.total, k, locale) : `suppressed (<${k})`}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {(notes.length > 0 || table.note) && (
        <ul class="figure-notes muted small">
          {table.note && <li>{table.note}</li>}
          {notes.map((r) => (
            <li key={r.label}>
              {r.label}: {r.note}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
