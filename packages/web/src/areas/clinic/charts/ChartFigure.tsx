import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/states';
import { ChartBoundary } from './ChartBoundary';

export interface Column<R> {
  readonly label: string;
  readonly cell: (row: R) => string;
}

/**
 * A chart with its words: a heading, a text summary, the drawing (hidden from screen readers,
 * which get the same numbers as a table instead).
 */
export function ChartFigure<R>(props: {
  title: string;
  level?: 3 | 4;
  summary: ReactNode;
  rows: readonly R[];
  columns: readonly Column<R>[];
  rowKey: (row: R) => string;
  children: ReactNode;
}) {
  const { t } = useTranslation('clinic');
  const Heading = props.level === 4 ? 'h4' : 'h3';
  return (
    <figure className="chart">
      <figcaption>
        <Heading className="chart__title">{props.title}</Heading>
        <div className="chart__summary">{props.summary}</div>
      </figcaption>
      <ChartBoundary fallback={<p className="muted">{t('charts.failed')}</p>}>
        <Suspense fallback={<Loading label={t('charts.loading')} />}>
          <div className="chart__plot" aria-hidden="true">
            {props.children}
          </div>
        </Suspense>
      </ChartBoundary>
      {/* Hidden by its wrapper: a table takes the width of its content whatever its own width,
          and would widen the page on a phone. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('charts.tableCaption', { title: props.title })}</caption>
          <thead>
            <tr>
              {props.columns.map((c) => (
                <th key={c.label} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={props.rowKey(r)}>
                {props.columns.map((c) => (
                  <td key={c.label}>{c.cell(r)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
