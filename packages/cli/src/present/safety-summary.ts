import { FACT_LABELS, type AssessmentResult } from '@backplan/core';
import { evidence } from './text.js';

const TRIAGE_BANNER = {
  emergency: '!! EMERGENCY: same-day emergency assessment; do not start an exercise plan',
  urgent: '!  URGENT: review the concern and record the outcome before any plan',
  'routine-referral': 'ROUTINE REFERRAL: a plan may start; arrange the referral',
  clear: 'CLEAR: no red flag routes care away from physical therapy',
} as const;
const INCOMPLETE_BANNER =
  'INCOMPLETE: no red flag among the answers, but an unanswered screen is not a clear screen';

const LEVEL_WORDS = {
  emergency: 'EMERGENCY',
  urgent: 'URGENT',
  'routine-referral': 'routine referral',
  note: 'note, no change to triage',
} as const;

/** The safety screen: the banner first, then each finding with its action and what raised it. */
export function formatSafety(r: AssessmentResult): string[] {
  const { screen } = r;
  const incomplete = screen.triage === 'clear' && screen.unanswered.length > 0;
  const lines = [`  ${incomplete ? INCOMPLETE_BANNER : TRIAGE_BANNER[screen.triage]}`];
  for (const f of screen.findings) {
    const raisedBy = f.raisedBy.map((id) => FACT_LABELS[id]).join(', ');
    lines.push(`  - ${f.flagName} (${LEVEL_WORDS[f.level]})`);
    lines.push(`      ${f.action}`);
    lines.push(`      Raised by: ${raisedBy}. ${evidence(f.evidence)}`);
    if (f.patientAction !== undefined) lines.push(`      Patient is told: ${f.patientAction}`);
  }
  if (screen.unanswered.length > 0) {
    const list = screen.unanswered.map((id) => FACT_LABELS[id]).join(', ');
    lines.push(`  Screen incomplete: ${screen.unanswered.length} unanswered (${list}).`);
  }
  for (const q of screen.notAsked) {
    lines.push(`  Not asked: ${FACT_LABELS[q.id]} (${q.reason}).`);
  }
  lines.push(`  Plan: ${r.planGate.status}. ${r.planGate.reasons.join(' ')}`);
  return lines;
}
