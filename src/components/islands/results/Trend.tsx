/** Scores of every attempt side by side, oldest first (shown from the second attempt). */
import { formatTimestamp } from '~/lib/format';
import type { ResultsView } from '~/lib/stores/assessment-views';
import TableScroll from '../ui/TableScroll';

export default function Trend({ trend, locale }: { trend: ResultsView['trend']; locale: string }) {
  return (
    <section aria-labelledby="trend-title">
      <h2 id="trend-title">Your trend</h2>
      <TableScroll>
        <table class="data-table">
          <caption>Scores (0 to 100) in each attempt, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              {trend.columns.map((attempt) => (
                <th scope="col" key={attempt.id}>
                  {formatTimestamp(attempt.completedAt, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                {row.scores.map((score, i) => (
                  <td key={trend.columns[i]?.id ?? i}>{score ?? '–'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
