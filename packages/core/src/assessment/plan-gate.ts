import type { EvidenceId } from '../evidence.js';
import { FACT_LABELS } from '../red-flags/fact-labels.js';
import type { RedFlagQuestionId, ScreenResult } from '../red-flags/types.js';

/** Whether a plan may be generated after this screen (shared/clinical/red-flags.md). */
export interface PlanGate {
  readonly status: 'blocked' | 'incomplete' | 'needs-review' | 'allowed';
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

/** "saddle numbness, bladder change and fever": the questions a clinician still has to ask. */
export function unansweredList(unanswered: readonly RedFlagQuestionId[]): string {
  const labels = unanswered.map((id) => FACT_LABELS[id]);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.slice(-1).join('')}`;
}

/**
 * Emergency blocks plan generation; an unanswered question holds it until the screen is complete
 * (an unanswered screen is not a clear screen); urgent blocks it until a clinician records a
 * review; routine referral allows a plan that lists the referral (finucane-2020, nice-ng59).
 */
export function planGate(screen: ScreenResult): PlanGate {
  const gate = triageGate(screen);
  if (gate.status === 'blocked' || screen.unanswered.length === 0) return gate;
  // Incomplete: what the answers so far say still shows, except a "clear" they cannot give.
  return {
    status: 'incomplete',
    reasons: [
      `Red-flag screen incomplete: answer yes, no, or "not asked" with a reason for ${unansweredList(screen.unanswered)} before a plan.`,
      ...(screen.triage === 'clear' ? [] : gate.reasons),
    ],
    evidence: gate.evidence,
  };
}

function triageGate(screen: ScreenResult): PlanGate {
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
