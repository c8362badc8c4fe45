import { useTranslation } from 'react-i18next';
import type { PatientSafety } from '../api-types';

/** A safety state as icon + word + colour: stronger than any alert level. */
export function SafetyBadge({ state }: { state: PatientSafety['state'] }) {
  const { t } = useTranslation('clinic');
  return (
    <span className={`badge badge--danger safety-badge safety-badge--${state}`}>
      <span aria-hidden="true">{state === 'emergency' ? '✚' : '◆'}</span>
      {t(`safety.state.${state}`)}
    </span>
  );
}
