/**
 * The report as a CSV file, one figure per line: every number the page shows, and for every
 * hidden one "suppressed (<k)", never its value (nor its share). Long format, so a spreadsheet
 * can filter by figure, level, row and column.
 */
import { levelNames, type Cell, type Report, type ReportTable } from './report';

export const csvHeader = [
  'Figure',
  'Kirkpatrick level',
  'Row',
  'Column',
  'Count or median',
  'Share of respondents (%)',
  'Lower quartile',
  'Upper quartile',
];

/**
 * One CSV field: quoted when it holds a comma, quote or line break; text a spreadsheet would run
 * as a formula (starting with = + - @) is kept as text.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const round = (n: number) => Math.round(n * 10) / 10;

function cellFields(cell: Cell, k: number): (string | number)[] {
  if (cell.value === null) return [`suppressed (<${k})`, '', '', ''];
  return [
    round(cell.value),
    cell.share == null ? '' : round(cell.share * 100),
    cell.range ? round(cell.range[0]) : '',
    cell.range ? round(cell.range[1]) : '',
  ];
}

function tableLines(table: ReportTable, k: number): (string | number)[][] {
  const level = table.level === null ? '' : `${table.level} ${levelNames[table.level]}`;
  const lines: (string | number)[][] = [];
  for (const row of table.rows) {
    row.cells.forEach((cell, i) => {
      if (cell)
        lines.push([table.title, level, row.label, table.columns[i] ?? '', ...cellFields(cell, k)]);
    });
    if (row.total)
      lines.push([table.title, level, row.label, table.totalLabel, ...cellFields(row.total, k)]);
  }
  return lines;
}

/** Every table of the report, in the page's order. */
export function reportTables(report: Report): ReportTable[] {
  return [
    report.respondents,
    ...report.areas.flatMap((a) => [a.distribution, a.change]),
    ...report.checkIns,
    report.activity,
  ];
}

/** The whole report as CSV text (CRLF line ends, as RFC 4180 has them). */
export function reportCsv(report: Report): string {
  const lines = [csvHeader, ...reportTables(report).flatMap((t) => tableLines(t, report.k))];
  return `${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}
