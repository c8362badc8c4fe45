import type { Plan } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../format';
import { Reasoned } from '../Reasoned';
import type { PlanWarningView } from '../types';
import { StatusBadge } from './StatusBadge';
import { WarningList } from './WarningList';

/** Lessons grouped by the week they are offered. */
export function Lessons({ plan }: { plan: Plan }) {
  const { t } = useTranslation('intake');
  const weeks = [...new Set(plan.lessons.map((l) => l.week))].sort((a, b) => a - b);
  return (
    <section className="card stack" aria-labelledby="plan-lessons">
      <h2 id="plan-lessons">{t('plan.lessons')}</h2>
      {weeks.length === 0 ? <p className="muted">{t('plan.noLessons')}</p> : null}
      {weeks.map((week) => (
        <div key={week}>
          <h3>{t('plan.week', { week })}</h3>
          <ul className="lesson-list">
            {plan.lessons
              .filter((l) => l.week === week)
              .map((l) => (
                <li key={l.lessonId}>
                  <details>
                    <summary>{l.title}</summary>
                    <Reasoned reasons={l.reasons} evidence={l.evidence} />
                  </details>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** The activity goal: a weekly quota from the patient's baseline. */
export function ActivityGoal({ plan }: { plan: Plan }) {
  const { t } = useTranslation('intake');
  const goal = plan.activityGoal;
  return (
    <section className="card stack" aria-labelledby="plan-activity">
      <h2 id="plan-activity">{t('plan.activity')}</h2>
      <p>
        {t('plan.activityLine', {
          activity: t(`vocab.activityGoal.${goal.activity}`),
          baseline: goal.baselineMinutesPerDay,
        })}{' '}
        {goal.graded ? <span className="badge badge--info">{t('plan.graded')}</span> : null}
      </p>
      <p>
        {t('plan.activityTarget', { minutes: goal.targetMinutesPerDay })}{' '}
        {goal.pattern === 'interval' ? (
          <span className="badge badge--info">{t('plan.interval')}</span>
        ) : null}{' '}
        {goal.forwardLean ? (
          <span className="badge badge--info">{t('plan.forwardLean')}</span>
        ) : null}
      </p>
      <details>
        <summary>{t('plan.activityTable')}</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('plan.weekCol')}</th>
                <th scope="col">{t('plan.minutesCol')}</th>
                <th scope="col">{t('plan.daysCol')}</th>
                <th scope="col">{t('plan.boutsCol')}</th>
              </tr>
            </thead>
            <tbody>
              {goal.weeks.map((w) => (
                <tr key={w.week}>
                  <th scope="row">{w.week}</th>
                  <td>{w.minutesPerDay}</td>
                  <td>{w.daysPerWeek}</td>
                  <td>{w.bouts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <Reasoned reasons={goal.reasons} evidence={goal.evidence} />
    </section>
  );
}

/** Care in the clinic and self-care advice, with the warnings that concern each. */
export function Interventions(props: { plan: Plan; warnings: readonly PlanWarningView[] }) {
  const { t } = useTranslation('intake');
  const { plan } = props;
  return (
    <section className="card stack" aria-labelledby="plan-interventions">
      <h2 id="plan-interventions">{t('plan.interventions')}</h2>
      <p>
        <strong>{t('plan.contacts')}</strong> {plan.clinicContacts.summary}
      </p>
      {plan.interventions.length === 0 ? (
        <p className="muted">{t('plan.noInterventions')}</p>
      ) : null}
      <ul className="intervention-list">
        {plan.interventions.map((i) => (
          <li key={i.interventionId} className="stack">
            <p>
              <strong>{i.name}</strong>{' '}
              <span className="badge badge--info">{t(`plan.setting.${i.setting}`)}</span>{' '}
              <StatusBadge status={i.status} />
            </p>
            {i.onlyWithExercise ? <p className="muted">{t('plan.onlyWithExercise')}</p> : null}
            <WarningList warnings={props.warnings.filter((w) => w.subject === i.interventionId)} />
            <Reasoned reasons={i.reasons} evidence={i.evidence} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** When the plan is reviewed, the latest discharge, and what discharge needs. */
export function Discharge({ plan }: { plan: Plan }) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  return (
    <section className="card stack" aria-labelledby="plan-discharge">
      <h2 id="plan-discharge">{t('plan.discharge')}</h2>
      <p>
        {t('plan.reviewOn', { date: f.day(plan.reviewDate) })}
        <br />
        {t('plan.dischargeBy', { date: f.day(plan.dischargeBy) })}
      </p>
      <ul>
        {plan.dischargeCriteria.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}
