import { useTranslation } from 'react-i18next';
import type { RedFlagDetail } from '../api-types';
import { useFormats } from '../format';

/**
 * The findings behind a red-flag alert in the clinic's words: what it did to the programme, where
 * it came from, the symptoms, and each finding with what to do.
 */
export function RedFlagDetailView({ detail }: { detail: RedFlagDetail }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  return (
    <div className="red-flag-detail">
      <p>
        <strong>{t(`redFlagDetail.state.${detail.state}`)}</strong>
      </p>
      <p className="muted">
        {t('redFlagDetail.from', {
          source: t(`safety.source.${detail.source}`),
          when: f.stamp(detail.reportedAt),
        })}
      </p>
      {detail.symptoms.length === 0 ? null : (
        <p>
          <strong>{t('redFlagDetail.symptoms')}</strong>{' '}
          {detail.symptoms.map((s) => t(`symptom.${s}`, { defaultValue: s })).join('; ')}
        </p>
      )}
      {detail.findings.length === 0 ? null : (
        <ul className="red-flag-detail__findings">
          {detail.findings.map((finding) => (
            <li key={finding.flagName}>
              <strong>{finding.flagName}</strong> (
              {t(`findingLevel.${finding.level}`, {
                defaultValue: finding.level,
              })}
              ): {finding.action}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
