import type { EvidenceStatus } from '@backplan/core';
import { useTranslation } from 'react-i18next';

const LOOK: Record<EvidenceStatus, { tone: string; icon: string }> = {
  recommended: { tone: 'ok', icon: '✓' },
  optional: { tone: 'info', icon: '○' },
  contested: { tone: 'warn', icon: '?' },
  discouraged: { tone: 'danger', icon: '✗' },
};

/** How the evidence stands on a catalogue entry, in words with an icon. */
export function StatusBadge({ status }: { status: EvidenceStatus }) {
  const { t } = useTranslation('intake');
  const look = LOOK[status];
  return (
    <span className={`badge badge--${look.tone}`}>
      <span aria-hidden="true">{look.icon}</span> {t(`status.${status}`)}
    </span>
  );
}
