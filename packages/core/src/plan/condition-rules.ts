import type { Comorbidity } from '../assessment/vocabulary.js';
import type { Demand, Exercise, Position } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import type { PatientFacts } from './patient-facts.js';

export type ConditionRuleId =
  'knee' | 'hip' | 'osteoporosis' | 'pregnancy-prone' | 'pregnancy-supine' | 'floor-limit';

/**
 * One way another condition changes the choice of exercise (exercises.md, "Selection rules that
 * clinicians expect" [design]; tbc-2016: comorbidity is checked in every approach). A rule applies
 * when any of its `when` facts holds (and, for pregnancy, from the trimester named); it leaves out
 * exercises done in its positions or asking its demands, or with `maxCount` allows at most that many.
 */
export interface ConditionRule {
  readonly id: ConditionRuleId;
  readonly when: {
    readonly comorbidities?: readonly Comorbidity[];
    readonly trimesterFrom?: 1 | 2 | 3;
    readonly ageAtLeast?: number;
    readonly fallsAtLeast?: number;
  };
  readonly positions: readonly Position[];
  readonly demands: readonly Demand[];
  /** At most this many exercises in those positions, instead of none. */
  readonly maxCount?: number;
  /** Shown on the plan: what is left out and why. */
  readonly reason: string;
  readonly evidence: readonly EvidenceId[];
}

/** Positions on the floor: getting down and up again is the hard part for a frail patient. */
export const FLOOR_POSITIONS: readonly Position[] = [
  'supine',
  'prone',
  'side-lying',
  'quadruped',
  'kneeling',
  'half-kneeling',
];

/** Age from which floor work is limited [design], and the floor exercises then allowed. */
export const FLOOR_LIMIT = { ageAtLeast: 70, fallsAtLeast: 1, maxFloorExercises: 1 } as const;

export const CONDITION_RULES: readonly ConditionRule[] = [
  {
    id: 'knee',
    when: { comorbidities: ['knee-osteoarthritis', 'knee-pain'] },
    positions: ['kneeling', 'quadruped', 'half-kneeling'],
    demands: ['deep-knee-flexion'],
    reason:
      'Knee osteoarthritis or knee pain: no kneeling or all-fours positions and no deep knee bends; standing and lying alternatives instead.',
    evidence: ['tbc-2016'],
  },
  {
    id: 'hip',
    when: { comorbidities: ['hip-osteoarthritis', 'hip-pain'] },
    positions: [],
    demands: ['deep-hip-flexion'],
    reason:
      'Hip osteoarthritis or hip pain: no deep hip bending (knees pulled to the chest, deep squats).',
    evidence: ['tbc-2016'],
  },
  {
    id: 'osteoporosis',
    when: { comorbidities: ['osteoporosis'] },
    positions: [],
    demands: ['loaded-spinal-flexion', 'spinal-twist'],
    reason:
      'Osteoporosis: no loaded forward bending of the spine and no end-range twisting, which load the vertebrae most.',
    evidence: ['tbc-2016'],
  },
  {
    id: 'pregnancy-prone',
    when: { comorbidities: ['pregnancy'] },
    positions: ['prone'],
    demands: [],
    reason: 'Pregnancy: no lying face down.',
    evidence: ['tbc-2016'],
  },
  {
    id: 'pregnancy-supine',
    when: { comorbidities: ['pregnancy'], trimesterFrom: 2 },
    positions: ['supine'],
    demands: [],
    reason:
      'Pregnancy from the second trimester (or trimester not recorded): no lying flat on the back; sitting, standing and side-lying instead.',
    evidence: ['tbc-2016'],
  },
  {
    id: 'floor-limit',
    when: { ageAtLeast: FLOOR_LIMIT.ageAtLeast, fallsAtLeast: FLOOR_LIMIT.fallsAtLeast },
    positions: FLOOR_POSITIONS,
    demands: [],
    maxCount: FLOOR_LIMIT.maxFloorExercises,
    reason: `Aged ${FLOOR_LIMIT.ageAtLeast} or over, or a fall in the last year: at most ${FLOOR_LIMIT.maxFloorExercises} exercise on the floor; standing and sitting ones preferred.`,
    evidence: ['tbc-2016'],
  },
];

function applies(rule: ConditionRule, f: PatientFacts): boolean {
  const w = rule.when;
  const any =
    (w.comorbidities?.some((c) => f.comorbidities.includes(c)) ?? false) ||
    (w.ageAtLeast !== undefined && f.age >= w.ageAtLeast) ||
    (w.fallsAtLeast !== undefined && f.fallsInLastYear >= w.fallsAtLeast);
  if (!any) return false;
  return w.trimesterFrom === undefined || (f.trimester !== null && f.trimester >= w.trimesterFrom);
}

/** The condition rules that apply to this patient. */
export function activeConditionRules(f: PatientFacts): ConditionRule[] {
  return CONDITION_RULES.filter((rule) => applies(rule, f));
}

/** Whether the exercise is done in one of the rule's positions or asks one of its demands. */
export function ruleCovers(rule: ConditionRule, e: Exercise): boolean {
  if (rule.positions.includes(e.position)) return true;
  const demands = e.demands;
  return demands !== undefined && rule.demands.some((d) => demands.includes(d));
}

/** The first rule that leaves the exercise out altogether (count limits aside), if any. */
export function excludingRule(
  rules: readonly ConditionRule[],
  e: Exercise,
): ConditionRule | undefined {
  return rules.find((rule) => rule.maxCount === undefined && ruleCovers(rule, e));
}

/** The rules with ids recorded on a plan's context. */
export function conditionRulesById(ids: readonly ConditionRuleId[]): ConditionRule[] {
  return CONDITION_RULES.filter((rule) => ids.includes(rule.id));
}
