import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { useMe } from '../../../api/session';
import { SAFETY_OUTCOMES, type SafetyOutcome } from '../../../api/types';
import { Field } from '../../../ui/Field';
import { useErrorText } from '../shared/use-error-text';

type OutcomeFormProps = {
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (body: { outcome: SafetyOutcome; note?: string }) => void;
  onCancel?: () => void;
  /** Opened by a button that is then gone: the keyboard goes on at the first choice. */
  focusOnOpen?: boolean;
};

/**
 * What was done about a red flag: one of the outcomes (none chosen in advance: the clinician
 * decides) and a note. The reviewer and the date are the server's: the signed-in user, today.
 * Only a therapist records it (the server refuses anyone else): an admin is told so instead.
 */
export function SafetyOutcomeForm(props: OutcomeFormProps) {
  const { t } = useTranslation('clinic');
  const me = useMe();
  if (me.data?.user.role !== 'therapist') {
    return <p className="muted">{t('outcome.therapistOnly')}</p>;
  }
  return <OutcomeForm {...props} />;
}

function OutcomeForm(props: OutcomeFormProps) {
  const { t } = useTranslation('clinic');
  const errorText = useErrorText();
  const name = useId();
  const [outcome, setOutcome] = useState<SafetyOutcome | null>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusOnOpen = props.focusOnOpen === true;
  useEffect(() => {
    if (focusOnOpen) form.current?.querySelector('input')?.focus();
  }, [focusOnOpen]);
  const apiError = props.error instanceof ApiError ? props.error : null;
  // A message the server gave for a field shows beside it; any other failure below the form.
  const fieldShown =
    apiError !== null &&
    (apiError.fieldMessage('outcome') !== undefined || apiError.fieldMessage('note') !== undefined);
  const outcomeError = missing ? t('outcome.required') : apiError?.fieldMessage('outcome');

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (props.pending) return;
    if (outcome === null) {
      setMissing(true);
      return;
    }
    const trimmed = note.trim();
    props.onSubmit({ outcome, ...(trimmed === '' ? {} : { note: trimmed }) });
  };

  return (
    <form className="stack outcome-form" onSubmit={submit} noValidate ref={form}>
      <fieldset
        className="field outcome-form__choices"
        aria-describedby={outcomeError === undefined ? undefined : `${name}-error`}
      >
        <legend>{t('outcome.legend')}</legend>
        {SAFETY_OUTCOMES.map((o) => (
          <label key={o} className="choice outcome-form__choice">
            <input
              type="radio"
              name={name}
              value={o}
              checked={outcome === o}
              aria-invalid={outcomeError === undefined ? undefined : true}
              onChange={() => {
                setOutcome(o);
                setMissing(false);
              }}
            />
            <span>
              <strong>{t(`outcome.${o}.label`)}</strong>
              <span className="outcome-form__hint">{t(`outcome.${o}.hint`)}</span>
            </span>
          </label>
        ))}
        {outcomeError === undefined ? null : (
          <span id={`${name}-error`} className="field__error">
            {outcomeError}
          </span>
        )}
      </fieldset>
      <Field label={t('outcome.note')} hint={t('outcome.noteHint')} name="note" error={apiError}>
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
      {props.error === null || props.error === undefined || fieldShown ? null : (
        <p className="field__error" role="alert">
          {errorText(props.error)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button" disabled={props.pending}>
          {props.pending ? t('outcome.saving') : props.submitLabel}
        </button>
        {props.onCancel === undefined ? null : (
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            {t('outcome.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
