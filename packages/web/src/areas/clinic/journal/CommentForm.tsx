import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Field, FormErrors } from '../../../ui/Field';
import { ErrorState } from '../../../ui/states';
import { useSendFeedback } from '../mutations';
import { checkRequired } from '../shared/local-check';

/** A comment on one journal entry, which the patient sees with that session. */
export function CommentForm(props: { patientId: string; entryId: string; onDone: () => void }) {
  const { t } = useTranslation('clinic');
  const send = useSendFeedback(props.patientId);
  const [body, setBody] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  const [local, setLocal] = useState<ApiError | null>(null);
  const error = local ?? (send.error instanceof ApiError ? send.error : null);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const missing = checkRequired(
      [{ name: 'body', value: body, message: t('journal.commentEmpty') }],
      t('check.summary'),
    );
    setLocal(missing);
    if (missing === null) {
      send.mutate({ body, journalEntryId: props.entryId }, { onSuccess: props.onDone });
    }
  };

  return (
    <form className="comment-form stack" onSubmit={submit} noValidate>
      {error !== null ? (
        <FormErrors error={error} shown={['body']} />
      ) : send.isError ? (
        <ErrorState error={send.error} />
      ) : null}
      <Field label={t('journal.commentLabel')} name="body" error={error}>
        {(control) => (
          <textarea
            {...control}
            ref={box}
            required
            maxLength={2000}
            value={body}
            onChange={(e) => {
              setBody(e.target.value);
            }}
          />
        )}
      </Field>
      <div className="row">
        <button className="button" type="submit" disabled={send.isPending}>
          {send.isPending ? t('journal.commentSending') : t('journal.commentSend')}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onDone}>
          {t('journal.commentCancel')}
        </button>
      </div>
    </form>
  );
}
