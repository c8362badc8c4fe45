import { doseJumpWarning, type Dose, type Frequency } from '@backplan/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Field } from '../../../ui/Field';
import type { Proposal } from '../api-types';
import { useFormats } from '../format';
import type { DecisionBody } from '../mutations';
import { adjustedDose, DOSE_PARTS, doseParts } from './adjusted-dose';

/**
 * Accepting a proposal: the proposed dose, which the clinician may adjust first (the core warns
 * when the weekly volume would jump by more than half), and an optional note.
 */
export function AcceptForm(props: {
  proposal: Proposal & { change: NonNullable<Proposal['change']> };
  /** The exercise as the current plan version has it, if it is there. */
  current: { dose: Dose; frequency: Frequency } | undefined;
  pending: boolean;
  onSubmit: (body: DecisionBody) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const { proposal: p, current } = props;
  const proposed = p.change.dose;
  const [values, setValues] = useState<Record<string, string>>(() => doseParts(proposed));
  const [note, setNote] = useState('');
  const { dose, issues } = adjustedDose(proposed, values);
  const messageOf = (part: string): string | undefined => {
    const issue = issues.find((i) => i.part === part);
    if (issue === undefined) return undefined;
    if (issue.code === 'too_big') return t('proposals.doseMax', { max: Number(issue.maximum) });
    if (issue.code === 'too_small') return t('proposals.doseMin');
    return issue.code === 'invalid_type' && issue.expected !== 'int'
      ? t('proposals.doseNumber')
      : t('proposals.doseWhole');
  };
  // A move to another exercise has no volume to compare with.
  const jump =
    dose === null || current === undefined || p.change.toExerciseId !== undefined
      ? null
      : doseJumpWarning(p.exerciseId, current, { dose, frequency: current.frequency });
  const changed = dose !== null && JSON.stringify(dose) !== JSON.stringify(proposed);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (props.pending || dose === null) return;
    const trimmed = note.trim();
    props.onSubmit({
      decision: 'accept',
      ...(changed ? { dose } : {}),
      ...(trimmed === '' ? {} : { note: trimmed }),
    });
  };

  return (
    <form className="stack decision-form" onSubmit={submit} noValidate>
      <p>{t('proposals.acceptIntro', { dose: p.change.doseText })}</p>
      <fieldset className="field">
        <legend>{t('proposals.adjust')}</legend>
        <div className="dose-fields">
          {DOSE_PARTS[proposed.kind].map((part) => {
            const message = messageOf(part);
            return (
              <Field
                key={part}
                label={t(`proposals.variable.${part}`)}
                name={`dose.${part}`}
                error={
                  message === undefined
                    ? null
                    : new ApiError(400, 'validation-failed', message, [
                        { path: `body.dose.${part}`, message },
                      ])
                }
              >
                {(c) => (
                  <input
                    {...c}
                    type="text"
                    inputMode="decimal"
                    value={values[part] ?? ''}
                    onChange={(e) => {
                      setValues((v) => ({ ...v, [part]: e.target.value }));
                    }}
                  />
                )}
              </Field>
            );
          })}
        </div>
      </fieldset>
      {jump === null ? null : (
        <p className="banner banner--warn" role="status">
          <span className="banner__icon" aria-hidden="true">
            ⚠
          </span>
          <span>
            {t('proposals.doseJump', {
              percent: jump.percent,
              from: f.number(jump.from),
              to: f.number(jump.to),
              unit: t(`proposals.volumeUnit.${proposed.kind}`),
            })}
          </span>
        </p>
      )}
      <Field label={t('proposals.note')} name="note">
        {(c) => (
          <textarea
            {...c}
            maxLength={2000}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
            }}
          />
        )}
      </Field>
      <div className="row">
        <button type="submit" className="button" disabled={props.pending || dose === null}>
          {props.pending
            ? t('proposals.deciding')
            : changed
              ? t('proposals.acceptAdjusted')
              : t('proposals.acceptConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {t('outcome.cancel')}
        </button>
      </div>
    </form>
  );
}
