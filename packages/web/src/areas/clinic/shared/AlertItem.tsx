import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Alert } from '../api-types';
import { useFormats } from '../format';
import { useAcknowledge } from '../mutations';
import { paths } from '../paths';
import { AlertBadge } from './AlertBadge';
import { useErrorText } from './use-error-text';
import { useStaffNames } from './use-staff-names';

/** One alert: level, type, the server's message, its date, and Acknowledge while it is open. */
export function AlertItem(props: { alert: Alert; patientName?: string }) {
  const { alert, patientName } = props;
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const staffName = useStaffNames();
  const acknowledge = useAcknowledge(alert.patientId);
  const errorText = useErrorText();
  const type = t(`alertType.${alert.type}`, { defaultValue: alert.type });
  return (
    <li className={`alert-item alert-item--${alert.level}`}>
      <div className="alert-item__head">
        <AlertBadge level={alert.level} />
        <span className="alert-item__type">{type}</span>
        <span className="muted">{f.day(alert.onDate)}</span>
      </div>
      {patientName === undefined ? null : (
        <p className="alert-item__patient">
          <Link to={paths.dashboard(alert.patientId)}>{patientName}</Link>
        </p>
      )}
      <p className="alert-item__message">{alert.message}</p>
      {alert.status === 'open' ? (
        <div className="row">
          <button
            type="button"
            className="button button--secondary"
            disabled={acknowledge.isPending}
            onClick={() => {
              acknowledge.mutate(alert.id);
            }}
          >
            {acknowledge.isPending ? t('alerts.acknowledging') : t('alerts.acknowledge')}
            <span className="visually-hidden">
              {' '}
              {patientName === undefined
                ? t('alerts.acknowledgeWhich', { type, date: f.day(alert.onDate) })
                : t('alerts.acknowledgeWhichFor', {
                    type,
                    patient: patientName,
                    date: f.day(alert.onDate),
                  })}
            </span>
          </button>
          {acknowledge.isError ? (
            <span className="field__error" role="alert">
              {errorText(acknowledge.error)}
            </span>
          ) : null}
        </div>
      ) : (
        <p className="muted">
          <span aria-hidden="true">✓ </span>
          {t('alerts.acknowledgedBy', { name: staffName(alert.acknowledgedBy) })}
        </p>
      )}
    </li>
  );
}
