import { useTranslation } from 'react-i18next';
import type { Patient } from '../api-types';
import { useFormats } from '../format';
import { useMarkEngagement } from '../mutations';
import { useErrorText } from '../shared/use-error-text';

/** Whether a clinician marked the patient disengaged, with the way to undo it. */
export function EngagementFact({ patient }: { patient: Patient }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const errorText = useErrorText();
  const engagement = useMarkEngagement(patient.id);
  if (patient.disengagedAt === null) return null;
  return (
    <div>
      <dt>{t('engagement.title')}</dt>
      <dd>
        {t('engagement.since', { date: f.stampDay(patient.disengagedAt) })}{' '}
        <button
          type="button"
          className="button button--quiet"
          disabled={engagement.isPending}
          onClick={() => {
            engagement.mutate(false);
          }}
        >
          {t('engagement.unmark')}
        </button>
        {engagement.isError ? (
          <span className="field__error" role="alert">
            {errorText(engagement.error)}
          </span>
        ) : null}
      </dd>
    </div>
  );
}
