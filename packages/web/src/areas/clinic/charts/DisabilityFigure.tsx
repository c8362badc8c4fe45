import { importantChange } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../api-types';
import { useFormats } from '../format';
import { disabilitySeries, span, type DisabilityId, type Row } from './chart-data';
import { ChartFigure } from './ChartFigure';
import { INK } from './chart-types';
import { LineChartView } from './lazy-charts';

const RANGE: Record<DisabilityId, readonly [number, number]> = { odi: [0, 100], rmdq: [0, 24] };

/** Disability questionnaire scores over time (ODI, RMDQ), with whether the change is important. */
export function DisabilityFigure({ measures }: { measures: readonly Measure[] }) {
  const { t } = useTranslation('clinic');
  const series = disabilitySeries(measures);
  if (series.length === 0) {
    return (
      <section className="chart">
        <h3 className="chart__title">{t('charts.disability.title')}</h3>
        <p className="muted">{t('charts.disability.none')}</p>
      </section>
    );
  }
  return (
    <>
      {series.map((s) => (
        <DisabilityChart key={s.id} id={s.id} rows={s.rows} />
      ))}
    </>
  );
}

function DisabilityChart({ id, rows }: { id: DisabilityId; rows: Row[] }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const name = t(`instrument.${id}`);
  const s = span(rows, 'value');
  let summary = '';
  if (s !== null && s.count === 1) {
    summary = t('charts.disability.single', {
      name,
      value: f.number(s.first.value),
      date: f.day(s.first.day),
    });
  } else if (s !== null) {
    const change = importantChange(id, s.first.value, s.last.value);
    summary = t('charts.disability.change', {
      name,
      first: f.number(s.first.value),
      firstDate: f.day(s.first.day),
      last: f.number(s.last.value),
      lastDate: f.day(s.last.day),
      change: f.signed(s.last.value - s.first.value),
      verdict: change.ok ? t(`verdict.${change.value.verdict}`) : t('verdict.unknown'),
      rule: t(`charts.disability.rule.${id}`),
    });
  }
  return (
    <ChartFigure
      title={t('charts.disability.titleOf', { name, range: RANGE[id].join('–') })}
      summary={<p>{summary}</p>}
      rows={rows}
      rowKey={(r) => r.day}
      columns={[
        { label: t('charts.date'), cell: (r) => f.day(r.day) },
        { label: name, cell: (r) => (typeof r.value === 'number' ? f.number(r.value) : '–') },
      ]}
    >
      <LineChartView
        rows={rows}
        yDomain={RANGE[id]}
        lines={[{ key: 'value', label: name, color: INK.brand, shape: 'circle' }]}
      />
    </ChartFigure>
  );
}
