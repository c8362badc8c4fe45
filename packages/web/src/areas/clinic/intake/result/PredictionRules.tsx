import type { AssessmentResult, CriterionStatus, PredictionRuleResult } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../format';
import { Reasoned } from '../Reasoned';

const STATUS_LOOK: Record<CriterionStatus, { icon: string; tone: string }> = {
  met: { icon: '✓', tone: 'ok' },
  'not-met': { icon: '✗', tone: 'muted' },
  unknown: { icon: '?', tone: 'warn' },
};

function Rule({ rule }: { rule: PredictionRuleResult }) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  return (
    <section className="card stack" aria-labelledby={`rule-${rule.rule}`}>
      <h3 id={`rule-${rule.rule}`}>{rule.name}</h3>
      <p>
        <span className={`badge badge--${rule.positive ? 'ok' : 'info'}`}>
          <span aria-hidden="true">{rule.positive ? '✓' : '–'}</span>{' '}
          {rule.positive ? t('rules.positive') : t('rules.negative')}
        </span>{' '}
        {t('rules.count', {
          met: rule.criteriaMet,
          total: rule.criteria.length,
          needed: rule.positiveWithAtLeast,
        })}
        {rule.criteriaUnknown > 0
          ? ` · ${t('rules.unknown', { count: rule.criteriaUnknown })}`
          : ''}
      </p>
      <ul className="criteria">
        {rule.criteria.map((c) => {
          const look = STATUS_LOOK[c.status];
          return (
            <li key={c.id} className={`criterion criterion--${look.tone}`}>
              <span aria-hidden="true" className="criterion__icon">
                {look.icon}
              </span>
              <span>
                {c.label} <span className="muted">({c.detail})</span>{' '}
                <span className="visually-hidden">{t(`rules.status.${c.status}`)}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {rule.likelihoodRatios.length === 0 ? null : (
        <p>
          {t('rules.lr')}{' '}
          {rule.likelihoodRatios.map((lr) => `${f.number(lr.value)} (${lr.context})`).join('; ')}
        </p>
      )}
      {rule.caveats.length === 0 ? null : (
        <ul className="muted">
          {rule.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <Reasoned reasons={rule.reasons} evidence={rule.evidence} />
    </section>
  );
}

/** Both clinical prediction rules, criterion by criterion: supporting information only. */
export function PredictionRules({ result }: { result: AssessmentResult }) {
  const { t } = useTranslation('intake');
  return (
    <section className="stack" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('rules.title')}</h2>
      <div className="grid">
        <Rule rule={result.predictionRules.manipulation} />
        <Rule rule={result.predictionRules.stabilisation} />
      </div>
    </section>
  );
}
