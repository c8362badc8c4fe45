import {
  EXERCISES,
  toleranceConflict,
  type Exercise,
  type PlanEdit,
  type PlanExercise,
  type Tolerance,
} from '@backplan/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Exercises that could stand in for this one: same category or same progression chain. */
function swapCandidates(current: Exercise, inPlan: ReadonlySet<string>): Exercise[] {
  return EXERCISES.filter(
    (e) =>
      !inPlan.has(e.id) && (e.category === current.category || e.chain.id === current.chain.id),
  ).sort((a, b) => a.level - b.level || a.name.localeCompare(b.name));
}

/** Change the level (a step along the chain), swap, open the dose editor, or remove. */
export function ExerciseActions(props: {
  item: PlanExercise;
  inPlan: ReadonlySet<string>;
  tolerance: Tolerance;
  onEdit: (edit: PlanEdit) => string | null;
  onEditDose: () => void;
}) {
  const { t } = useTranslation('intake');
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const current = EXERCISES.find((e) => e.id === props.item.exerciseId);
  const candidates = current === undefined ? [] : swapCandidates(current, props.inPlan);
  const [swapTo, setSwapTo] = useState('');
  const edit = (e: PlanEdit) => {
    setProblem(props.onEdit(e));
  };
  const step = (to: string | undefined, label: 'easier' | 'harder') => {
    const target = EXERCISES.find((e) => e.id === to);
    if (target === undefined || props.inPlan.has(target.id)) return null;
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          edit({ kind: 'swap-exercise', from: props.item.exerciseId, to: target.id });
        }}
      >
        {t(`edit.${label}`, { name: target.name, level: target.level })}
      </button>
    );
  };
  const name = props.item.name;
  return (
    <div className="stack exercise__actions">
      <div className="row">
        <button type="button" className="button button--secondary" onClick={props.onEditDose}>
          {t('edit.changeDose')}
          <span className="visually-hidden"> {name}</span>
        </button>
        {step(current?.chain.previous, 'easier')}
        {step(current?.chain.next, 'harder')}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            edit({ kind: 'remove-exercise', exerciseId: props.item.exerciseId });
          }}
        >
          {t('edit.remove')}
          <span className="visually-hidden"> {name}</span>
        </button>
      </div>
      {candidates.length === 0 ? null : (
        <div className="swap">
          <label htmlFor={`${id}-swap`}>{t('edit.swapLabel', { name })}</label>
          <select
            id={`${id}-swap`}
            value={swapTo}
            onChange={(e) => {
              setSwapTo(e.target.value);
            }}
          >
            <option value="">{t('edit.swapChoose')}</option>
            {candidates.map((c) => {
              const conflict = toleranceConflict(c, props.tolerance);
              return (
                <option key={c.id} value={c.id}>
                  {t('edit.swapOption', { name: c.name, level: c.level })}
                  {conflict === null ? '' : ` · ⚠ ${t('edit.conflict', { tag: conflict })}`}
                  {c.status === 'recommended' ? '' : ` · ${t(`status.${c.status}`)}`}
                </option>
              );
            })}
          </select>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              if (swapTo === '') {
                setProblem(t('edit.chooseFirst'));
                return;
              }
              edit({ kind: 'swap-exercise', from: props.item.exerciseId, to: swapTo });
              setSwapTo('');
            }}
          >
            {t('edit.swap')}
          </button>
        </div>
      )}
      {problem === null ? null : (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
