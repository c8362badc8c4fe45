import type { FindingLevel, Triage } from './types.js';

/** Orders triages: higher is more urgent, `clear` is 0. */
export function triageRank(t: Triage): number {
  switch (t) {
    case 'emergency':
      return 3;
    case 'urgent':
      return 2;
    case 'routine-referral':
      return 1;
    case 'clear':
      return 0;
  }
}

/** The more urgent of two triages. */
export function mostUrgent(a: Triage, b: Triage): Triage {
  return triageRank(b) > triageRank(a) ? b : a;
}

/** The triage a finding level contributes; a `note` is recorded but never moves the triage. */
export function levelTriage(level: FindingLevel): Triage {
  return level === 'note' ? 'clear' : level;
}

/** Orders finding levels like `triageRank`, with a `note` below every level that moves the triage. */
export function findingLevelRank(level: FindingLevel): number {
  return level === 'note' ? -1 : triageRank(level);
}
