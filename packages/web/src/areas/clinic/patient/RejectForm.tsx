import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Field } from '../../../ui/Field';
import type { DecisionBody } from '../mutations';

/** Rejecting a proposal asks why: the reason goes on the patient's decision timeline. */
export function RejectForm(props: {
  pending: boolean;
  error: unknown;
  onSubmit: (body: DecisionBody) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('clinic');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector('textarea')?.focus();
  }, []);
  const apiError = props.error instanceof ApiError ? props.error : null;
  const shown = missing
    ? new ApiError(400, 'validation-failed', '', [
        { path: 'body.reason', message: t('proposals.reasonRequired') },
      ])
    : apiError;
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (props.pending) return;
    const trimmed = reason.trim();
    if (trimmed === '') {
      setMissing(true);
      return;
    }
    props.onSubmit({ decision: 'reject', reason: trimmed });
  };
  return (
    <form className="stack decision-form" onSubmit={submit} noValidate ref={form}>
      <Field
        label={t('proposals.reason')}
        hint={t('proposals.reasonHint')}
        name="reason"
        error={shown}
      >
        {(c) => (
          <textarea
            {...c}
            required
            maxLength={2000}
            value={reason}
            onChange={(e) => {
              setMissing(false);
              setReason(e.target.value);
            }}
          />
        )}
      </Field>
      <div className="row">
        <button type="submit" className="button" disabled={props.pending}>
          {props.pending ? t('proposals.deciding') : t('proposals.rejectConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {t('outcome.cancel')}
        </button>
      </div>
    </form>
  );
}
