import type { Triage } from '@backplan/core';

/** The colour tone of each triage; TriageIcon draws its shape and the words say it. */
export const TRIAGE_LOOK: Record<Triage, { tone: 'danger' | 'warn' | 'info' | 'ok' }> = {
  emergency: { tone: 'danger' },
  urgent: { tone: 'warn' },
  'routine-referral': { tone: 'info' },
  clear: { tone: 'ok' },
};
