import { useTranslation } from 'react-i18next';
import { EvidenceIds } from '../Reasoned';
import type { PlanWarningView } from '../types';

const SERIOUS = new Set([
  'discouraged',
  'direction',
  'tolerance',
  'manual-therapy-without-exercise',
]);

/** The core's warnings about an element (or the whole plan), each with why and its sources. */
export function WarningList({ warnings }: { warnings: readonly PlanWarningView[] }) {
  const { t } = useTranslation('intake');
  if (warnings.length === 0) return null;
  const serious = warnings.some((w) => SERIOUS.has(w.code));
  return (
    <div className={`banner banner--${serious ? 'danger' : 'warn'} warnings`}>
      <span className="banner__icon" aria-hidden="true">
        ⚠
      </span>
      <ul>
        {warnings.map((w) => (
          <li key={`${w.code}-${w.subject}`}>
            <strong>{t(`warning.${w.code}`, { defaultValue: w.code })}:</strong> {w.message}
            <EvidenceIds ids={w.evidence} />
          </li>
        ))}
      </ul>
    </div>
  );
}
