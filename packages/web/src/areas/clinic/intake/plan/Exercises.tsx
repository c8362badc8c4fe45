import type { Plan, PlanExercise } from '@backplan/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddExercise } from './AddExercise';
import { ExerciseCard } from './ExerciseCard';
import type { PlanEditor } from './use-plan-edits';

/** How an exercise differs from the stored version: new, a new dose, or not at all. */
function changeOf(item: PlanExercise, stored: Plan): 'added' | 'changed' | null {
  const before = stored.exercises.find((e) => e.exerciseId === item.exerciseId);
  if (before === undefined) return 'added';
  const same =
    JSON.stringify(before.dose) === JSON.stringify(item.dose) &&
    JSON.stringify(before.frequency) === JSON.stringify(item.frequency);
  return same ? null : 'changed';
}

/** The home exercises as cards, each with its own warnings; the catalogue to add more. */
export function Exercises(props: { editor: PlanEditor; editable: boolean; stored: Plan }) {
  const { editor, editable } = props;
  const { t } = useTranslation('intake');
  const [adding, setAdding] = useState(false);
  const plan = editor.plan;
  const inPlan = new Set(plan.exercises.map((e) => e.exerciseId));
  const onEdit = editable ? editor.push : null;
  return (
    <section className="stack" aria-labelledby="plan-exercises">
      <div className="row row--between">
        <h2 id="plan-exercises">
          {t('plan.exercises')} <span className="muted">({plan.exercises.length})</span>
        </h2>
        {editable ? (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={adding}
            aria-controls="plan-catalogue"
            onClick={() => {
              setAdding((a) => !a);
            }}
          >
            {adding ? t('catalogue.close') : t('catalogue.open')}
          </button>
        ) : null}
      </div>
      <div id="plan-catalogue" hidden={!adding}>
        {adding && onEdit !== null ? (
          <AddExercise inPlan={inPlan} tolerance={plan.context.tolerance} onEdit={onEdit} />
        ) : null}
      </div>
      {plan.exercises.length === 0 ? <p className="muted">{t('plan.noExercises')}</p> : null}
      <ul className="exercise-list">
        {plan.exercises.map((item) => (
          <ExerciseCard
            key={item.exerciseId}
            item={item}
            warnings={editor.warnings.filter((w) => w.subject === item.exerciseId)}
            inPlan={inPlan}
            tolerance={plan.context.tolerance}
            onEdit={onEdit}
            change={changeOf(item, props.stored)}
          />
        ))}
      </ul>
    </section>
  );
}
