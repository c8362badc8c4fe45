import type { AssessmentResult } from '@backplan/core';
import { formatPredictionRules, formatScores } from './scores-summary.js';
import { detail, evidence, heading, row } from './text.js';

const TRIAGE_BANNER = {
  emergency: '!! EMERGENCY: same-day emergency assessment; do not start an exercise plan',
  urgent: '! URGENT: review the concern before any plan',
  'routine-referral': 'ROUTINE REFERRAL: a plan may start; arrange the referral',
  clear: 'CLEAR: no red flag routes care away from physical therapy',
} as const;

/** The clinician's readable summary of an assessment result. */
export function formatAssessmentSummary(r: AssessmentResult): string {
  const lines: string[] = [];
  const id = r.assessmentId ?? 'assessment';
  lines.push(`Backplan ${r.kind} assessment: ${id}, as of ${r.asOf} (rules ${r.ruleSetVersion})`);

  lines.push(heading('Safety screen'));
  lines.push(`  ${TRIAGE_BANNER[r.screen.triage]}`);
  for (const f of r.screen.findings) {
    lines.push(row(f.flagName, `${f.level}: ${f.action}`));
    lines.push(...detail([`raised by: ${f.raisedBy.join(', ')} ${evidence(f.evidence)}`]));
  }
  if (r.screen.unanswered.length > 0) {
    lines.push(
      `  Incomplete: ${r.screen.unanswered.length} question(s) unanswered: ${r.screen.unanswered.join(', ')}`,
    );
  }
  lines.push(row('Plan', `${r.planGate.status}: ${r.planGate.reasons.join(' ')}`));

  lines.push(heading('Scores'));
  lines.push(...formatScores(r));

  lines.push(heading('Classification'));
  const sb = r.startBack;
  lines.push(
    row('STarT pathway', sb === null ? 'unknown (STarT Back not scored)' : sb.pathway.label),
  );
  if (sb !== null) lines.push(...detail(sb.pathway.components));
  lines.push(row('Stage', `${r.stage.stage}: ${r.stage.reasons.join(' ')}`));
  lines.push(row('Approach', `${r.approach.label} ${evidence(r.approach.evidence)}`));
  lines.push(...detail([`focus: ${r.approach.focus.join('; ')}`, ...r.approach.reasons]));
  lines.push(row('Tolerance', `${r.tolerance.tolerance} ${evidence(r.tolerance.evidence)}`));
  lines.push(...detail([...r.tolerance.reasons, ...r.tolerance.guidance]));
  const dp = r.directionalPreference;
  lines.push(row('Direction', `${dp.preference ?? 'none'} ${evidence(dp.evidence)}`));
  lines.push(...detail(dp.reasons));
  lines.push(
    row(
      'Psychosocial',
      `${r.psychosocial.elevated ? 'elevated' : 'not elevated'} ${evidence(r.psychosocial.evidence)}`,
    ),
  );
  lines.push(...detail(r.psychosocial.reasons));

  lines.push(heading('Prediction rules (supporting information only)'));
  lines.push(...formatPredictionRules(r));

  if (r.gaps.length > 0) {
    lines.push(heading('Not yet assessed'));
    lines.push(...r.gaps.map((g) => `  - ${g}`));
  }
  return `${lines.join('\n')}\n`;
}
