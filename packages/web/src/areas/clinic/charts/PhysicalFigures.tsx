import { useTranslation } from 'react-i18next';
import type { Measure } from '../api-types';
import { useFormats } from '../format';
import type { MeasureKind } from '../patient/measure-kinds';
import { physicalSeries, span, type Row } from './chart-data';
import { ChartFigure } from './ChartFigure';
import { INK, type LineSpec } from './chart-types';
import { LineChartView } from './lazy-charts';

/** Physical measures over time (strength, endurance, flexibility, activity), one chart a kind. */
export function PhysicalFigures({ measures }: { measures: readonly Measure[] }) {
  const { t } = useTranslation('clinic');
  const series = physicalSeries(measures);
  return (
    <section className="chart chart--group" aria-labelledby="physical-title">
      <h3 id="physical-title" className="chart__title">
        {t('charts.physical.title')}
      </h3>
      {series.length === 0 ? (
        <p className="muted">{t('charts.physical.none')}</p>
      ) : (
        <div className="chart-grid chart-grid--small">
          {series.map((s) => (
            <PhysicalChart key={s.kind.kind} kind={s.kind} rows={s.rows} />
          ))}
        </div>
      )}
    </section>
  );
}

function PhysicalChart({ kind, rows }: { kind: MeasureKind; rows: Row[] }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const unit = t(`unit.${kind.unit}`);
  const all: LineSpec[] = [
    { key: 'value', label: t('side.none'), color: INK.brand, shape: 'circle' },
    { key: 'left', label: t('side.left'), color: INK.brand, shape: 'circle' },
    { key: 'right', label: t('side.right'), color: INK.warn, dash: '6 4', shape: 'square' },
  ];
  const lines = all.filter((l) => rows.some((r) => typeof r[l.key] === 'number'));
  const value = (v: Row[string]) =>
    typeof v === 'number' ? t('charts.physical.value', { value: f.number(v), unit }) : '–';
  const parts = lines.flatMap((l) => {
    const s = span(rows, l.key);
    if (s === null) return [];
    const side = l.key === 'value' ? '' : `${l.label}: `;
    return [
      s.count === 1
        ? t('charts.physical.single', {
            side,
            value: value(s.first.value),
            date: f.day(s.first.day),
          })
        : t('charts.physical.change', {
            side,
            first: value(s.first.value),
            firstDate: f.day(s.first.day),
            last: value(s.last.value),
            lastDate: f.day(s.last.day),
            change: f.signed(s.last.value - s.first.value),
            unit,
          }),
    ];
  });
  const name = t(`measure.${kind.kind}`);
  return (
    <ChartFigure
      level={4}
      title={name}
      summary={
        <>
          {parts.map((p) => (
            <p key={p}>{p}</p>
          ))}
          <p className="small muted">
            {t(kind.lowerIsBetter ? 'charts.physical.lowerBetter' : 'charts.physical.higherBetter')}
          </p>
        </>
      }
      rows={rows}
      rowKey={(r) => r.day}
      columns={[
        { label: t('charts.date'), cell: (r) => f.day(r.day) },
        ...lines.map((l) => ({ label: l.label, cell: (r: Row) => value(r[l.key]) })),
      ]}
    >
      <LineChartView rows={rows} lines={lines} height={180} />
    </ChartFigure>
  );
}
