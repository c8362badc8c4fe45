import type { GoalProgress, MeasurableGoal } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../format';
import { Reasoned } from '../Reasoned';

/** A goal's value with its unit: "24%", "6/10", "30 min/day". */
export function goalValue(value: number, unit: string): string {
  return unit.startsWith('/') || unit === '%' ? `${value}${unit}` : `${value} ${unit}`;
}

function Latest({ goal, now }: { goal: MeasurableGoal; now: GoalProgress | undefined }) {
  const { t } = useTranslation('intake');
  if (now === undefined || now.current === null) {
    return <span className="muted">{t('goals.notRemeasured')}</span>;
  }
  const value = goalValue(now.current, goal.unit);
  return now.met === true ? (
    <>
      {value}{' '}
      <span className="badge badge--ok">
        <span aria-hidden="true">✓</span> {t('goals.met')}
      </span>
    </>
  ) : (
    <>
      {value} <span className="muted">{t('goals.notMet')}</span>
    </>
  );
}

/**
 * The plan's measurable goals: where the patient started, the target and by when, and the latest
 * value from the patient's measures, re-scored by the server each time the plan is read.
 */
export function PlanGoals(props: {
  goals: readonly MeasurableGoal[];
  progress: readonly GoalProgress[] | undefined;
}) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  const latest = new Map((props.progress ?? []).map((p) => [p.goalId, p]));
  return (
    <section className="card stack" aria-labelledby="plan-goals">
      <h2 id="plan-goals">{t('goals.planTitle')}</h2>
      {props.goals.length === 0 ? (
        <p className="muted">{t('goals.planNone')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="plan-goals">
              <thead>
                <tr>
                  <th scope="col">{t('goals.goalCol')}</th>
                  <th scope="col">{t('goals.startCol')}</th>
                  <th scope="col">{t('goals.targetCol')}</th>
                  <th scope="col">{t('goals.byCol')}</th>
                  <th scope="col">{t('goals.latestCol')}</th>
                </tr>
              </thead>
              <tbody>
                {props.goals.map((g) => (
                  <tr key={g.id}>
                    <th scope="row">{g.label}</th>
                    <td data-label={t('goals.startCol')}>{goalValue(g.baseline, g.unit)}</td>
                    <td data-label={t('goals.targetCol')}>{goalValue(g.target, g.unit)}</td>
                    <td data-label={t('goals.byCol')}>{f.day(g.by)}</td>
                    <td data-label={t('goals.latestCol')}>
                      <Latest goal={g} now={latest.get(g.id)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <details>
            <summary>{t('goals.why')}</summary>
            {props.goals.map((g) => (
              <div key={g.id}>
                <p>
                  <strong>{g.label}</strong>
                </p>
                <Reasoned reasons={g.reasons} evidence={g.evidence} />
              </div>
            ))}
          </details>
        </>
      )}
    </section>
  );
}
