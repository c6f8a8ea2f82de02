/**
 * Scores by area: a bar chart, how the scores are worked out, and the table (with the change)
 * folded under it, so the numbers are shown once unless asked for.
 */
import { pluralCount } from '~/i18n/plural';
import { formatTimestamp } from '~/lib/format';
import type { ResultsView } from '~/lib/stores/assessment-views';
import HeadRow from '../ui/HeadRow';
import TableScroll from '../ui/TableScroll';
import Chart from './Chart';

export default function Scores({ view, locale }: { view: ResultsView; locale: string }) {
  const { scale, rows, notSure } = view;
  // Each cell also carries its heading, for the stacked rows of a narrow screen.
  const heads = [
    'Area',
    'Score (0 to 100)',
    `Average (${scale.min} to ${scale.max})`,
    'Band',
    view.previousAt && `Since ${formatTimestamp(view.previousAt, locale)}`,
  ];
  return (
    <section aria-labelledby="scores-title">
      <h2 id="scores-title">Scores by area</h2>
      <Chart
        rows={rows}
        label="Bar chart of your scores by area, from 0 to 100. The same scores are in the table below it."
      />
      <p class="small muted">
        Each score is the average of your answers in that area, from 0 (all "{scale.lowest}") to 100
        (all "{scale.highest}"); the average on the {scale.min} to {scale.max} scale is shown too.
        {notSure > 0 &&
          pluralCount(locale, notSure, {
            one: ' {n} "not sure" answer is left out of the scores.',
            other: ' {n} "not sure" answers are left out of the scores.',
          })}
      </p>
      <details class="more">
        <summary>Scores as a table</summary>
        <TableScroll>
          <table class="data-table">
            <caption>Your scores, {formatTimestamp(view.latest.completedAt, locale)}</caption>
            <HeadRow headings={heads} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <td data-label={heads[1]}>{row.score ?? 'no score'}</td>
                  <td data-label={heads[2]}>{row.mean ?? '–'}</td>
                  <td data-label={heads[3]}>{row.band}</td>
                  {row.change !== null && <td data-label={heads[4]}>{row.change}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
