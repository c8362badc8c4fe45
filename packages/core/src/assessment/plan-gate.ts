import type { EvidenceId } from '../evidence.js';
import type { ScreenResult } from '../red-flags/types.js';

/** Whether a plan may be generated after this screen (shared/clinical/red-flags.md). */
export interface PlanGate {
  readonly status: 'blocked' | 'needs-review' | 'allowed';
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

/**
 * Emergency blocks plan generation; urgent blocks it until a clinician records a review;
 * routine referral allows a plan that lists the referral (finucane-2020, nice-ng59).
 */
export function planGate(screen: ScreenResult): PlanGate {
  const evidence: EvidenceId[] = ['finucane-2020', 'nice-ng59'];
  switch (screen.triage) {
    case 'emergency':
      return {
        status: 'blocked',
        reasons: ['Emergency red flag: same-day emergency assessment; no exercise plan.'],
        evidence,
      };
    case 'urgent':
      return {
        status: 'needs-review',
        reasons: [
          'Urgent red flag: a clinician must record that the concern was reviewed (who, when, outcome) before a plan.',
        ],
        evidence,
      };
    case 'routine-referral':
      return {
        status: 'allowed',
        reasons: ['Routine referral: a plan may start; the referral is listed on the plan.'],
        evidence,
      };
    case 'clear':
      return {
        status: 'allowed',
        reasons: ['No red flag routes care away from therapy.'],
        evidence,
      };
  }
}
