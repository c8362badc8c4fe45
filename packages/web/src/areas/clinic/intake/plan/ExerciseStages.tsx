import type { ExerciseStage } from '@backplan/core';
import { useTranslation } from 'react-i18next';

/** A min-max range as the table shows it: "5-6", or "6" when both ends are the same. */
export function rangeText(r: { readonly min: number; readonly max: number }): string {
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}

/**
 * An exercise's path over the weeks: which step of its chain for which weeks, what the patient is
 * told, and the effort (RPE 0-10) and weekly load rise where the plan sets them.
 */
export function ExerciseStages({
  name,
  stages,
}: {
  name: string;
  stages: readonly ExerciseStage[];
}) {
  const { t } = useTranslation('intake');
  if (stages.length === 0) return null;
  const effort = stages.some((s) => s.effort !== undefined);
  const load = stages.some((s) => s.loadIncreasePercentPerWeek !== undefined);
  return (
    <details className="stages exercise__stages">
      <summary>{t('stages.title', { count: stages.length })}</summary>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('stages.caption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stages.weeks')}</th>
              <th scope="col">{t('stages.step')}</th>
              {effort ? <th scope="col">{t('stages.effort')}</th> : null}
              {load ? <th scope="col">{t('stages.load')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {stages.map((s) => (
              <tr key={`${s.fromWeek}-${s.exerciseId}`}>
                <th scope="row">
                  {s.fromWeek === s.toWeek ? s.fromWeek : `${s.fromWeek}–${s.toWeek}`}
                </th>
                <td>
                  <strong>{s.name}</strong>
                  <br />
                  {s.instruction}
                </td>
                {effort ? <td>{s.effort === undefined ? '–' : rangeText(s.effort)}</td> : null}
                {load ? (
                  <td>
                    {s.loadIncreasePercentPerWeek === undefined
                      ? '–'
                      : `${rangeText(s.loadIncreasePercentPerWeek)}%`}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
