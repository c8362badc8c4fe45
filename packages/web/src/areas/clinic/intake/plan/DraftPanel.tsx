import { useTranslation } from 'react-i18next';

/**
 * A draft plan: the patient does not see it (their Today says the programme is being prepared)
 * until the clinician has reviewed it and publishes it, with or without changes.
 */
export function DraftPanel({ onPublish }: { onPublish: () => void }) {
  const { t } = useTranslation('intake');
  return (
    <section className="banner banner--info draft-panel" aria-labelledby="draft-heading">
      <span className="banner__icon" aria-hidden="true">
        ✎
      </span>
      <div className="stack">
        <h2 id="draft-heading" className="banner__title">
          {t('draftPlan.title')}
        </h2>
        <p>{t('draftPlan.body')}</p>
        <div>
          <button type="button" className="button" onClick={onPublish}>
            {t('draftPlan.publish')}
          </button>
        </div>
      </div>
    </section>
  );
}
