import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../../ui/states';
import { bySeverity } from '../alert-levels';
import type { Patient } from '../api-types';
import { usePatientAlerts } from '../queries';
import { AlertItem } from '../shared/AlertItem';

/** The patient's open alerts, most severe first; acknowledged ones folded away below. */
export function PatientAlerts({ patient }: { patient: Patient }) {
  const { t } = useTranslation('clinic');
  const alerts = usePatientAlerts(patient.id);
  const open = (alerts.data ?? []).filter((a) => a.status === 'open').sort(bySeverity);
  const done = (alerts.data ?? []).filter((a) => a.status === 'acknowledged');
  return (
    <section className="card stack" aria-labelledby="alerts-title" id="alerts">
      <h2 id="alerts-title">
        {t('alerts.title')}{' '}
        {alerts.data === undefined ? null : (
          <span className="count">{t('alerts.openCount', { count: open.length })}</span>
        )}
      </h2>
      {alerts.isPending ? <Loading /> : null}
      {alerts.isError ? (
        <ErrorState error={alerts.error} retry={() => void alerts.refetch()} />
      ) : null}
      {alerts.data !== undefined && open.length === 0 ? (
        <p className="muted">
          <span aria-hidden="true">✓ </span>
          {t('alerts.noneOpen')}
        </p>
      ) : null}
      {open.length > 0 ? (
        <ul className="alert-list">
          {open.map((a) => (
            <AlertItem key={a.id} alert={a} patient={patient} />
          ))}
        </ul>
      ) : null}
      {done.length > 0 ? (
        <details>
          <summary>{t('alerts.acknowledgedList', { count: done.length })}</summary>
          <ul className="alert-list alert-list--done">
            {done.map((a) => (
              <AlertItem key={a.id} alert={a} patient={patient} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
