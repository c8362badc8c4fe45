import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { localDate } from '../dates';
import { useJournal, useMeasures } from '../patient-api';
import { GoalsSection } from './GoalsSection';
import { MeasuresSection } from './MeasuresSection';
import { PainTable, SessionsTable } from './ProgressTables';
import {
  painChange,
  painSeries,
  sessionsInLast,
  weeklySessions,
  weeksSince,
} from './progress-data';
import './progress.css';

// recharts is large: it loads with this screen's charts, never with Today.
const PainChart = lazy(() => import('./PainChart'));
const SessionsChart = lazy(() => import('./SessionsChart'));

/** How things are going, in plain sentences first and charts second. */
export function ProgressScreen() {
  const { t } = useTranslation('patient');
  useTitle(t('progress.title'));
  const journal = useJournal(500);
  const measures = useMeasures();
  if (journal.isPending) return <Loading />;
  if (journal.isError)
    return <ErrorState error={journal.error} retry={() => void journal.refetch()} />;

  const entries = journal.data;
  const today = localDate(new Date());
  const points = painSeries(entries);
  const change = painChange(entries);
  const weeks = weeklySessions(entries, today, weeksSince(entries, today));
  const painSentence =
    change === null
      ? t('progress.painTooSoon')
      : change.to < change.from
        ? t('progress.painDown', change)
        : change.to > change.from
          ? t('progress.painUp', change)
          : t('progress.painSame', { value: change.to });

  return (
    <div className="patient-page stack">
      <h1>{t('progress.title')}</h1>
      <GoalsSection />
      {entries.length < 2 ? (
        <EmptyState title={t('progress.emptyTitle')}>
          <p>{t('progress.emptyBody')}</p>
          <Link className="button" to="/patient/log">
            {t('today.logSession')}
          </Link>
        </EmptyState>
      ) : (
        <>
          <section className="card stack" aria-labelledby="pain-heading">
            <h2 id="pain-heading">{t('progress.painTitle')}</h2>
            <p className="progress-sentence">{painSentence}</p>
            <figure className="chart-figure">
              <Suspense fallback={<Loading />}>
                <PainChart points={points} />
              </Suspense>
              <figcaption className="chart-legend">
                <span className="chart-legend__item">
                  <span className="chart-key chart-key--session" aria-hidden="true" />
                  {t('progress.painSession')}
                </span>
                <span className="chart-legend__item">
                  <span className="chart-key chart-key--morning" aria-hidden="true" />
                  {t('progress.painMorning')}
                </span>
                <span className="muted">{t('progress.painScale')}</span>
              </figcaption>
            </figure>
            <PainTable points={points} />
          </section>
          <section className="card stack" aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">{t('progress.sessionsTitle')}</h2>
            <p className="progress-sentence">
              {t('progress.sessionsRecent', { count: sessionsInLast(entries, today, 21) })}{' '}
              {t('progress.sessionsTotal', { count: entries.length })}
            </p>
            <figure className="chart-figure">
              <Suspense fallback={<Loading />}>
                <SessionsChart weeks={weeks} />
              </Suspense>
              <figcaption className="muted">{t('progress.sessionsCaption')}</figcaption>
            </figure>
            <SessionsTable weeks={weeks} />
          </section>
        </>
      )}
      <MeasuresSection query={measures} />
    </div>
  );
}
