import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { useToday } from '../patient-api';
import { SymptomReportForm } from './SymptomReportForm';

/** Route `report`: a new symptom, told to the therapist at once (no session needed). */
export function ReportScreen() {
  const { t } = useTranslation('patient');
  useTitle(t('report.title'));
  const today = useToday();
  const navigate = useNavigate();
  if (today.isPending) return <Loading />;
  if (today.isError) return <ErrorState error={today.error} retry={() => void today.refetch()} />;
  return (
    <div className="patient-page stack">
      <h1 id="report-heading">{t('report.title')}</h1>
      <p>{t('report.intro')}</p>
      <div className="card">
        <SymptomReportForm
          date={today.data.date}
          headingId="report-heading"
          onReported={(result) => {
            // A red flag may have paused the programme: Today then says what to do.
            void navigate('/patient', {
              replace: result.redFlag?.paused === true,
              state: { saved: 'report' },
            });
          }}
        />
      </div>
      <Link to="/patient" className="button button--quiet button--block">
        {t('report.back')}
      </Link>
    </div>
  );
}
