import type { AssessmentResult } from '@backplan/core';
import { formatSafety } from './safety-summary.js';
import { formatPredictionRules, formatScores } from './scores-summary.js';
import { detail, evidence, heading, row } from './text.js';

const TOLERANCE_WORDS = {
  'flexion-intolerant': 'Flexion intolerant',
  'extension-intolerant': 'Extension intolerant',
  mixed: 'Mixed: both flexion and extension provoke',
  'none-identified': 'No flexion or extension intolerance identified',
} as const;

/** The clinician's readable summary of an assessment result. */
export function formatAssessmentSummary(r: AssessmentResult): string {
  const lines: string[] = [];
  const id = r.assessmentId ?? 'assessment';
  lines.push(`Backplan ${r.kind} assessment: ${id}, as of ${r.asOf} (rules ${r.ruleSetVersion})`);

  lines.push(heading('Safety screen'));
  lines.push(...formatSafety(r));

  lines.push(heading('Scores'));
  lines.push(...formatScores(r));

  if (r.screen.triage === 'emergency') {
    lines.push(heading('Classification'));
    lines.push('  Withheld: the emergency comes first. The full result is in --json.');
    return `${lines.join('\n')}\n`;
  }

  lines.push(heading('Classification'));
  const sb = r.startBack;
  lines.push(
    row('STarT pathway', sb === null ? 'unknown (STarT Back not scored)' : sb.pathway.label),
  );
  if (sb !== null) lines.push(...detail(sb.pathway.components));
  lines.push(row('Stage', `${r.stage.stage}: ${r.stage.reasons.join(' ')}`));
  lines.push(row('Approach', `${r.approach.label} ${evidence(r.approach.evidence)}`));
  lines.push(...detail([`focus: ${r.approach.focus.join('; ')}`, ...r.approach.reasons]));
  lines.push(
    row('Tolerance', `${TOLERANCE_WORDS[r.tolerance.tolerance]} ${evidence(r.tolerance.evidence)}`),
  );
  lines.push(...detail([...r.tolerance.reasons, ...r.tolerance.guidance]));
  const dp = r.directionalPreference;
  lines.push(row('Direction', `${dp.preference ?? 'no preference'} ${evidence(dp.evidence)}`));
  lines.push(...detail(dp.reasons));
  if (r.stenosis.suspected) {
    lines.push(row('Stenosis', `pattern present ${evidence(r.stenosis.evidence)}`));
    lines.push(...detail(r.stenosis.reasons));
  }
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
