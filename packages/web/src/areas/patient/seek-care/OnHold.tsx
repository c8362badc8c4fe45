import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTitle } from '../../../ui/use-title';
import type { Today } from '../patient-api';
import { DecisionMessage } from '../today/DecisionMessage';
import { ClinicCall } from './ClinicCall';
import './seek-care.css';

/**
 * Paused after a clinician's decision rather than by a red flag still open: sent to emergency care
 * (paused until a new programme is published) or discharged. The decision says what happened.
 */
export function OnHold({ day }: { day: Today }) {
  const { t } = useTranslation('patient');
  useTitle(t('paused.title'));
  const ended = day.lastDecision?.outcome === 'discharged';
  return (
    <div className="patient-page stack">
      <h1>{ended ? t('paused.headingEnded') : t('paused.headingDecided')}</h1>
      {day.lastDecision === null ? null : <DecisionMessage decision={day.lastDecision} />}
      <div className="card stack">
        {ended ? null : <p>{t('paused.decidedBody')}</p>}
        <ClinicCall clinic={day.clinic} urgent={false} />
      </div>
      <p>
        <Link to="/patient/lessons">{t('noPlan.lessons')}</Link>
      </p>
    </div>
  );
}
