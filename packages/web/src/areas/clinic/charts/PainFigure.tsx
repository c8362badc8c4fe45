import { useTranslation } from 'react-i18next';
import type { JournalItem } from '../api-types';
import { dayToDate, localToday, useFormats } from '../format';
import { painRows, span, type Row } from './chart-data';
import { ChartFigure } from './ChartFigure';
import { INK, type LineSpec } from './chart-types';
import { LineChartView } from './lazy-charts';

/** Pain before and during sessions and the next morning (NPRS 0-10), from the journal. */
export function PainFigure({ entries }: { entries: readonly JournalItem[] }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const rows = painRows(entries);
  const lines: LineSpec[] = [
    { key: 'during', label: t('charts.pain.during'), color: INK.danger, shape: 'circle' },
    {
      key: 'before',
      label: t('charts.pain.before'),
      color: INK.brand,
      dash: '6 4',
      shape: 'square',
    },
    {
      key: 'morning',
      label: t('charts.pain.morning'),
      color: INK.ok,
      dash: '2 3',
      shape: 'triangle',
    },
  ];
  const title = t('charts.pain.title');
  if (rows.length === 0) {
    return (
      <section className="chart">
        <h3 className="chart__title">{title}</h3>
        <p className="muted">{t('charts.pain.none')}</p>
      </section>
    );
  }
  const pain = (v: Row[string]) =>
    typeof v === 'number' ? t('journal.outOf10', { value: v }) : '–';
  const parts = lines.flatMap((l) => {
    const s = span(rows, l.key);
    if (s === null) return [];
    return [
      t('charts.pain.line', {
        what: l.label,
        first: s.first.value,
        firstDate: f.day(s.first.day),
        last: s.last.value,
        lastDate: f.day(s.last.day),
        change: f.signed(s.last.value - s.first.value),
      }),
    ];
  });
  return (
    <ChartFigure
      title={title}
      summary={
        <ul className="plain-list">
          {parts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      }
      rows={rows}
      rowKey={(r) => r.day}
      columns={[
        { label: t('charts.date'), cell: (r) => f.day(r.day) },
        ...lines.map((l) => ({ label: l.label, cell: (r: Row) => pain(r[l.key]) })),
      ]}
    >
      <LineChartView
        rows={rows}
        lines={lines}
        yDomain={[0, 10]}
        yTicks={[0, 2, 4, 6, 8, 10]}
        until={dayToDate(localToday()).getTime()}
      />
    </ChartFigure>
  );
}
