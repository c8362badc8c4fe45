import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../../ui/states';
import { activePlan, JOURNAL_LIMIT, useJournal, useMeasures, usePlan, usePlans } from '../queries';
import { AdherenceFigure } from './AdherenceFigure';
import { DisabilityFigure } from './DisabilityFigure';
import { PainFigure } from './PainFigure';
import { PhysicalFigures } from './PhysicalFigures';
import './charts.css';

/** The patient's progress over time: pain, disability, adherence and physical measures. */
export function ProgressCharts({ patientId }: { patientId: string }) {
  const { t } = useTranslation('clinic');
  const journal = useJournal(patientId);
  const measures = useMeasures(patientId);
  const plans = usePlans(patientId);
  const plan = usePlan(patientId, activePlan(plans.data)?.id);
  return (
    <section className="card stack" aria-labelledby="progress-title" id="progress">
      <h2 id="progress-title">{t('charts.title')}</h2>
      <div className="chart-grid">
        {journal.isPending ? <Loading /> : null}
        {journal.isError ? (
          <ErrorState error={journal.error} retry={() => void journal.refetch()} />
        ) : null}
        {journal.data === undefined ? null : <PainFigure entries={journal.data} />}
        {measures.isPending ? <Loading /> : null}
        {measures.isError ? (
          <ErrorState error={measures.error} retry={() => void measures.refetch()} />
        ) : null}
        {measures.data === undefined ? null : <DisabilityFigure measures={measures.data} />}
        {journal.data === undefined || plans.isPending || plan.isLoading ? null : (
          <AdherenceFigure
            entries={journal.data}
            plan={plan.data?.plan}
            truncated={journal.data.length >= JOURNAL_LIMIT}
          />
        )}
      </div>
      {measures.data === undefined ? null : <PhysicalFigures measures={measures.data} />}
    </section>
  );
}
