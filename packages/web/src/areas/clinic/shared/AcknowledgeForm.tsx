import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Field } from '../../../ui/Field';
import { useErrorText } from './use-error-text';

/** Acknowledging an alert other than a red flag: an optional note on what was done. */
export function AcknowledgeForm(props: {
  pending: boolean;
  error: unknown;
  /** Which alert, for screen readers ("Pain alert of 8 Nov 2026"). */
  which: string;
  onSubmit: (note: string | undefined) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('clinic');
  const errorText = useErrorText();
  const [note, setNote] = useState('');
  const form = useRef<HTMLFormElement>(null);
  // The button that opened the form is gone: the keyboard goes on in the form.
  useEffect(() => {
    form.current?.querySelector('textarea')?.focus();
  }, []);
  const apiError = props.error instanceof ApiError ? props.error : null;
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (props.pending) return;
    const trimmed = note.trim();
    props.onSubmit(trimmed === '' ? undefined : trimmed);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate ref={form}>
      <Field label={t('alerts.note')} hint={t('alerts.noteHint')} name="note" error={apiError}>
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
      {props.error === null || apiError?.fieldMessage('note') !== undefined ? null : (
        <p className="field__error" role="alert">
          {errorText(props.error)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button" disabled={props.pending}>
          {props.pending ? t('alerts.acknowledging') : t('alerts.acknowledge')}
          <span className="visually-hidden"> {props.which}</span>
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {t('outcome.cancel')}
        </button>
      </div>
    </form>
  );
}
