import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { useSendFeedback } from '../mutations';
import { FormProblems } from '../shared/FormProblems';
import { useRequiredCheck } from '../shared/local-check';

/** A comment on one journal entry, which the patient sees with that session. */
export function CommentForm(props: { patientId: string; entryId: string; onDone: () => void }) {
  const { t } = useTranslation('clinic');
  const send = useSendFeedback(props.patientId);
  const [body, setBody] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  const { error, check } = useRequiredCheck(send.error);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (check([{ name: 'body', value: body, message: t('journal.commentEmpty') }])) {
      send.mutate({ body, journalEntryId: props.entryId }, { onSuccess: props.onDone });
    }
  };

  return (
    <form className="comment-form stack" onSubmit={submit} noValidate>
      <FormProblems error={error} failure={send.error} shown={['body']} />
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
