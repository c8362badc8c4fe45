import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { bySeverity, LEVELS } from '../alert-levels';
import { useClinicAlerts, usePatients } from '../queries';
import { AlertBadge } from '../shared/AlertBadge';
import { AlertItem } from '../shared/AlertItem';

/** Every open alert of the clinic, most severe first, acknowledged where it stands. */
export function ClinicAlerts() {
  const { t } = useTranslation('clinic');
  useTitle(t('clinicAlerts.title'));
  const alerts = useClinicAlerts();
  const patients = usePatients();
  const byId = new Map((patients.data ?? []).map((p) => [p.id, p]));
  const list = [...(alerts.data ?? [])].sort(bySeverity);
  return (
    <div className="stack">
      <h1>{t('clinicAlerts.title')}</h1>
      <p className="muted">{t('clinicAlerts.intro')}</p>
      {alerts.isPending ? <Loading /> : null}
      {alerts.isError ? (
        <ErrorState error={alerts.error} retry={() => void alerts.refetch()} />
      ) : null}
      {patients.isError ? (
        <ErrorState error={patients.error} retry={() => void patients.refetch()} />
      ) : null}
      {alerts.data !== undefined && list.length === 0 ? (
        <EmptyState title={t('clinicAlerts.emptyTitle')}>
          <p>{t('clinicAlerts.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {list.length > 0 ? (
        <>
          <p className="row" role="status">
            <span>{t('clinicAlerts.count', { count: list.length })}</span>
            {LEVELS.map((l) => {
              const n = list.filter((a) => a.level === l).length;
              return n === 0 ? null : <AlertBadge key={l} level={l} count={n} />;
            })}
          </p>
          <ul className="alert-list alert-list--clinic">
            {list.map((a) => {
              const patient = byId.get(a.patientId);
              return (
                <AlertItem
                  key={a.id}
                  alert={a}
                  showPatient
                  {...(patient === undefined ? {} : { patient })}
                />
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
