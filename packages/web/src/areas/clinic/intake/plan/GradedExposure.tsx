import type { Plan, PlanEdit } from '@backplan/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Reasoned } from '../Reasoned';
import { HierarchyEditor } from './HierarchyEditor';

/**
 * Graded exposure: the patient's feared activities as the plan schedules them (lowest fear first,
 * one a week), and, on an editable version, the editor that records or changes them.
 */
export function GradedExposure(props: {
  plan: Plan;
  onEdit: ((edit: PlanEdit) => string | null) | null;
}) {
  const { t } = useTranslation('intake');
  const [editing, setEditing] = useState(false);
  const exposure = props.plan.gradedExposure;
  const steps = exposure?.steps ?? [];
  return (
    <section className="card stack" aria-labelledby="plan-exposure">
      <h2 id="plan-exposure">{t('exposure.title')}</h2>
      {exposure === null ? (
        <p className="muted">
          {props.plan.context.psychologicallyInformed
            ? t('exposure.noneFlagged')
            : t('exposure.none')}
        </p>
      ) : (
        <>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t('exposure.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.weekCol')}</th>
                  <th scope="col">{t('exposure.activityCol')}</th>
                  <th scope="col">{t('exposure.fearCol')}</th>
                </tr>
              </thead>
              <tbody>
                {steps.map((s) => (
                  <tr key={`${s.week}-${s.activity}`}>
                    <th scope="row">{s.week}</th>
                    <td>{s.activity}</td>
                    <td>{s.fear}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <details>
            <summary>{t('plan.why')}</summary>
            <Reasoned reasons={exposure.reasons} evidence={exposure.evidence} />
          </details>
        </>
      )}
      {props.onEdit === null ? null : editing ? (
        <HierarchyEditor
          initial={steps}
          onApply={props.onEdit}
          onClose={() => {
            setEditing(false);
          }}
        />
      ) : (
        <div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setEditing(true);
            }}
          >
            {exposure === null ? t('exposure.record') : t('exposure.change')}
          </button>
        </div>
      )}
    </section>
  );
}
