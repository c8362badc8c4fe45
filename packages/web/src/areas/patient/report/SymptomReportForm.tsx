import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Field, FormErrors } from '../../../ui/Field';
import { errorText } from '../../../ui/states';
import { useClientKey } from '../shared/client-key';
import { SymptomChecks } from '../log/SymptomChecks';
import { useReportSymptoms, type SymptomReportResult } from './use-report-symptoms';

const SHOWN = ['symptoms', 'notes'];

/**
 * The red-flag symptoms a patient can report at any time, outside a session: the same list as the
 * session log, a note, and one button. The answer says the therapist knows.
 */
export function SymptomReportForm(props: {
  date: string;
  headingId: string;
  onReported?: (result: SymptomReportResult) => void;
}) {
  const { t } = useTranslation('patient');
  const { t: tc } = useTranslation();
  const clientKey = useClientKey();
  const report = useReportSymptoms();
  const [symptoms, setSymptoms] = useState<readonly string[]>([]);
  const [notes, setNotes] = useState('');
  const [missing, setMissing] = useState(false);
  const apiError = report.error instanceof ApiError ? report.error : null;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (report.isPending) return;
    if (symptoms.length === 0) {
      setMissing(true);
      return;
    }
    const note = notes.trim();
    report.mutate(
      {
        clientKey,
        reportedOn: props.date,
        symptoms,
        ...(note === '' ? {} : { notes: note }),
      },
      { onSuccess: (result) => props.onReported?.(result) },
    );
  };

  if (report.isSuccess) {
    return (
      <div className="banner banner--ok" role="status">
        <span className="banner__icon" aria-hidden="true">
          ✓
        </span>
        <p>{t('report.sent')}</p>
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={props.headingId}>
      <FormErrors error={apiError} shown={SHOWN} />
      <SymptomChecks
        value={symptoms}
        onChange={(next) => {
          setSymptoms(next);
          if (next.length > 0) setMissing(false);
        }}
        legend={t('report.legend')}
        hint={t('report.hint')}
        error={missing ? t('report.none') : apiError?.fieldMessage('symptoms')}
      />
      <Field label={t('report.notes')} name="notes" error={apiError}>
        {(control) => (
          <textarea
            {...control}
            maxLength={2000}
            value={notes}
            onChange={(e) => {
              setNotes(e.target.value);
            }}
          />
        )}
      </Field>
      {report.error !== null && apiError === null ? (
        <p className="field__error" role="alert">
          {errorText(report.error, tc)}
        </p>
      ) : null}
      <button type="submit" className="button button--block" disabled={report.isPending}>
        {report.isPending ? t('log.saving') : t('report.send')}
      </button>
    </form>
  );
}
