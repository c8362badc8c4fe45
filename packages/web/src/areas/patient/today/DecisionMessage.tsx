import { useTranslation } from 'react-i18next';
import type { SafetyDecision } from '../patient-api';
import { formatInstantDay } from '../dates';

/**
 * What the clinician decided after a red flag, in plain words: whether the programme goes on,
 * and the clinician's note if they wrote one.
 */
export function DecisionMessage({ decision }: { decision: SafetyDecision }) {
  const { t, i18n } = useTranslation('patient');
  const tone = decision.outcome === 'cleared' ? 'ok' : 'info';
  return (
    <section className={`banner banner--${tone}`} aria-labelledby="decision-heading">
      <span className="banner__icon" aria-hidden="true">
        {tone === 'ok' ? '✓' : 'ℹ'}
      </span>
      <div className="stack">
        <h2 id="decision-heading" className="banner__title">
          {t(`decision.${decision.outcome}.title`)}
        </h2>
        <p>{t(`decision.${decision.outcome}.body`)}</p>
        {decision.note === null ? null : (
          <p>
            {t('decision.note')} <q>{decision.note}</q>
          </p>
        )}
        <p className="muted">
          {t('decision.when', { date: formatInstantDay(decision.decidedAt, i18n.language) })}
        </p>
      </div>
    </section>
  );
}
