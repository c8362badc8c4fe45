import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSafety } from '../api-types';
import { relativeTime } from '../relative-time';

/**
 * Why a patient is in a safety state, in words, with how long ago: "Reported new bladder change,
 * 2 hours ago"; from an assessment, "Emergency at intake: cauda equina, 5 minutes ago".
 */
export function useSafetyReason(now: Date = new Date()): (safety: PatientSafety) => string {
  const { t, i18n } = useTranslation('clinic');
  const lang = i18n.language;
  const at = now.getTime();
  return useCallback(
    (safety: PatientSafety) => {
      const ago =
        safety.since === null
          ? t('safety.timeUnknown')
          : (relativeTime(safety.since, new Date(at), lang) ?? t('safety.justNow'));
      const list = (items: readonly string[]) =>
        new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
      const state = t(`safety.state.${safety.state}`);
      const findings = list(safety.findings.map((f) => f.flagName.toLocaleLowerCase(lang)));
      if (safety.source === null) return t('safety.reasonFindings', { state, findings, ago });
      switch (safety.source) {
        case 'intake':
        case 'reassessment':
          return t('safety.reasonAssessment', {
            state,
            when: t(`safety.source.${safety.source}`),
            findings,
            ago,
          });
        case 'journal':
        case 'morning-check':
        case 'symptom-report':
          return safety.symptoms.length === 0
            ? t('safety.reasonFindings', { state, findings, ago })
            : t('safety.reasonReported', {
                symptoms: list(
                  safety.symptoms.map((s) => t(`symptomShort.${s}`, { defaultValue: s })),
                ),
                ago,
              });
      }
    },
    [t, lang, at],
  );
}
