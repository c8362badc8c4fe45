import type { Plan } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../format';
import { Reasoned } from '../Reasoned';
import { RiskBadge } from '../ScoreValue';

/** What the plan was tailored to, its time against the budget, referrals, and why. */
export function PlanOverview({ plan }: { plan: Plan }) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  const c = plan.context;
  const over = plan.minutes.planned > plan.minutes.budget;
  return (
    <section className="card stack" aria-labelledby="plan-summary">
      <h2 id="plan-summary">{t('plan.summary')}</h2>
      {plan.focus === null ? null : (
        <p className="plan-focus">
          <strong>{t('plan.focus')}</strong> {plan.focus}
        </p>
      )}
      <dl className="facts facts--wide">
        <div>
          <dt>{t('result.approach')}</dt>
          <dd>{t(`vocab.approach.${c.approach}`)}</dd>
        </div>
        <div>
          <dt>{t('result.startBack')}</dt>
          <dd>{c.risk === null ? t('scores.notScored') : <RiskBadge risk={c.risk} />}</dd>
        </div>
        <div>
          <dt>{t('result.stage')}</dt>
          <dd>{t(`vocab.stage.${c.stage}`)}</dd>
        </div>
        <div>
          <dt>{t('result.tolerance')}</dt>
          <dd>{t(`vocab.tolerance.${c.tolerance}`)}</dd>
        </div>
        <div>
          <dt>{t('result.direction')}</dt>
          <dd>
            {c.preference === null ? t('plan.noPreference') : t(`vocab.direction.${c.preference}`)}
            {c.avoid.length === 0
              ? ''
              : ` · ${t('exam.avoid', { list: c.avoid.map((d) => t(`vocab.direction.${d}`)).join(', ') })}`}
          </dd>
        </div>
        <div>
          <dt>{t('plan.homeTime')}</dt>
          <dd className={over ? 'field__error' : undefined}>
            {t('plan.minutesOfBudget', {
              planned: f.number(plan.minutes.planned),
              budget: f.number(plan.minutes.budget),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('plan.dates')}</dt>
          <dd>
            {t('plan.dateRange', {
              start: f.day(plan.startDate),
              review: f.day(plan.reviewDate),
            })}
          </dd>
        </div>
      </dl>
      {c.psychologicallyInformed ? (
        <p className="badge badge--info">{t('plan.psychInformed')}</p>
      ) : null}
      {plan.referrals.length === 0 ? null : (
        <div className="banner banner--info">
          <span className="banner__icon" aria-hidden="true">
            ➜
          </span>
          <div>
            <p>
              <strong>{t('plan.referrals')}</strong>
            </p>
            <ul>
              {plan.referrals.map((f) => (
                <li key={f.flag}>
                  <strong>{f.flagName}</strong>: {f.action}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <details>
        <summary>{t('plan.why')}</summary>
        <Reasoned reasons={plan.reasons} evidence={plan.evidence} />
      </details>
    </section>
  );
}

/** The plan's phases, week by week, with their targets. */
export function Phases({ plan }: { plan: Plan }) {
  const { t } = useTranslation('intake');
  return (
    <section className="card stack" aria-labelledby="plan-phases">
      <h2 id="plan-phases">{t('plan.phases')}</h2>
      <ol className="phases">
        {plan.phases.map((p) => (
          <li key={p.id}>
            <h3>
              {p.name}{' '}
              <span className="muted">· {t('plan.weeks', { from: p.fromWeek, to: p.toWeek })}</span>
            </h3>
            <ul>
              {p.targets.map((target) => (
                <li key={target}>{target}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
