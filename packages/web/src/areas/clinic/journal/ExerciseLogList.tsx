import type { ExerciseLog } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { exerciseName } from '../shared/exercise-names';
import { COMPLETION_ICON, completionTone, doneText, tally } from './completion';

/** The exercises of one session: how each went, what was done, its own pain and effort. */
export function ExerciseLogList({ logs }: { logs: readonly ExerciseLog[] }) {
  const { t } = useTranslation('clinic');
  if (logs.length === 0) return <p className="muted">{t('journal.noExercises')}</p>;
  const n = tally(logs);
  // A session done in full reads as one line: the list is for what went differently.
  if (
    n.done === logs.length &&
    logs.every((l) => l.done === undefined && l.painDuring === undefined && l.effort === undefined)
  ) {
    return (
      <p className="small">
        <span className="exercise-log__icon exercise-log--ok" aria-hidden="true">
          ✓
        </span>{' '}
        {t('journal.allDone', {
          total: logs.length,
          names: logs.map((l) => exerciseName(l.exerciseId)).join(', '),
        })}
      </p>
    );
  }
  return (
    <div>
      <p className="small">
        {t('journal.tally', {
          done: n.done,
          partial: n.partial,
          notDone: n.notDone,
          total: logs.length,
        })}
      </p>
      <ul className="exercise-logs">
        {logs.map((log, i) => {
          const done = doneText(log.done, t);
          const extra = [
            done,
            log.painDuring === undefined
              ? null
              : t('journal.exercisePain', { value: log.painDuring }),
            log.effort === undefined ? null : t('journal.exerciseEffort', { value: log.effort }),
          ].filter((x): x is string => x !== null);
          return (
            <li
              key={`${log.exerciseId}-${String(i)}`}
              className={`exercise-log exercise-log--${completionTone(log.completion)}`}
            >
              <span className="exercise-log__icon" aria-hidden="true">
                {COMPLETION_ICON[log.completion]}
              </span>
              <span>
                <span className="exercise-log__name">{exerciseName(log.exerciseId)}</span>
                {': '}
                <span className="exercise-log__status">{t(`completion.${log.completion}`)}</span>
                {extra.length === 0 ? null : <span className="muted"> · {extra.join(' · ')}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
