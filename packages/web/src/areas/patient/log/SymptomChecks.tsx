import { JOURNAL_RED_FLAG_SYMPTOMS } from '@backplan/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '../shared/controls.css';

/**
 * The red-flag symptoms the core re-screens at once, as plain checkboxes. The words are ours (the
 * message catalogue), the list and its ids are the core's, so a new symptom shows up here too.
 */
export function SymptomChecks(props: {
  value: readonly string[];
  onChange: (value: readonly string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('patient');
  const id = useId();
  const { value, onChange, error } = props;
  return (
    <fieldset
      className="symptoms"
      id="field-newSymptoms"
      aria-describedby={error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
    >
      <legend>{t('log.symptomsLegend')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('log.symptomsHint')}
      </p>
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
      {error === undefined ? null : (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
