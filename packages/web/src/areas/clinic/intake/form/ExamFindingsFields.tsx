import { useTranslation } from 'react-i18next';
import { NumberField, RadioGroup } from './controls';
import { patchSection, type SectionProps } from './draft';

/**
 * A measured temperature at or above this is fever for the red-flag screen, whatever the fever
 * question was answered (the core's rule; shown here so the therapist sees it as they type).
 */
const FEVER_CELSIUS = 38;

/** Findings that feed the red-flag screen and the plan: a measured temperature, a weak leg. */
export function ExamFindingsFields({ draft, update }: SectionProps) {
  const { t } = useTranslation('intake');
  const e = draft.examination;
  const typed = Number(e.temperatureCelsius.trim().replace(',', '.'));
  const fever = e.temperatureCelsius.trim() !== '' && typed >= FEVER_CELSIUS;
  return (
    <section className="stack" aria-labelledby="intake-h-findings">
      <h3 id="intake-h-findings">{t('exam.findingsTitle')}</h3>
      <div className="form-grid">
        <NumberField
          decimal
          label={t('exam.temperature')}
          hint={t('exam.temperatureHint')}
          path="examination.temperatureCelsius"
          value={e.temperatureCelsius}
          onChange={(temperatureCelsius) => {
            patchSection(update, 'examination', { temperatureCelsius });
          }}
        />
        <RadioGroup
          legend={t('exam.legWeakness')}
          hint={t('exam.legWeaknessHint')}
          path="examination.legWeakness"
          value={e.legWeakness}
          options={[
            { value: 'yes' as const, label: t('exam.present') },
            { value: 'no' as const, label: t('exam.absent') },
            { value: '' as const, label: t('form.notTested') },
          ]}
          onChange={(legWeakness) => {
            patchSection(update, 'examination', { legWeakness });
          }}
        />
      </div>
      {fever ? (
        <p className="banner banner--danger" role="status">
          <span className="banner__icon" aria-hidden="true">
            !
          </span>
          <span>{t('exam.feverWarning')}</span>
        </p>
      ) : null}
    </section>
  );
}
