import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Patient } from '../api-types';
import { useFormats } from '../format';
import { paths } from '../paths';
import { SafetyBadge } from '../shared/SafetyBadge';
import { useSafetyReason } from '../shared/use-safety-reason';
import { ContactLinks } from './ContactLinks';

/**
 * At the top of the dashboard while the patient is in a safety state: why, since when, what the
 * findings say, how to call the patient or their emergency contact, and where to record the
 * outcome. While the programme stays paused after a decision, that is said too.
 */
export function SafetyBanner({ patient }: { patient: Patient }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const reason = useSafetyReason();
  const safety = patient.safety;
  if (safety === null) {
    if (!patient.programmePaused) return null;
    const ended = patient.lastSafetyDecision?.outcome === 'discharged';
    return (
      <section className="banner banner--warn" aria-labelledby="paused-heading">
        <span className="banner__icon" aria-hidden="true">
          ‖
        </span>
        <div className="stack">
          <h2 id="paused-heading" className="banner__title">
            {t('safetyBanner.pausedTitle')}
          </h2>
          <p>{ended ? t('safetyBanner.pausedDischarged') : t('safetyBanner.pausedBody')}</p>
          {ended || patient.activePlan === null ? null : (
            <p>
              <Link to={paths.plan(patient.id, patient.activePlan.id)}>
                {t('safetyBanner.openPlan', { version: patient.activePlan.version })}
              </Link>
            </p>
          )}
        </div>
      </section>
    );
  }
  return (
    <section className="banner banner--danger safety-banner" aria-labelledby="safety-heading">
      <span className="banner__icon" aria-hidden="true">
        !
      </span>
      <div className="stack">
        <h2 id="safety-heading" className="banner__title">
          <SafetyBadge state={safety.state} /> {reason(safety)}
        </h2>
        <p>
          {safety.since === null ? null : t('safetyBanner.since', { when: f.stamp(safety.since) })}{' '}
          {patient.programmePaused ? t('safetyBanner.paused') : null}
        </p>
        {safety.findings.length === 0 ? null : (
          <ul>
            {safety.findings.map((finding) => (
              <li key={finding.flagName}>
                <strong>{finding.flagName}</strong> (
                {t(`findingLevel.${finding.level}`, { defaultValue: finding.level })})
              </li>
            ))}
          </ul>
        )}
        <ContactLinks patient={patient} />
        <p>
          <a href="#alerts">{t('safetyBanner.recordOutcome')}</a>
        </p>
      </div>
    </section>
  );
}
