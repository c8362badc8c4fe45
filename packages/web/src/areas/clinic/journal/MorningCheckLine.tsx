import { useTranslation } from 'react-i18next';
import type { MorningCheck } from '../api-types';
import { useFormats } from '../format';

/**
 * The next-morning check after a session, with a worse morning marked in words and shape, and any
 * red-flag symptom reported with it.
 */
export function MorningCheckLine({ check }: { check: MorningCheck | null }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  if (check === null) return <p className="small muted">{t('morning.none')}</p>;
  const worse = check.comparedWithUsual === 'worse' || check.stiffness === 'more';
  return (
    <p className={`morning${worse ? ' morning--worse' : ''}`}>
      {worse ? <span aria-hidden="true">▲ </span> : null}
      <strong>{t('morning.title', { date: f.day(check.date) })}</strong>{' '}
      {t('morning.summary', {
        pain: check.pain,
        stiffness: t(`morning.stiffness.${check.stiffness}`),
        compared: t(`morning.compared.${check.comparedWithUsual}`),
      })}
      {worse ? <span className="flag-note"> · {t('morning.notSettled')}</span> : null}
      {check.newSymptoms.length === 0 ? null : (
        <span className="flag-note">
          {' · '}
          {t('morning.symptoms', {
            symptoms: check.newSymptoms.map((s) => t(`symptom.${s}`)).join('; '),
          })}
        </span>
      )}
    </p>
  );
}
