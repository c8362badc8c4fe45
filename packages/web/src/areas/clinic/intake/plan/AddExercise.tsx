import {
  EXERCISE_CATEGORIES,
  EXERCISES,
  toleranceConflict,
  type ExerciseCategory,
  type PlanEdit,
  type Tolerance,
} from '@backplan/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../form/controls';
import { StatusBadge } from './StatusBadge';

/**
 * The catalogue, searchable by name and category, by default without the exercises that conflict
 * with the patient's tolerance; each can be added to the plan with its catalogue dose.
 */
export function AddExercise(props: {
  inPlan: ReadonlySet<string>;
  tolerance: Tolerance;
  onEdit: (edit: PlanEdit) => string | null;
}) {
  const { t } = useTranslation('intake');
  const id = useId();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<ExerciseCategory | ''>('');
  const [suitable, setSuitable] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const q = query.trim().toLowerCase();
  const found = EXERCISES.filter(
    (e) =>
      !props.inPlan.has(e.id) &&
      (category === '' || e.category === category) &&
      (!suitable || toleranceConflict(e, props.tolerance) === null) &&
      (q === '' || e.name.toLowerCase().includes(q) || e.purpose.toLowerCase().includes(q)),
  );
  return (
    <section className="card stack" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('catalogue.title')}</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('catalogue.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-c`}>{t('catalogue.category')}</label>
          <select
            id={`${id}-c`}
            value={category}
            onChange={(e) => {
              setCategory(EXERCISE_CATEGORIES.find((c) => c === e.target.value) ?? '');
            }}
          >
            <option value="">{t('catalogue.allCategories')}</option>
            {EXERCISE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`vocab.category.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Checkbox
        label={t('catalogue.suitable', { tolerance: t(`vocab.tolerance.${props.tolerance}`) })}
        checked={suitable}
        onChange={setSuitable}
      />
      <p className="muted" role="status">
        {t('catalogue.count', { count: found.length })}
      </p>
      {problem === null ? null : (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <ul className="catalogue">
        {found.map((e) => {
          const conflict = toleranceConflict(e, props.tolerance);
          return (
            <li key={e.id} className="catalogue__item">
              <div>
                <strong>{e.name}</strong>{' '}
                <span className="muted">
                  · {t(`vocab.category.${e.category}`)} · {t('plan.level', { level: e.level })}
                </span>
                <div className="row">
                  {e.status === 'recommended' ? null : <StatusBadge status={e.status} />}
                  {conflict === null ? null : (
                    <span className="badge badge--warn">
                      <span aria-hidden="true">⚠</span> {t('edit.conflict', { tag: conflict })}
                    </span>
                  )}
                  {e.equipment.length === 0 ? null : (
                    <span className="muted">
                      {t('catalogue.needs', {
                        list: e.equipment.map((x) => t(`vocab.equipment.${x}`)).join(', '),
                      })}
                    </span>
                  )}
                </div>
              </div>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setProblem(props.onEdit({ kind: 'add-exercise', exerciseId: e.id }));
                }}
              >
                {t('catalogue.add')}
                <span className="visually-hidden"> {e.name}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
