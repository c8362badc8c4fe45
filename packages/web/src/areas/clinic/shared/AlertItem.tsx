import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Alert, Patient } from '../api-types';
import { useFormats } from '../format';
import { useAcknowledge, useMarkEngagement, type AcknowledgeBody } from '../mutations';
import { paths } from '../paths';
import { ContactLinks } from '../safety/ContactLinks';
import { RedFlagDetailView } from '../safety/RedFlagDetailView';
import { SafetyOutcomeForm } from '../safety/SafetyOutcomeForm';
import { AcknowledgeForm } from './AcknowledgeForm';
import { AlertBadge } from './AlertBadge';
import { useErrorText } from './use-error-text';

/**
 * One alert: level, type, the server's message, its date; while open, the way to close it. A
 * red-flag alert closes only with a recorded outcome; any other with an optional note. An alert
 * that proposes marking the patient disengaged offers that too.
 */
export function AlertItem(props: { alert: Alert; patient?: Patient; showPatient?: boolean }) {
  const { alert, patient } = props;
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const errorText = useErrorText();
  const acknowledge = useAcknowledge(alert.patientId);
  const engagement = useMarkEngagement(alert.patientId);
  const [closing, setClosing] = useState(false);
  const type = t(`alertType.${alert.type}`, { defaultValue: alert.type });
  const redFlag = alert.type === 'red-flag';
  const patientName = patient?.displayName;
  const which =
    props.showPatient === true && patientName !== undefined
      ? t('alerts.acknowledgeWhichFor', { type, patient: patientName, date: f.day(alert.onDate) })
      : t('alerts.acknowledgeWhich', { type, date: f.day(alert.onDate) });
  const close = (body: AcknowledgeBody) => {
    acknowledge.mutate(
      { alertId: alert.id, body },
      {
        onSuccess: () => {
          setClosing(false);
        },
      },
    );
  };

  return (
    <li className={`alert-item alert-item--${alert.level}`}>
      <div className="alert-item__head">
        <AlertBadge level={alert.level} />
        <span className="alert-item__type">{type}</span>
        <span className="muted">{f.day(alert.onDate)}</span>
      </div>
      {props.showPatient === true ? (
        <p className="alert-item__patient">
          <Link to={paths.dashboard(alert.patientId)}>
            {patientName ?? t('clinicAlerts.unknownPatient')}
          </Link>
        </p>
      ) : null}
      {alert.detail === null ? (
        <p className="alert-item__message">{alert.message}</p>
      ) : (
        <RedFlagDetailView detail={alert.detail} />
      )}
      {/* On the dashboard the safety banner above has the numbers. */}
      {redFlag && alert.status === 'open' && props.showPatient === true && patient !== undefined ? (
        <ContactLinks patient={patient} />
      ) : null}
      {alert.status === 'open' ? (
        <div className="stack alert-item__actions">
          {closing ? (
            redFlag ? (
              <SafetyOutcomeForm
                pending={acknowledge.isPending}
                error={acknowledge.error}
                submitLabel={t('outcome.submit')}
                focusOnOpen
                onSubmit={close}
                onCancel={() => {
                  setClosing(false);
                }}
              />
            ) : (
              <AcknowledgeForm
                pending={acknowledge.isPending}
                error={acknowledge.error}
                which={which}
                onSubmit={(note) => {
                  close(note === undefined ? {} : { note });
                }}
                onCancel={() => {
                  setClosing(false);
                }}
              />
            )
          ) : (
            <div className="row">
              <button
                type="button"
                className={redFlag ? 'button' : 'button button--secondary'}
                onClick={() => {
                  acknowledge.reset();
                  setClosing(true);
                }}
              >
                {redFlag ? t('outcome.open') : t('alerts.acknowledge')}
                <span className="visually-hidden"> {which}</span>
              </button>
              {alert.action === 'mark-disengaged' ? (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={engagement.isPending}
                  onClick={() => {
                    engagement.mutate(true);
                  }}
                >
                  {engagement.isPending ? t('engagement.marking') : t('engagement.mark')}
                  {patientName === undefined ? null : (
                    <span className="visually-hidden"> {patientName}</span>
                  )}
                </button>
              ) : null}
            </div>
          )}
          {engagement.isError ? (
            <p className="field__error" role="alert">
              {errorText(engagement.error)}
            </p>
          ) : null}
        </div>
      ) : (
        <AlertDecision alert={alert} />
      )}
    </li>
  );
}

/** How a closed alert was closed: the outcome, the note, who and when. */
function AlertDecision({ alert }: { alert: Alert }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const name = alert.acknowledgedByName ?? t('staff.unknown');
  return (
    <div className="alert-item__decision">
      <p>
        <span aria-hidden="true">✓ </span>
        {alert.outcome === null
          ? t('alerts.acknowledgedBy', { name })
          : t('alerts.decidedBy', { outcome: t(`outcome.${alert.outcome}.label`), name })}
        {alert.decidedAt === null ? null : (
          <span className="muted"> · {f.stamp(alert.decidedAt)}</span>
        )}
      </p>
      {alert.note === null ? null : <p className="pre-line">{alert.note}</p>}
    </div>
  );
}
