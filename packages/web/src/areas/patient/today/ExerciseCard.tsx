import { EXERCISES, type Dose, type ExerciseStage } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { Illustration } from '../../../ui/Illustration';
import type { TodayExercise } from '../patient-api';
import { setTarget, sidesOf } from '../shared/dose-target';
import { useSetCount } from '../shared/set-count';
import { HoldTimer } from './HoldTimer';
import { SetCounter } from './SetCounter';
import { StageNote } from './StageNote';

/** One exercise of the day: picture, dose, how to do it, and the tools to do it with. */
export function ExerciseCard(props: {
  exercise: TodayExercise;
  dose: Dose | undefined;
  /** This week's step of the exercise's path, when the plan sets one. */
  stage: ExerciseStage | undefined;
  countOwner: string;
}) {
  const { t } = useTranslation('patient');
  const { exercise, dose, countOwner } = props;
  const info = EXERCISES.find((e) => e.id === exercise.exerciseId);
  const [count, setCount] = useSetCount(countOwner, exercise.exerciseId);
  const target = setTarget(dose);
  const headingId = `exercise-${exercise.exerciseId}`;

  return (
    <li className="card exercise-card">
      <div className="exercise-card__picture">
        <Illustration exerciseId={exercise.exerciseId} title={exercise.name} size={200} />
      </div>
      <div className="stack">
        <div>
          <h3 id={headingId}>{exercise.name}</h3>
          {exercise.loggedToday ? (
            <span className="badge badge--ok">
              <span aria-hidden="true">✓</span> {t('today.doneToday')}
            </span>
          ) : null}
          <p className="exercise-card__dose">{exercise.dose}</p>
          <p className="muted">{exercise.frequency.text}</p>
          {info === undefined ? null : <p>{info.purpose}</p>}
        </div>
        {props.stage === undefined ? null : <StageNote stage={props.stage} />}
        {info === undefined ? null : (
          <details className="exercise-card__how">
            <summary>{t('today.howTo')}</summary>
            <ol>
              {info.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <h4>{t('today.safety')}</h4>
            <ul>
              {info.safety.map((cue) => (
                <li key={cue}>{cue}</li>
              ))}
            </ul>
          </details>
        )}
        {dose?.kind === 'hold' ? (
          <HoldTimer
            seconds={dose.holdSeconds}
            onFinish={() => {
              if (target === null || count < target) setCount(count + 1);
            }}
          />
        ) : null}
        {target === null || dose === undefined ? null : (
          <SetCounter
            count={count}
            target={target}
            unit={dose.kind === 'hold' ? 'holds' : 'sets'}
            bothSides={sidesOf(dose) === 2}
            onChange={setCount}
          />
        )}
      </div>
    </li>
  );
}
