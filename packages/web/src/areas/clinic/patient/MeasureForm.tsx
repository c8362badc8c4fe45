import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { localToday, useFormats } from '../format';
import { useRecordMeasure } from '../mutations';
import { FormProblems } from '../shared/FormProblems';
import { useRequiredCheck } from '../shared/local-check';
import { MEASURE_GROUPS, MEASURE_KINDS, measureKind } from './measure-kinds';

const SHOWN = ['kind', 'side', 'value', 'takenOn'];

/** Records one physical measure (strength, endurance, flexibility, activity) for the patient. */
export function MeasureForm({ patientId }: { patientId: string }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const record = useRecordMeasure(patientId);
  const today = localToday();
  const [kind, setKind] = useState(MEASURE_KINDS[0]?.kind ?? '');
  const [side, setSide] = useState<'left' | 'right'>('left');
  const [value, setValue] = useState('');
  const [takenOn, setTakenOn] = useState(today);
  const def = measureKind(kind);
  const { error, check } = useRequiredCheck(record.error);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const filled = check([
      { name: 'value', value, message: t('measureForm.valueEmpty') },
      { name: 'takenOn', value: takenOn, message: t('measureForm.dateEmpty') },
    ]);
    if (!filled) return;
    const number = value.trim() === '' ? undefined : Number(value);
    record.mutate(
      {
        kind,
        ...(def?.sided === true ? { side } : {}),
        ...(number === undefined || Number.isNaN(number) ? {} : { value: number }),
        takenOn,
      },
      {
        onSuccess: () => {
          setValue('');
        },
      },
    );
  };
  const saved = record.data?.measure;
  const savedUnit = saved === undefined ? undefined : measureKind(saved.kind)?.unit;

  return (
    <section className="card" aria-labelledby="measure-title" id="record-measure">
      <form className="stack" onSubmit={submit} noValidate>
        <h2 id="measure-title">{t('measureForm.title')}</h2>
        <FormProblems error={error} failure={record.error} shown={SHOWN} />
        <Field label={t('measureForm.kind')} name="kind" error={error}>
          {(control) => (
            <select
              {...control}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value);
              }}
            >
              {MEASURE_GROUPS.map((g) => (
                <optgroup key={g} label={t(`measureGroup.${g}`)}>
                  {MEASURE_KINDS.filter((k) => k.group === g).map((k) => (
                    <option key={k.kind} value={k.kind}>
                      {t(`measure.${k.kind}`)} ({t(`unit.${k.unit}`)})
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <div className="form-row">
          {def?.sided === true ? (
            <Field label={t('measureForm.side')} name="side" error={error}>
              {(control) => (
                <select
                  {...control}
                  value={side}
                  onChange={(e) => {
                    setSide(e.target.value === 'right' ? 'right' : 'left');
                  }}
                >
                  <option value="left">{t('side.left')}</option>
                  <option value="right">{t('side.right')}</option>
                </select>
              )}
            </Field>
          ) : null}
          <Field
            label={t('measureForm.value', { unit: def === undefined ? '' : t(`unit.${def.unit}`) })}
            name="value"
            error={error}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="decimal"
                step="any"
                required
                value={value}
                onChange={(e) => {
                  setValue(e.target.value);
                }}
              />
            )}
          </Field>
          <Field label={t('measureForm.takenOn')} name="takenOn" error={error}>
            {(control) => (
              <input
                {...control}
                type="date"
                required
                max={today}
                value={takenOn}
                onChange={(e) => {
                  setTakenOn(e.target.value);
                }}
              />
            )}
          </Field>
        </div>
        <button className="button" type="submit" disabled={record.isPending}>
          {record.isPending ? t('measureForm.saving') : t('measureForm.save')}
        </button>
        <p role="status" aria-live="polite" className="form-status">
          {saved === undefined || record.isPending ? null : (
            <>
              <span aria-hidden="true">✓ </span>
              {t('measureForm.saved', {
                what: t(`measure.${saved.kind}`, { defaultValue: saved.kind }),
                side: saved.side === null ? '' : ` (${t(`side.${saved.side}`)})`,
                value: f.number(saved.value),
                unit: savedUnit === undefined ? '' : t(`unit.${savedUnit}`),
                date: f.day(saved.takenOn),
              })}
            </>
          )}
        </p>
      </form>
    </section>
  );
}
