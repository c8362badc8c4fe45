import type { AssessmentResult } from '../assessment/assess.js';
import type { Dose, Exercise, Frequency } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import type { Direction } from '../stratification/directional-preference.js';
import { indexCatalog, stepsFrom, type CatalogIndex } from './catalog-index.js';
import {
  DIRECTIONAL_ENTRY,
  directionWords,
  fallRiskReasons,
  FALL_RISK,
  MCKENZIE_DOSE,
  RISK_CHAIN_ENTRY,
} from './chain-entry.js';
import { activeConditionRules, excludingRule, type ConditionRule } from './condition-rules.js';
import { GOAL_CONTENT, matchingGoal, type GoalContentRule } from './goal-content.js';
import { GRADED_EXPOSURE_TASK } from './graded-exposure.js';
import { patientFacts, type PatientFacts } from './patient-facts.js';
import type { PlanContext } from './types.js';

/** An exercise the rules put in the plan whatever its score, with why. */
export interface ForcedExercise {
  readonly exerciseId: string;
  readonly reason: string;
  readonly evidence: readonly EvidenceId[];
  readonly dose?: Dose;
  readonly frequency?: Frequency;
}

/** What the selection rules decided for one patient, before the exercises are picked. */
export interface PlanRules {
  readonly facts: PatientFacts;
  readonly conditions: readonly ConditionRule[];
  /** The most floor exercises allowed, or null for no limit. */
  readonly floorLimit: ConditionRule | null;
  /** The preferred direction's entry step: the centre of the early plan. */
  readonly centre: Exercise | null;
  /** The direction that waits until the symptoms centralise, and its tolerance tag. */
  readonly waits: { readonly direction: Direction; readonly tag: 'FI' | 'EI' } | null;
  /** Steps no starting plan enters at (beyond a chain's entry), and tasks that wait. */
  readonly blocked: ReadonlySet<string>;
  /** In order: the centre first. */
  readonly forced: readonly ForcedExercise[];
  /** Acute or subacute, not function optimisation: loaded work waits for the first review. */
  readonly acuteLimits: boolean;
  readonly stenosis: boolean;
  readonly relaxationEarly: boolean;
  readonly lifting: GoalContentRule | null;
  readonly hierarchy: boolean;
  readonly notes: readonly string[];
  readonly reasons: readonly string[];
}

/** The start of the note asking for a fear hierarchy; a `set-fear-hierarchy` edit removes it. */
export const RECORD_HIERARCHY_NOTE = 'Record 3-6 activities the patient fears';

/** STarT Back item 6 ("worrying thoughts"), answered agree (option 1). */
const STARTBACK_WORRY_ITEM = 5;
const AGREE = 1;

function centreOf(
  index: CatalogIndex,
  preference: Direction | null,
  conditions: readonly ConditionRule[],
): Exercise | null {
  if (preference === null) return null;
  const steps = stepsFrom(index, DIRECTIONAL_ENTRY[preference].entry);
  return steps.find((s) => excludingRule(conditions, s) === undefined) ?? null;
}

function mdtDose(e: Exercise): Dose {
  return e.dose.kind === 'hold' ? MCKENZIE_DOSE.hold : MCKENZIE_DOSE.reps;
}

/**
 * The rules of exercises.md "Selection rules that clinicians expect" applied to one patient:
 * conditions, the directional centre, balance entry by fall risk, acute limits, goal content,
 * graded exposure and relaxation. Each rule leaves a reason or a note for the therapist.
 */
export function derivePlanRules(
  r: AssessmentResult,
  ctx: PlanContext,
  exercises: readonly Exercise[],
  reviewDate: string,
): PlanRules {
  const index = indexCatalog(exercises);
  const facts = patientFacts(r);
  const a = r.assessment;
  const all = activeConditionRules(facts);
  const conditions = all.filter((c) => c.maxCount === undefined);
  const floorLimit = all.find((c) => c.maxCount !== undefined) ?? null;
  const reasons = all.map((c) => c.reason);
  const notes: string[] = [];
  const forced: ForcedExercise[] = [];
  const blocked = new Set<string>();

  const centre = centreOf(index, ctx.preference, conditions);
  // A directional chain is entered at its first step no condition leaves out (lying first);
  // suspected stenosis may take any flexion step (seated flexion too: apta-cpg-2012).
  for (const d of Object.values(DIRECTIONAL_ENTRY)) {
    if (facts.stenosis && d.chain === DIRECTIONAL_ENTRY.flexion.chain) continue;
    const steps = stepsFrom(index, d.entry);
    const first = steps.findIndex((s) => excludingRule(conditions, s) === undefined);
    for (const later of steps.slice(first + 1)) blocked.add(later.id);
  }
  const waits = ctx.preference === null ? null : DIRECTIONAL_ENTRY[ctx.preference].opposite;
  if (centre !== null && ctx.preference !== null) {
    forced.push({
      exerciseId: centre.id,
      reason: `Centre of the early plan: repeated ${directionWords(ctx.preference)} eased the symptoms, so ${centre.name.toLowerCase()} about 10 times (or a minute) every 2-3 hours, 6 times a day${centre.chain.next === undefined ? '' : ', progressing from lying to standing'}.`,
      evidence: ['mckenzie-mdt', 'tbc-2016'],
      dose: mdtDose(centre),
      frequency: MCKENZIE_DOSE.frequency,
    });
    if (waits !== null)
      notes.push(
        `Exercises into ${waits} (and those limited for ${waits === 'flexion' ? 'flexion' : 'extension'} intolerance) wait: add them once the symptoms have stayed centralised, re-testing repeated movements at each visit (mckenzie-mdt).`,
      );
  }
  if (!r.directionalPreference.tested)
    notes.push(
      'Repeated movements were not tested: test them at the next visit; a directional exercise is added only for a tested preference (tbc-2016).',
    );

  const hierarchy = a.fearHierarchy !== undefined && a.fearHierarchy.length > 0;
  if (hierarchy) {
    forced.push({
      exerciseId: GRADED_EXPOSURE_TASK,
      reason:
        "Graded exposure: one step of the patient's own list of feared activities a week, lowest fear first.",
      evidence: ['macedo-2012', 'startback-2011'],
    });
  } else {
    blocked.add(GRADED_EXPOSURE_TASK);
    if (ctx.psychologicallyInformed)
      notes.push(
        `${RECORD_HIERARCHY_NOTE}, each with a fear rating 0-100: the graded-exposure task is added once the list exists (macedo-2012).`,
      );
  }

  const risk = fallRiskReasons(facts);
  for (const rule of RISK_CHAIN_ENTRY) {
    const entry = risk.length > 0 ? rule.atRiskEntry : rule.entry;
    for (const step of stepsFrom(index, entry).slice(1)) blocked.add(step.id);
    if (risk.length > 0) {
      forced.push({
        exerciseId: entry,
        reason: `${rule.atRiskReason} (${risk.join(', ')})`,
        evidence: rule.evidence,
      });
    }
  }

  const slowRise =
    facts.sitToStandSeconds !== null && facts.sitToStandSeconds > FALL_RISK.sitToStandAboveSeconds;
  const rising = GOAL_CONTENT.find((g) => g.id === 'rising');
  const risingGoal = rising === undefined ? undefined : matchingGoal(rising, a.goals);
  if (slowRise || risingGoal !== undefined) {
    forced.push({
      exerciseId: 'sit-to-stand',
      reason: slowRise
        ? `Five-times sit-to-stand took ${facts.sitToStandSeconds} s (over ${FALL_RISK.sitToStandAboveSeconds} s): practise getting up from a chair.`
        : `Supports the goal "${risingGoal?.text ?? ''}": practise getting up from a chair.`,
      evidence: ['apta-cpg-2021', 'acsm-dosing'],
    });
  }

  const acuteLimits = ctx.stage !== 'chronic' && ctx.approach !== 'function-optimisation';
  if (acuteLimits)
    notes.push(
      `Episode ${ctx.stage}: endurance work, and strength or motor control above level 1, start after the first review (${reviewDate}) if the symptoms allow.`,
    );

  const liftingRule = GOAL_CONTENT.find((g) => g.id === 'lifting') ?? null;
  const liftingGoal = liftingRule === null ? undefined : matchingGoal(liftingRule, a.goals);
  let lifting: GoalContentRule | null = null;
  if (liftingRule !== null && liftingRule.adds !== null && liftingGoal !== undefined) {
    const entry = index.byId.get(liftingRule.adds.exerciseId);
    const allowed =
      entry !== undefined &&
      !acuteLimits &&
      entry.level <= ctx.maxLevel &&
      excludingRule(conditions, entry) === undefined;
    if (allowed) {
      lifting = liftingRule;
      forced.push({
        exerciseId: entry.id,
        reason: `Supports the goal "${liftingGoal.text}": ${liftingRule.reason}`,
        evidence: liftingRule.evidence,
        ...(liftingRule.adds.frequency === undefined
          ? {}
          : { frequency: liftingRule.adds.frequency }),
      });
    } else {
      notes.push(
        `Lifting goal "${liftingGoal.text}": start the hip-hinge chain (hinge, then Romanian deadlift, then floor-to-waist lifting with load and effort targets) after the first review, once pain allows.`,
      );
    }
  }

  const worry = a.questionnaires.startback?.[STARTBACK_WORRY_ITEM] === AGREE;
  const relaxationEarly =
    ctx.psychologicallyInformed &&
    (ctx.risk === 'high' ||
      facts.comorbidities.includes('anxiety') ||
      facts.comorbidities.includes('depression') ||
      worry);

  return {
    facts,
    conditions,
    floorLimit,
    centre,
    waits:
      centre === null || waits === null
        ? null
        : { direction: waits, tag: waits === 'flexion' ? 'FI' : 'EI' },
    blocked,
    forced,
    acuteLimits,
    stenosis: facts.stenosis,
    relaxationEarly,
    lifting,
    hierarchy,
    notes,
    reasons,
  };
}
