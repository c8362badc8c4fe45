import type { ExerciseCategory, GoalArea } from '../assessment/vocabulary.js';
import type { Dose, Exercise, Frequency } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import { minimalDose, secondsPerSession } from './dose-time.js';
import {
  ALWAYS_AVAILABLE,
  APPROACH_CATEGORY_WEIGHTS,
  MAX_EXERCISES,
  MIN_EXERCISES,
  SELECTION_WEIGHTS,
} from './selection-rules.js';
import { ruleCovers } from './condition-rules.js';
import {
  exemptFromStartLimits,
  isFeasible,
  matchesDirection,
  toleranceConflict,
} from './feasibility.js';
import type { ForcedExercise, PlanRules } from './plan-rules.js';
import type { PlanContext } from './types.js';

/** What the selector needs beyond the plan context. */
export interface SelectionInput {
  readonly context: PlanContext;
  readonly likes: readonly ExerciseCategory[];
  readonly dislikes: readonly ExerciseCategory[];
  readonly goals: readonly { readonly area: GoalArea; readonly text: string }[];
  readonly legSymptoms: boolean;
  /** The stabilisation prediction rule was positive (hicks-2005): supporting motor control work. */
  readonly stabilisationRule: boolean;
  readonly targetCount: number;
  /** What the selection rules decided for this patient (conditions, centre, entries, limits). */
  readonly rules: PlanRules;
}

export interface Selected {
  readonly exercise: Exercise;
  readonly dose: Dose;
  readonly frequency: Frequency;
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

interface Candidate {
  readonly exercise: Exercise;
  /** Dose, frequency and seconds a day as prescribed. */
  readonly standard: Costed;
  readonly score: number;
  /** Whether the score includes the directional-preference bonus, which counts once a plan. */
  readonly preferred: boolean;
  /** A floor exercise, counted against a floor limit. */
  readonly floor: boolean;
  /** Taken in only to complete a programme the rules narrowed (no rule called for it). */
  readonly broadened: boolean;
}

// Read in the inner loops: a module-local binding, not an import read through its namespace.
const W = SELECTION_WEIGHTS;
const CATEGORY_WEIGHTS = APPROACH_CATEGORY_WEIGHTS;

/** Ranked up for high distress (rule 10). */
const RELAXATION_EXERCISE = 'relaxation-breathing';

const APPROACH_NAMES = {
  'symptom-modulation': 'Symptom modulation',
  'movement-control': 'Movement control',
  'function-optimisation': 'Function optimisation',
} as const;

function categoryWeight(e: Exercise, input: SelectionInput): number {
  const ctx = input.context;
  if (e.category === 'neural-mobility' && !input.legSymptoms) return 0;
  if (e.category === 'mind-body' && ctx.stage !== 'chronic' && !input.likes.includes('mind-body')) {
    return 0;
  }
  return CATEGORY_WEIGHTS[ctx.approach][e.category] ?? 0;
}

/** Reasons and sources, collected only for the exercises chosen (scoring runs for every one). */
interface Why {
  readonly reasons: string[];
  readonly evidence: Set<EvidenceId>;
}

/**
 * The score of a feasible exercise, or null when nothing calls for it. With `why`, the same
 * rules also write their reasons and sources into it.
 */
function scoreOf(
  e: Exercise,
  input: SelectionInput,
  forced: ReadonlyMap<string, ForcedExercise>,
  why: Why | null,
  /** On the floor under a floor limit; null when no limit applies. */
  floor: boolean | null,
): number | null {
  const ctx = input.context;
  const rules = input.rules;
  const weight = categoryWeight(e, input);
  let score = weight;
  const must = forced.get(e.id);
  if (must !== undefined) {
    // Forced items come first, in the order the rules listed them (the centre first).
    score += W.forced - W.forcedStep * rules.forced.indexOf(must);
    if (why !== null) {
      why.reasons.push(must.reason);
      for (const id of must.evidence) why.evidence.add(id);
    }
  }
  if (weight > 0 && why !== null) {
    why.reasons.push(
      `${APPROACH_NAMES[ctx.approach]} approach: ${e.category} work is part of its focus.`,
    );
    why.evidence.add('tbc-2016');
  }
  if (rules.stenosis && e.direction === 'flexion') {
    score += W.stenosisFlexion;
    if (why !== null) {
      why.reasons.push(
        'Suspected spinal stenosis: bending forward opens the spinal canal and eases the legs.',
      );
      why.evidence.add('apta-cpg-2012');
    }
  }
  if (rules.relaxationEarly && e.id === RELAXATION_EXERCISE) {
    score += W.relaxationEarly;
    if (why !== null) {
      why.reasons.push('High distress: a calming skill from the first week.');
      why.evidence.add('startback-2011');
    }
  }
  const pref = ctx.preference;
  if (pref !== null && matchesDirection(e, pref)) {
    score += W.directionalPreference;
    if (why !== null) {
      why.reasons.push(
        `Directional preference: repeated ${pref} eased the symptoms, so exercise in that direction.`,
      );
      why.evidence.add('tbc-2016');
      if (toleranceConflict(e, ctx.tolerance) !== null)
        why.reasons.push(
          'Kept despite the tolerance pattern: the response to repeated movement outranks what aggravates.',
        );
    }
  }
  if (exemptFromStartLimits(e, ctx)) {
    score += W.gradedExposure;
    if (why !== null) {
      why.reasons.push(
        "High risk or fear-avoidance: graded exposure to feared movement, one step at a time, starting at the bottom of the patient's own list whatever the level or tolerance pattern.",
      );
      why.evidence.add('macedo-2012').add('startback-2011');
    }
  }
  if (ctx.psychologicallyInformed && e.category === 'psychosocial') {
    score += W.relaxation;
    if (why !== null) {
      why.reasons.push(
        'Psychologically informed care: a daily skill for calming the body and the worry.',
      );
      why.evidence.add('startback-2011').add('nice-ng59');
    }
  }
  if (score <= 0) return null;
  if (input.stabilisationRule && (e.category === 'motor-control' || e.category === 'endurance')) {
    score += W.predictionRule;
    if (why !== null) {
      why.reasons.push(
        'Stabilisation prediction rule positive: supports trunk motor control and endurance work (preliminary; supporting information only).',
      );
      why.evidence.add('hicks-2005');
    }
  }
  let served = 0;
  for (const g of input.goals) {
    if (!e.goals.includes(g.area)) continue;
    served++;
    // A goal rule that added this exercise has already named the goal, with what it adds.
    if (why !== null && !why.reasons.some((r) => r.includes(`"${g.text}"`)))
      why.reasons.push(`Supports the ${g.area} goal: "${g.text}".`);
  }
  if (served > 0) score += Math.min(W.maxGoalBonus, W.perGoal * served);
  if (input.likes.includes(e.category)) {
    score += W.liked;
    why?.reasons.push(`The patient enjoys ${e.category} exercise.`);
  }
  const suits =
    (ctx.tolerance === 'flexion-intolerant' && e.tolerance.includes('suits-FI')) ||
    (ctx.tolerance === 'extension-intolerant' && e.tolerance.includes('suits-EI'));
  if (suits) {
    score += W.suitsTolerance;
    if (why !== null) {
      why.reasons.push(`Suits the patient's ${ctx.tolerance.replace('-', ' ')} pattern.`);
      why.evidence.add('apta-cpg-2012');
    }
  }
  const below = ctx.maxLevel - e.level;
  score += below === 0 ? W.atTargetLevel : below * W.perLevelBelowTarget;
  if (floor === false) score += W.offTheFloor;
  return score;
}

function scoreCandidate(
  e: Exercise,
  input: SelectionInput,
  forced: ReadonlyMap<string, ForcedExercise>,
  broaden: boolean,
): Candidate | null {
  const floorLimit = input.rules.floorLimit;
  const floor = floorLimit === null ? null : ruleCovers(floorLimit, e);
  const scored = scoreOf(e, input, forced, null, floor);
  if (scored === null && !broaden) return null;
  const score = scored ?? W.broadened;
  const must = forced.get(e.id);
  return {
    exercise: e,
    standard: costed(must?.dose ?? e.dose, must?.frequency ?? e.frequency),
    score,
    preferred: input.context.preference !== null && matchesDirection(e, input.context.preference),
    floor: floor === true,
    broadened: scored === null,
  };
}

/** The reasons and sources of a chosen exercise. */
function explain(
  e: Exercise,
  input: SelectionInput,
  forced: ReadonlyMap<string, ForcedExercise>,
): Why {
  const why: Why = { reasons: [], evidence: new Set(e.evidence) };
  scoreOf(e, input, forced, why, null);
  return why;
}

interface Costed {
  readonly dose: Dose;
  readonly frequency: Frequency;
  readonly seconds: number;
}

function costed(dose: Dose, frequency: Frequency): Costed {
  return { dose, frequency, seconds: secondsPerSession(dose) * frequency.timesPerDay };
}

/** Doses as prescribed; trimmed but continuous activities kept; trimmed and those dropped. */
type Trim = 'none' | 'keep-continuous' | 'drop-continuous';
const TRIMS: readonly Trim[] = ['none', 'keep-continuous', 'drop-continuous'];

/** The trimmed dose (null: a continuous activity cannot be trimmed); only the second pass asks. */
function trimmed(e: Exercise): Costed | null {
  const m = minimalDose(e.dose, e.frequency);
  return m === null ? null : costed(m.dose, m.frequency);
}

function greedy(
  candidates: readonly Candidate[],
  input: SelectionInput,
  trim: Trim,
  forced: ReadonlyMap<string, ForcedExercise>,
): Selected[] {
  const minimal = trim !== 'none';
  const chosen: Selected[] = [];
  const chains = new Set<string>();
  const categories = new Map<string, number>();
  let preferenceUsed = false;
  let floors = 0;
  const maxFloors = input.rules.floorLimit?.maxCount ?? Infinity;
  // exercises.md: an acute or subacute episode has gentle mobility in its early plan.
  const wantsMobility = input.context.stage !== 'chronic';
  let remaining = input.context.minutesPerDay * 60;
  const target = Math.min(
    MAX_EXERCISES,
    Math.max(MIN_EXERCISES, input.targetCount, input.rules.forced.length),
  );
  // Trimming: a continuous activity (graded exposure, relaxation) keeps its time, unless even
  // that leaves too few exercises (`drop-continuous`).
  const plans = candidates.map((c) =>
    trim === 'none'
      ? c.standard
      : (trimmed(c.exercise) ?? (trim === 'keep-continuous' ? c.standard : null)),
  );
  for (;;) {
    const needMobility = wantsMobility && (categories.get('mobility') ?? 0) === 0;
    // Forced items may fill the target: an acute plan still gets its gentle mobility, as one more.
    const onlyGentle = chosen.length >= target;
    if (onlyGentle && (!needMobility || chosen.length >= MAX_EXERCISES)) break;
    let best = -1;
    let bestAdjusted = 0;
    let bestPlan: Costed | null = null;
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k] as Candidate;
      const e = c.exercise;
      const isGentle = needMobility && e.category === 'mobility' && e.level === 1;
      if (onlyGentle && !isGentle) continue;
      let plan = plans[k] ?? null;
      // The early plan's gentle mobility is trimmed to fit rather than left out.
      if (isGentle && (plan === null || plan.seconds > remaining)) plan = trimmed(e);
      if (plan === null || plan.seconds > remaining) continue;
      if (chains.has(e.chain.id)) continue;
      if (c.floor && floors >= maxFloors) continue;
      const bonusSpent = c.preferred && preferenceUsed ? W.directionalPreference : 0;
      const gentle = isGentle ? W.acuteMobility : 0;
      const adjusted =
        c.score + gentle - bonusSpent + W.sameCategoryAgain * (categories.get(e.category) ?? 0);
      // Ties go to the lower id, so the same input always gives the same plan.
      const leader = candidates[best];
      if (
        leader === undefined ||
        adjusted > bestAdjusted ||
        (adjusted === bestAdjusted && e.id < leader.exercise.id)
      ) {
        best = k;
        bestAdjusted = adjusted;
        bestPlan = plan;
      }
    }
    const c = candidates[best];
    const plan = bestPlan;
    if (c === undefined || plan === null) break;
    const { dose, frequency } = plan;
    chains.add(c.exercise.chain.id);
    preferenceUsed ||= c.preferred;
    if (c.floor) floors++;
    categories.set(c.exercise.category, (categories.get(c.exercise.category) ?? 0) + 1);
    remaining -= plan.seconds;
    const why = explain(c.exercise, input, forced);
    if (c.broadened)
      why.reasons.push(
        'Added to complete the programme: the other conditions left few exercises to choose from.',
      );
    if (minimal || plan !== c.standard)
      why.reasons.push(
        `Dose trimmed to one short set so the programme fits ${input.context.minutesPerDay} minutes a day.`,
      );
    chosen.push({
      exercise: c.exercise,
      dose,
      frequency,
      reasons: why.reasons,
      evidence: [...why.evidence],
    });
  }
  return chosen;
}

/**
 * Chooses the home exercises: feasible for equipment, tolerance, direction and level; ranked by
 * approach, directional preference, psychological risk, goals and likes; picked greedily so no two
 * share a progression chain and the daily time fits the budget. If fewer than four fit, the doses
 * are trimmed; if the patient's dislikes leave too few, they are relaxed.
 */
export function selectExercises(exercises: readonly Exercise[], input: SelectionInput): Selected[] {
  const have = new Set<string>([...input.context.equipment, ...ALWAYS_AVAILABLE]);
  const forced = new Map(input.rules.forced.map((f) => [f.exerciseId, f]));
  let most: Selected[] = [];
  // Dislikes honoured, then relaxed; last, any safe exercise may complete a narrowed programme.
  for (const [honourDislikes, broaden] of PASSES) {
    const candidates: Candidate[] = [];
    for (const e of exercises) {
      if (!isFeasible(e, input, have, honourDislikes, forced)) continue;
      const c = scoreCandidate(e, input, forced, broaden);
      if (c !== null) candidates.push(c);
    }
    for (const trim of TRIMS) {
      const chosen = greedy(candidates, input, trim, forced);
      if (chosen.length >= MIN_EXERCISES) return chosen;
      if (chosen.length > most.length) most = chosen;
    }
  }
  return most;
}

const PASSES: readonly (readonly [honourDislikes: boolean, broaden: boolean])[] = [
  [true, false],
  [false, false],
  [false, true],
];
