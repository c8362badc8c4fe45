import type { AssessmentResult } from '../assessment/assess.js';
import type { Intervention } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import type { PlanContext, PlanIntervention } from './types.js';

interface InterventionRule {
  readonly id: string;
  readonly when: (r: AssessmentResult, ctx: PlanContext) => boolean;
  readonly reason: (r: AssessmentResult) => string;
  readonly evidence: readonly EvidenceId[];
}

/**
 * In-clinic and self-care suggestions for the therapist, only where the evidence allows them:
 * manual therapy only alongside exercise (nice-ng59, apta-cpg-2021); heat for acute pain
 * (acp-2017); psychologically informed sessions for high risk (startback-2011). Never a
 * discouraged or contested entry: those are filtered out whatever a rule says.
 */
export const INTERVENTION_RULES: readonly InterventionRule[] = [
  {
    id: 'thrust-manipulation',
    when: (r) => r.predictionRules.manipulation.positive,
    reason: (r) =>
      `Manipulation prediction rule positive (${r.predictionRules.manipulation.criteriaMet} of 5 criteria): consider thrust manipulation, only alongside the exercise programme.`,
    evidence: ['flynn-2002', 'nice-ng59', 'apta-cpg-2021'],
  },
  {
    id: 'non-thrust-mobilisation',
    when: (_r, ctx) => ctx.approach === 'symptom-modulation',
    reason: () =>
      'Symptom modulation: mobilisation may ease pain enough to get moving; only alongside exercise.',
    evidence: ['tbc-2016', 'nice-ng59', 'apta-cpg-2021'],
  },
  {
    id: 'superficial-heat',
    when: (_r, ctx) => ctx.stage === 'acute',
    reason: () => 'Acute pain: superficial heat at home has moderate-quality support.',
    evidence: ['acp-2017'],
  },
  {
    id: 'psychologically-informed-sessions',
    when: (_r, ctx) => ctx.psychologicallyInformed,
    reason: () =>
      'High STarT risk or fear-avoidance: deliver sessions with cognitive-behavioural principles.',
    evidence: ['startback-2011', 'nice-ng59', 'lancet-2018'],
  },
  {
    id: 'group-exercise-class',
    when: (r, ctx) =>
      ctx.stage === 'chronic' && r.assessment.preferences.settings.includes('group-class'),
    reason: () => 'Chronic pain and a liking for classes: group exercise is an option.',
    evidence: ['nice-ng59'],
  },
];

/** The suggestions that apply, resolved against the catalogue. */
export function suggestInterventions(
  interventions: readonly Intervention[],
  r: AssessmentResult,
  ctx: PlanContext,
): PlanIntervention[] {
  const byId = new Map(interventions.map((i) => [i.id, i]));
  const out: PlanIntervention[] = [];
  for (const rule of INTERVENTION_RULES) {
    const i = byId.get(rule.id);
    if (i === undefined || (i.status !== 'recommended' && i.status !== 'optional')) continue;
    if (!rule.when(r, ctx)) continue;
    out.push({
      interventionId: i.id,
      name: i.name,
      setting: i.setting,
      status: i.status,
      onlyWithExercise: i.onlyWithExercise,
      reasons: [rule.reason(r)],
      evidence: [...new Set([...rule.evidence, ...i.evidence])],
    });
  }
  return out;
}
