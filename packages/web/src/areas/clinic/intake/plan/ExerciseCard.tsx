import { EXERCISES, type PlanEdit, type PlanExercise, type Tolerance } from '@backplan/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Illustration } from '../../../../ui/Illustration';
import { useFormats } from '../../format';
import { Reasoned } from '../Reasoned';
import type { PlanWarningView } from '../types';
import { doseText, frequencyText } from './dose-text';
import { DoseEditor } from './DoseEditor';
import { ExerciseActions } from './ExerciseActions';
import { ExerciseStages } from './ExerciseStages';
import { StatusBadge } from './StatusBadge';
import { WarningList } from './WarningList';

/**
 * One home exercise of the plan: its picture, dose and frequency, level and purpose, the core's
 * warnings about it, why it is in the plan, and (when the version can be edited) the changes.
 */
export function ExerciseCard(props: {
  item: PlanExercise;
  warnings: readonly PlanWarningView[];
  inPlan: ReadonlySet<string>;
  tolerance: Tolerance;
  onEdit: ((edit: PlanEdit) => string | null) | null;
  /** Unpublished: added in this draft, or its dose changed. */
  change: 'added' | 'changed' | null;
}) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  const { item } = props;
  const [editing, setEditing] = useState(false);
  const exercise = EXERCISES.find((e) => e.id === item.exerciseId);
  const headingId = `ex-${item.exerciseId}`;
  return (
    <li
      className={`card exercise${props.change === null ? '' : ' exercise--changed'}`}
      aria-labelledby={headingId}
    >
      <div className="exercise__picture">
        <Illustration exerciseId={item.exerciseId} title={item.name} size={150} />
      </div>
      <div className="stack exercise__body">
        <div>
          <h3 id={headingId}>{item.name}</h3>
          <p className="row exercise__badges">
            <span className="badge badge--info">{t(`vocab.category.${item.category}`)}</span>
            <span className="badge badge--info">{t('plan.level', { level: item.level })}</span>
            <StatusBadge status={item.status} />
            {item.centre ? (
              <span className="badge badge--ok">
                <span aria-hidden="true">◎</span> {t('plan.centre')}
              </span>
            ) : null}
            {props.change === null ? null : (
              <span className="badge badge--warn">
                <span aria-hidden="true">✎</span> {t(`edit.marker.${props.change}`)}
              </span>
            )}
          </p>
        </div>
        <dl className="facts">
          <div>
            <dt>{t('plan.dose')}</dt>
            <dd>{doseText(item.dose, t)}</dd>
          </div>
          <div>
            <dt>{t('plan.frequency')}</dt>
            <dd>{frequencyText(item.frequency, t)}</dd>
          </div>
          <div>
            <dt>{t('plan.time')}</dt>
            <dd>
              {t('plan.minutesPerDay', {
                minutes: f.number(item.minutesPerDay),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('plan.position')}</dt>
            <dd>{t(`vocab.position.${item.position}`)}</dd>
          </div>
        </dl>
        {exercise === undefined ? null : <p>{exercise.purpose}</p>}
        <WarningList warnings={props.warnings} />
        <details>
          <summary>{t('plan.why')}</summary>
          <Reasoned reasons={item.reasons} evidence={item.evidence} />
        </details>
      </div>
      <ExerciseStages name={item.name} stages={item.stages} />
      {props.onEdit === null ? null : (
        <div className="exercise__footer">
          {editing ? (
            <DoseEditor
              item={item}
              onApply={props.onEdit}
              onClose={() => {
                setEditing(false);
              }}
            />
          ) : (
            <ExerciseActions
              item={item}
              inPlan={props.inPlan}
              tolerance={props.tolerance}
              onEdit={props.onEdit}
              onEditDose={() => {
                setEditing(true);
              }}
            />
          )}
        </div>
      )}
    </li>
  );
}
