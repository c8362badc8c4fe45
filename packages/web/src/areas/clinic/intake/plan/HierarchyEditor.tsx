import { FEAR_HIERARCHY_SIZE, fearHierarchySchema, type PlanEdit } from '@backplan/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/client';
import { Field } from '../../../../ui/Field';
import { issueMessage } from '../issue-message';

interface Row {
  activity: string;
  fear: string;
}

const blank = (): Row => ({ activity: '', fear: '' });

/**
 * Records or changes the patient's feared activities (3-6, fear 0-100). Checked in the browser
 * with the core's schema, each problem beside its field, then added to the plan's edits as a
 * `set-fear-hierarchy` edit, previewed and published like any other change.
 */
export function HierarchyEditor(props: {
  initial: readonly { activity: string; fear: number }[];
  onApply: (edit: PlanEdit) => string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('intake');
  const [rows, setRows] = useState<Row[]>(() =>
    props.initial.length === 0
      ? Array.from({ length: FEAR_HIERARCHY_SIZE.min }, blank)
      : props.initial.map((r) => ({ activity: r.activity, fear: String(r.fear) })),
  );
  const [error, setError] = useState<ApiError | null>(null);
  const setRow = (index: number, patch: Partial<Row>) => {
    setRows((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  };

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    const parsed = fearHierarchySchema.safeParse(
      rows.map((r) => ({
        activity: r.activity,
        fear: r.fear.trim() === '' ? Number.NaN : Number(r.fear.replace(',', '.')),
      })),
    );
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => ({
        path: ['body', 'hierarchy', ...i.path.map(String)].join('.'),
        message: issueMessage(i, t),
      }));
      setError(new ApiError(400, 'validation-failed', t('validation.summary'), fields));
      return;
    }
    const problem = props.onApply({ kind: 'set-fear-hierarchy', hierarchy: parsed.data });
    if (problem === null) props.onClose();
    else setError(new ApiError(400, 'validation-failed', problem, []));
  };

  const listProblem = error?.fields.find((f) => f.path === 'body.hierarchy')?.message;
  return (
    <form className="stack hierarchy-editor" onSubmit={onSubmit} aria-label={t('exposure.editor')}>
      <p className="muted">{t('fear.scale')}</p>
      {rows.map((row, index) => (
        <div key={index} className="psfs-row">
          <Field
            label={t('fear.activity', { n: index + 1 })}
            name={`hierarchy.${index}.activity`}
            error={error}
          >
            {(c) => (
              <input
                {...c}
                type="text"
                value={row.activity}
                onChange={(e) => {
                  setRow(index, { activity: e.target.value });
                }}
              />
            )}
          </Field>
          <Field
            label={t('fear.fear', { n: index + 1 })}
            name={`hierarchy.${index}.fear`}
            error={error}
          >
            {(c) => (
              <input
                {...c}
                className="intake-number"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={row.fear}
                onChange={(e) => {
                  setRow(index, { fear: e.target.value });
                }}
              />
            )}
          </Field>
          {rows.length <= FEAR_HIERARCHY_SIZE.min ? null : (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setRows((all) => all.filter((_, i) => i !== index));
              }}
            >
              {t('fear.remove', { n: index + 1 })}
            </button>
          )}
        </div>
      ))}
      {listProblem === undefined && (error === null || error.fields.length > 0) ? null : (
        <p className="field__error" role="alert">
          {listProblem ?? error?.message}
        </p>
      )}
      <div className="row">
        {rows.length >= FEAR_HIERARCHY_SIZE.max ? null : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setRows((all) => [...all, blank()]);
            }}
          >
            {t('fear.add')}
          </button>
        )}
        <button type="submit" className="button">
          {t('exposure.apply')}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
