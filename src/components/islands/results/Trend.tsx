/** Scores of every attempt side by side, oldest first (from the second attempt; opens on demand). */
import { formatTimestamp } from '~/lib/format';
import type { ResultsView } from '~/lib/stores/assessment-views';
import TableScroll from '../ui/TableScroll';

export default function Trend({ trend, locale }: { trend: ResultsView['trend']; locale: string }) {
  const dates = trend.columns.map((attempt) => formatTimestamp(attempt.completedAt, locale));
  return (
    <details class="more">
      <summary>Your trend: scores in each attempt</summary>
      <TableScroll>
        <table class="data-table">
          <caption>Scores (0 to 100) in each attempt, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              {trend.columns.map((attempt, i) => (
                <th scope="col" key={attempt.id}>
                  {dates[i]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                {row.scores.map((score, i) => (
                  <td key={trend.columns[i]?.id ?? i} data-label={dates[i]}>
                    {score ?? '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
