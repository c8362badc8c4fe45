import {
  doseSchema,
  frequencySchema,
  type Dose,
  type PlanEdit,
  type PlanExercise,
} from '@backplan/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/client';
import { Field } from '../../../../ui/Field';
import { Checkbox } from '../form/controls';
import { issueMessage } from '../issue-message';

type Numbers = Record<string, string>;

/** The numeric parts of each kind of dose, in the order they are asked. */
const PARTS: Record<Dose['kind'], readonly string[]> = {
  reps: ['sets', 'reps'],
  hold: ['sets', 'holdSeconds'],
  duration: ['minutes'],
  distance: ['sets', 'metres'],
};

function initial(item: PlanExercise): Numbers {
  const out: Numbers = {
    timesPerDay: String(item.frequency.timesPerDay),
    daysPerWeek: String(item.frequency.daysPerWeek),
  };
  for (const part of PARTS[item.dose.kind]) {
    out[part] = String((item.dose as unknown as Record<string, number>)[part]);
  }
  return out;
}

/**
 * Changes an exercise's dose and frequency. Checked in the browser with the core's dose schema
 * (each problem beside its field), then added to the plan's edits and previewed by the server.
 */
export function DoseEditor(props: {
  item: PlanExercise;
  onApply: (edit: PlanEdit) => string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('intake');
  const { item } = props;
  const [values, setValues] = useState<Numbers>(() => initial(item));
  const [perSide, setPerSide] = useState('perSide' in item.dose ? item.dose.perSide : false);
  const [error, setError] = useState<ApiError | null>(null);
  const kind = item.dose.kind;
  const n = (key: string) => Number((values[key] ?? '').replace(',', '.'));

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    const dose: Record<string, unknown> = { ...item.dose };
    for (const part of PARTS[kind]) dose[part] = n(part);
    if ('perSide' in item.dose) dose.perSide = perSide;
    const d = doseSchema.safeParse(dose);
    const f = frequencySchema.safeParse({
      timesPerDay: n('timesPerDay'),
      daysPerWeek: n('daysPerWeek'),
    });
    const issues = [
      ...(d.success
        ? []
        : d.error.issues.map((i) => ({
            path: `body.dose.${i.path.join('.')}`,
            message: issueMessage(i, t),
          }))),
      ...(f.success
        ? []
        : f.error.issues.map((i) => ({
            path: `body.frequency.${i.path.join('.')}`,
            message: issueMessage(i, t),
          }))),
    ];
    if (!d.success || !f.success) {
      setError(new ApiError(400, 'validation-failed', t('validation.summary'), issues));
      return;
    }
    const problem = props.onApply({
      kind: 'change-dose',
      exerciseId: item.exerciseId,
      dose: d.data,
      frequency: f.data,
    });
    if (problem === null) props.onClose();
    else setError(new ApiError(400, 'validation-failed', problem, []));
  };

  const numberField = (key: string, name: string) => (
    <Field key={key} label={t(`doseField.${key}`)} name={name} error={error}>
      {(c) => (
        <input
          {...c}
          className="intake-number"
          type="text"
          inputMode="decimal"
          value={values[key] ?? ''}
          onChange={(e) => {
            setValues((v) => ({ ...v, [key]: e.target.value }));
          }}
        />
      )}
    </Field>
  );

  return (
    <form
      className="dose-editor stack"
      onSubmit={onSubmit}
      aria-label={t('edit.doseFor', { name: item.name })}
    >
      <div className="form-grid form-grid--tight">
        {PARTS[kind].map((part) => numberField(part, `dose.${part}`))}
        {numberField('timesPerDay', 'frequency.timesPerDay')}
        {numberField('daysPerWeek', 'frequency.daysPerWeek')}
      </div>
      {'perSide' in item.dose ? (
        <Checkbox label={t('doseField.perSide')} checked={perSide} onChange={setPerSide} />
      ) : null}
      {error !== null && error.fields.length === 0 ? (
        <p className="field__error" role="alert">
          {error.message}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="button">
          {t('edit.applyDose')}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onClose}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
