import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../paths';
import { usePatient } from '../queries';

/** Where this screen sits: the patient list, the patient's dashboard, then this screen. */
export function PatientTrail({ patientId, current }: { patientId: string; current: string }) {
  const { t } = useTranslation('intake');
  const patient = usePatient(patientId);
  const name = patient.data?.displayName ?? (patient.isError ? t('trail.patient') : '…');
  return (
    <nav aria-label={t('trail.label')} className="trail">
      <ol>
        <li>
          <Link to="/clinic">{t('trail.patients')}</Link>
        </li>
        <li>
          <Link to={paths.dashboard(patientId)}>{name}</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

/** The patient's name for titles, or a neutral word until it loads. */
export function usePatientName(patientId: string): string {
  const { t } = useTranslation('intake');
  return usePatient(patientId).data?.displayName ?? t('trail.patient');
}
