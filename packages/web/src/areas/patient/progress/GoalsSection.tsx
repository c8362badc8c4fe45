import type { GoalProgress, MeasurableGoal } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../dates';
import { usePlan, useToday } from '../patient-api';

/** One goal in plain words: what is measured, where the patient started, and the aim. */
function GoalItem({ goal, now }: { goal: MeasurableGoal; now: GoalProgress | undefined }) {
  const { t, i18n } = useTranslation('patient');
  const date = formatDay(goal.by, i18n.language, { day: 'numeric', month: 'long' });
  const values = { from: goal.baseline, to: goal.target, date, activity: goal.activity ?? '' };
  // A target no better than the start (walking already at the aim) is to be kept, not reached.
  const held =
    goal.direction === 'up' ? goal.target <= goal.baseline : goal.target >= goal.baseline;
  return (
    <li className="stack goal-item">
      <p>
        <strong>{t(`goal.${goal.measure}.title`, values)}</strong>{' '}
        {now?.met === true ? (
          <span className="badge badge--ok">
            <span aria-hidden="true">✓</span> {t('goal.reached')}
          </span>
        ) : null}
      </p>
      <p>{t(`goal.${goal.measure}.${held ? 'keep' : 'aim'}`, values)}</p>
      {/* Nothing new to say until a later measure differs from the start. */}
      {now === undefined || now.current === null || now.current === goal.baseline ? null : (
        <p className="muted">{t(`goal.${goal.measure}.latest`, { value: now.current })}</p>
      )}
    </li>
  );
}

/** The plan's measurable goals on the progress page: start, aim and the latest check-up. */
export function GoalsSection() {
  const { t } = useTranslation('patient');
  const today = useToday();
  const plan = usePlan(today.data?.planId);
  const goals = plan.data?.plan.goals ?? [];
  if (goals.length === 0) return null;
  const latest = new Map((plan.data?.goalProgress ?? []).map((p) => [p.goalId, p]));
  return (
    <section className="card stack" aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t('goal.title')}</h2>
      <p className="muted">{t('goal.intro')}</p>
      <ul className="goal-list">
        {goals.map((g) => (
          <GoalItem key={g.id} goal={g} now={latest.get(g.id)} />
        ))}
      </ul>
    </section>
  );
}
