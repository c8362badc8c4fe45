import { useTranslation } from 'react-i18next';

/** Above a form the patient tried to send: how many answers it still needs. */
export function MissingAnswers({ count }: { count: number }) {
  const { t } = useTranslation('patient');
  if (count === 0) return null;
  return (
    <div className="banner banner--warn" role="alert">
      <span className="banner__icon" aria-hidden="true">
        !
      </span>
      <p>{t('log.missing', { count })}</p>
    </div>
  );
}
