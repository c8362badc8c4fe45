import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../paths';
import { AlertBadge } from '../shared/AlertBadge';
import { SafetyBadge } from '../shared/SafetyBadge';
import type { PatientRowData } from './patient-order';

/** One patient in the list: name, open alerts, plan, therapist and status at a glance. */
export function PatientListItem({ row }: { row: PatientRowData }) {
  const { t } = useTranslation('clinic');
  const { patient } = row;
  return (
    <li className={`patient-item${patient.safety === null ? '' : ' patient-item--safety'}`}>
      <div className="patient-item__name">
        <Link to={paths.dashboard(patient.id)}>{patient.displayName}</Link>
        <span className="muted patient-item__email">{patient.email}</span>
      </div>
      {patient.safety === null ? null : (
        <p className="patient-item__safety">
          <SafetyBadge state={patient.safety.state} />
          <span>
            {row.safetyReason}
            {patient.programmePaused ? (
              <span className="muted"> · {t('list.programmePaused')}</span>
            ) : null}
          </span>
        </p>
      )}
      <div className="patient-item__cell">
        <span className="patient-item__label">{t('list.alerts')}</span>
        {!row.alertsKnown ? (
          <span className="muted">{t('list.notLoaded')}</span>
        ) : row.level === null ? (
          <span className="muted">{t('list.noAlerts')}</span>
        ) : (
          <AlertBadge level={row.level} count={row.alertCount} />
        )}
      </div>
      <div className="patient-item__cell">
        <span className="patient-item__label">{t('list.plan')}</span>
        {row.planVersion === null ? (
          <span className="badge badge--info">
            <span aria-hidden="true">○</span>
            {t('list.noPlan')}
          </span>
        ) : (
          <span>{t('list.planVersion', { version: row.planVersion })}</span>
        )}
      </div>
      <div className="patient-item__cell">
        <span className="patient-item__label">{t('list.therapist')}</span>
        <span>{row.therapistName}</span>
      </div>
      <div className="patient-item__cell">
        <span className="patient-item__label">{t('list.status')}</span>
        <span>
          {row.statusLabel}
          {patient.hasAccount ? null : <span className="muted"> · {t('list.invitePending')}</span>}
          {patient.disengagedAt === null ? null : (
            <span className="muted"> · {t('list.disengaged')}</span>
          )}
          {patient.safety === null && patient.programmePaused ? (
            <span className="muted"> · {t('list.programmePaused')}</span>
          ) : null}
        </span>
      </div>
    </li>
  );
}
