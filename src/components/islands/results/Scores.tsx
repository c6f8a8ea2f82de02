/** Scores by area: how they are worked out, a bar chart, and the table (with the change). */
import { pluralCount } from '~/i18n/plural';
import { formatTimestamp } from '~/lib/format';
import type { ResultsView } from '~/lib/stores/assessment-views';
import HeadRow from '../ui/HeadRow';
import TableScroll from '../ui/TableScroll';
import Chart from './Chart';

export default function Scores({ view, locale }: { view: ResultsView; locale: string }) {
  const { scale, rows, notSure } = view;
  return (
    <section aria-labelledby="scores-title">
      <h2 id="scores-title">Scores by area</h2>
      <p class="small muted">
        Each score is the average of your answers in that area, from 0 (all "{scale.lowest}") to 100
        (all "{scale.highest}"); the average on the {scale.min} to {scale.max} scale is shown too.
        {notSure > 0 &&
          pluralCount(locale, notSure, {
            one: ' {n} "not sure" answer is left out of the scores.',
            other: ' {n} "not sure" answers are left out of the scores.',
          })}
      </p>
      <Chart
        rows={rows}
        label="Bar chart of your scores by area, from 0 to 100. The same scores are in the table below."
      />
      <TableScroll>
        <table class="data-table">
          <caption>Your scores, {formatTimestamp(view.latest.completedAt, locale)}</caption>
          <HeadRow
            headings={[
              'Area',
              'Score (0 to 100)',
              `Average (${scale.min} to ${scale.max})`,
              'Band',
              view.previousAt && `Since ${formatTimestamp(view.previousAt, locale)}`,
            ]}
          />
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>{row.score ?? 'no score'}</td>
                <td>{row.mean ?? '–'}</td>
                <td>{row.band}</td>
                {row.change !== null && <td>{row.change}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
