import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { ProgressCharts } from '../charts/ProgressCharts';
import { JournalTimeline } from '../journal/JournalTimeline';
import { usePatient } from '../queries';
import { SafetyBanner } from '../safety/SafetyBanner';
import { ContactDetails } from './ContactDetails';
import { DecisionTimeline } from './DecisionTimeline';
import { MeasureForm } from './MeasureForm';
import { NoteForm } from './NoteForm';
import { PatientAlerts } from './PatientAlerts';
import { PatientHeader } from './PatientHeader';
import { ProposalList } from './ProposalList';

const SECTIONS = [
  'alerts',
  'proposals',
  'decisions',
  'contact',
  'progress',
  'record-measure',
  'note',
  'journal',
] as const;

/** One patient: who they are, what needs a decision, how they are doing, and their journal. */
export function PatientDashboard() {
  const { t } = useTranslation('clinic');
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);
  useTitle(patient.data?.displayName ?? t('dashboard.title'));
  if (patient.isPending) return <Loading />;
  if (patient.isError) {
    return (
      <div className="stack">
        <h1>{t('dashboard.title')}</h1>
        <ErrorState
          error={patient.error}
          retry={
            patient.error instanceof ApiError && patient.error.status === 404
              ? undefined
              : () => void patient.refetch()
          }
        />
        <p>
          <Link to="/clinic">{t('dashboard.backToList')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="stack dashboard">
      <p className="breadcrumb">
        <Link to="/clinic">{t('dashboard.backToList')}</Link>
      </p>
      <PatientHeader patient={patient.data} />
      <SafetyBanner patient={patient.data} />
      <nav aria-label={t('dashboard.onThisPage')} className="jump-nav">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`}>{t(`dashboard.jump.${s}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="dashboard__decisions">
        <PatientAlerts patient={patient.data} />
        <ProposalList patientId={patientId} />
      </div>
      <div className="dashboard__decisions">
        <DecisionTimeline patientId={patientId} />
        <ContactDetails patient={patient.data} />
      </div>
      <ProgressCharts patientId={patientId} />
      <div className="dashboard__forms">
        <MeasureForm patientId={patientId} />
        <NoteForm patientId={patientId} />
      </div>
      <JournalTimeline patientId={patientId} />
    </div>
  );
}
