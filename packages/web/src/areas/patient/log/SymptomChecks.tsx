import { JOURNAL_RED_FLAG_SYMPTOMS } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import '../shared/controls.css';
import { QuestionFieldset } from '../shared/QuestionFieldset';

/**
 * The red-flag symptoms the core re-screens at once, as plain checkboxes. The words are ours (the
 * message catalogue), the list and its ids are the core's, so a new symptom shows up here too.
 */
export function SymptomChecks(props: {
  value: readonly string[];
  onChange: (value: readonly string[]) => void;
  error?: string | undefined;
  /** The question; the session log's by default. */
  legend?: string;
  hint?: string;
}) {
  const { t } = useTranslation('patient');
  const { value, onChange, error } = props;
  return (
    <QuestionFieldset
      className="symptoms"
      id="field-newSymptoms"
      legend={props.legend ?? t('log.symptomsLegend')}
      hint={props.hint ?? t('log.symptomsHint')}
      error={error}
    >
      {JOURNAL_RED_FLAG_SYMPTOMS.map((s) => (
        <label key={s.id} className="choice symptoms__option">
          <input
            type="checkbox"
            name="newSymptoms"
            value={s.id}
            checked={value.includes(s.id)}
            onChange={(event) => {
              onChange(event.target.checked ? [...value, s.id] : value.filter((x) => x !== s.id));
            }}
          />
          <span>{t(`symptom.${s.id}`, { defaultValue: s.patientLabel })}</span>
        </label>
      ))}
    </QuestionFieldset>
  );
}
