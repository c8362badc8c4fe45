import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { useFormats } from '../format';
import { useSendFeedback } from '../mutations';
import { FormProblems } from '../shared/FormProblems';
import { useRequiredCheck } from '../shared/local-check';

/** A note from the therapist to the patient, shown on the patient's "today". */
export function NoteForm({ patientId }: { patientId: string }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const send = useSendFeedback(patientId);
  const [body, setBody] = useState('');
  const { error, check } = useRequiredCheck(send.error);
  const sent = send.data?.feedback;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!check([{ name: 'body', value: body, message: t('note.empty') }])) return;
    send.mutate(
      { body },
      {
        onSuccess: () => {
          setBody('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="note-title" id="note">
      <form className="stack" onSubmit={submit} noValidate>
        <h2 id="note-title">{t('note.title')}</h2>
        <FormProblems error={error} failure={send.error} shown={['body']} />
        <Field label={t('note.body')} name="body" hint={t('note.hint')} error={error}>
          {(control) => (
            <textarea
              {...control}
              required
              maxLength={2000}
              value={body}
              onChange={(e) => {
                setBody(e.target.value);
              }}
            />
          )}
        </Field>
        <button className="button" type="submit" disabled={send.isPending}>
          {send.isPending ? t('note.sending') : t('note.send')}
        </button>
        <div role="status" aria-live="polite">
          {sent === undefined || send.isPending ? null : (
            <div className="sent-note">
              <p>
                <span aria-hidden="true">✓ </span>
                {t('note.sent', { when: f.stamp(sent.createdAt) })}
              </p>
              <blockquote>{sent.body}</blockquote>
            </div>
          )}
        </div>
      </form>
    </section>
  );
}
