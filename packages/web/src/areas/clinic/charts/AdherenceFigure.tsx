import type { Plan } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import type { JournalItem } from '../api-types';
import { localToday, useFormats } from '../format';
import { adherenceWeeks } from './chart-data';
import { ChartFigure } from './ChartFigure';
import { AdherenceChartView } from './lazy-charts';

/** Days with a logged session per week of the plan, against the days it prescribes. */
export function AdherenceFigure(props: {
  entries: readonly JournalItem[];
  plan: Plan | undefined;
  truncated: boolean;
}) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const weeks = adherenceWeeks(props.entries, props.plan, localToday(), props.truncated);
  const title = t('charts.adherence.title');
  if (weeks.length === 0) {
    return (
      <section className="chart">
        <h3 className="chart__title">{title}</h3>
        <p className="muted">{t('charts.adherence.none')}</p>
      </section>
    );
  }
  const full = weeks.filter((w) => !w.current);
  const current = weeks.find((w) => w.current);
  const logged = full.reduce((n, w) => n + w.sessions, 0);
  const asked = full.reduce((n, w) => n + (w.prescribed ?? 0), 0);
  const lines: string[] = [];
  if (full.length > 0 && props.plan !== undefined && asked > 0) {
    lines.push(
      t('charts.adherence.full', {
        count: full.length,
        logged,
        asked,
        percent: Math.round((logged * 100) / asked),
      }),
    );
  } else if (full.length > 0) {
    lines.push(t('charts.adherence.fullNoPlan', { count: full.length, logged }));
  }
  if (current !== undefined) {
    lines.push(
      current.prescribed === null
        ? t('charts.adherence.currentNoPlan', { week: current.week, logged: current.sessions })
        : t('charts.adherence.current', {
            week: current.week,
            logged: current.sessions,
            asked: current.prescribed,
          }),
    );
  }
  if (props.truncated) lines.push(t('charts.adherence.truncated'));
  const weekLabel = (week: number) => t('charts.adherence.week', { week });
  return (
    <ChartFigure
      title={title}
      summary={
        <ul className="plain-list">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      }
      rows={weeks}
      rowKey={(w) => String(w.week)}
      columns={[
        {
          label: t('charts.adherence.weekColumn'),
          cell: (w) => `${weekLabel(w.week)} (${f.day(w.from)})`,
        },
        { label: t('charts.adherence.sessions'), cell: (w) => String(w.sessions) },
        {
          label: t('charts.adherence.prescribed'),
          cell: (w) => (w.prescribed === null ? '–' : String(w.prescribed)),
        },
      ]}
    >
      <AdherenceChartView
        weeks={weeks}
        weekLabel={(w) => t('charts.adherence.weekShort', { week: w })}
        sessionsLabel={t('charts.adherence.sessions')}
        prescribedLabel={t('charts.adherence.prescribed')}
      />
    </ChartFigure>
  );
}
