import type { ExerciseCategory, GoalArea } from '../assessment/vocabulary.js';
import type { Dose, Exercise, Frequency } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import type { Direction } from '../stratification/directional-preference.js';
import type { Tolerance } from '../stratification/tolerance.js';
import { minimalDose, secondsPerSession } from './dose-time.js';
import {
  ALWAYS_AVAILABLE,
  AVOID_WITH_LEG_SYMPTOMS,
  APPROACH_CATEGORY_WEIGHTS,
  MAX_EXERCISES,
  MIN_EXERCISES,
  SELECTION_WEIGHTS as W,
} from './selection-rules.js';
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
  /** Dose, frequency and seconds a day, standard and trimmed (null: cannot be trimmed). */
  readonly standard: Costed;
  readonly minimal: Costed | null;
  readonly score: number;
  /** Whether the score includes the directional-preference bonus, which counts once a plan. */
  readonly preferred: boolean;
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

const APPROACH_NAMES = {
  'symptom-modulation': 'Symptom modulation',
  'movement-control': 'Movement control',
  'function-optimisation': 'Function optimisation',
} as const;

/** Whether an exercise loads the spine in the given direction of repeated-movement testing. */
export function matchesDirection(exercise: Exercise, direction: Direction): boolean {
  const d = exercise.direction;
  if (d === undefined) return false;
  return d === 'side-glide' ? direction.startsWith('side-glide') : d === direction;
}

/**
 * Graded exposure approaches the feared movement on purpose, from the bottom of the patient's own
 * hierarchy: in psychologically informed care neither the start level nor the tolerance pattern
 * rules it out (macedo-2012). The selector and the plan checks both read this one rule.
 */
export function exemptFromStartLimits(e: Exercise, ctx: PlanContext): boolean {
  return ctx.psychologicallyInformed && e.category === 'graded-exposure';
}

/** The tolerance tag that rules an exercise out early for this pattern, if any. */
export function toleranceConflict(exercise: Exercise, tolerance: Tolerance): 'FI' | 'EI' | null {
  const tags = exercise.tolerance;
  const fi = tags.includes('FI');
  const ei = tags.includes('EI');
  if ((tolerance === 'flexion-intolerant' || tolerance === 'mixed') && fi) return 'FI';
  if ((tolerance === 'extension-intolerant' || tolerance === 'mixed') && ei) return 'EI';
  return null;
}

function isFeasible(
  e: Exercise,
  input: SelectionInput,
  have: ReadonlySet<string>,
  honourDislikes: boolean,
): boolean {
  const ctx = input.context;
  if (e.status !== 'recommended' && e.status !== 'optional') return false;
  // Aerobic work is the plan's activity goal, not a home exercise slot.
  if (e.category === 'aerobic') return false;
  if (!e.equipment.every((item) => have.has(item))) return false;
  if (ctx.avoid.some((d) => matchesDirection(e, d))) return false;
  if (input.legSymptoms && AVOID_WITH_LEG_SYMPTOMS.includes(e.id)) return false;
  if (exemptFromStartLimits(e, ctx)) return true;
  if (e.level > ctx.maxLevel) return false;
  const preferred = ctx.preference !== null && matchesDirection(e, ctx.preference);
  if (preferred) return true;
  if (toleranceConflict(e, ctx.tolerance) !== null) return false;
  return !(honourDislikes && input.dislikes.includes(e.category));
}

function categoryWeight(e: Exercise, input: SelectionInput): number {
  const ctx = input.context;
  if (e.category === 'neural-mobility' && !input.legSymptoms) return 0;
  if (e.category === 'mind-body' && ctx.stage !== 'chronic' && !input.likes.includes('mind-body')) {
    return 0;
  }
  return APPROACH_CATEGORY_WEIGHTS[ctx.approach][e.category] ?? 0;
}

function scoreCandidate(e: Exercise, input: SelectionInput): Candidate | null {
  const ctx = input.context;
  const reasons: string[] = [];
  const evidence = new Set<EvidenceId>(e.evidence);
  let score = categoryWeight(e, input);
  if (score > 0) {
    reasons.push(
      `${APPROACH_NAMES[ctx.approach]} approach: ${e.category} work is part of its focus.`,
    );
    evidence.add('tbc-2016');
  }
  const preferred = ctx.preference !== null && matchesDirection(e, ctx.preference);
  if (preferred) {
    score += W.directionalPreference;
    reasons.push(
      `Directional preference: repeated ${ctx.preference} eased the symptoms, so exercise in that direction.`,
    );
    evidence.add('tbc-2016');
    if (toleranceConflict(e, ctx.tolerance) !== null) {
      reasons.push(
        'Kept despite the tolerance pattern: the response to repeated movement outranks what aggravates.',
      );
    }
  }
  if (exemptFromStartLimits(e, ctx)) {
    score += W.gradedExposure;
    reasons.push(
      "High risk or fear-avoidance: graded exposure to feared movement, one step at a time, starting at the bottom of the patient's own list whatever the level or tolerance pattern.",
    );
    evidence.add('macedo-2012').add('startback-2011');
  }
  if (ctx.psychologicallyInformed && e.category === 'psychosocial') {
    score += W.relaxation;
    reasons.push(
      'Psychologically informed care: a daily skill for calming the body and the worry.',
    );
    evidence.add('startback-2011').add('nice-ng59');
  }
  if (score <= 0) return null;
  if (input.stabilisationRule && (e.category === 'motor-control' || e.category === 'endurance')) {
    score += W.predictionRule;
    reasons.push(
      'Stabilisation prediction rule positive: supports trunk motor control and endurance work (preliminary; supporting information only).',
    );
    evidence.add('hicks-2005');
  }
  const served = input.goals.filter((g) => e.goals.includes(g.area));
  if (served.length > 0) {
    score += Math.min(W.maxGoalBonus, W.perGoal * served.length);
    reasons.push(...served.map((g) => `Supports the ${g.area} goal: "${g.text}".`));
  }
  if (input.likes.includes(e.category)) {
    score += W.liked;
    reasons.push(`The patient enjoys ${e.category} exercise.`);
  }
  const suits =
    (ctx.tolerance === 'flexion-intolerant' && e.tolerance.includes('suits-FI')) ||
    (ctx.tolerance === 'extension-intolerant' && e.tolerance.includes('suits-EI'));
  if (suits) {
    score += W.suitsTolerance;
    reasons.push(`Suits the patient's ${ctx.tolerance.replace('-', ' ')} pattern.`);
    evidence.add('apta-cpg-2012');
  }
  const below = ctx.maxLevel - e.level;
  score += below === 0 ? W.atTargetLevel : below * W.perLevelBelowTarget;
  return {
    exercise: e,
    standard: costed(e.dose, e.frequency),
    minimal: trimmed(e),
    score,
    preferred,
    reasons,
    evidence: [...evidence],
  };
}

interface Costed {
  readonly dose: Dose;
  readonly frequency: Frequency;
  readonly seconds: number;
}

function costed(dose: Dose, frequency: Frequency): Costed {
  return { dose, frequency, seconds: secondsPerSession(dose) * frequency.timesPerDay };
}

function trimmed(e: Exercise): Costed | null {
  const m = minimalDose(e.dose, e.frequency);
  return m === null ? null : costed(m.dose, m.frequency);
}

function greedy(
  candidates: readonly Candidate[],
  input: SelectionInput,
  minimal: boolean,
): Selected[] {
  const chosen: Selected[] = [];
  const chains = new Set<string>();
  const categories = new Map<string, number>();
  let preferenceUsed = false;
  let remaining = input.context.minutesPerDay * 60;
  const target = Math.min(MAX_EXERCISES, Math.max(MIN_EXERCISES, input.targetCount));
  while (chosen.length < target) {
    let best: { c: Candidate; adjusted: number; plan: Costed } | null = null;
    for (const c of candidates) {
      if (chains.has(c.exercise.chain.id)) continue;
      const plan = minimal ? c.minimal : c.standard;
      if (plan === null || plan.seconds > remaining) continue;
      const bonusSpent: number = c.preferred && preferenceUsed ? W.directionalPreference : 0;
      const adjusted: number =
        c.score - bonusSpent + W.sameCategoryAgain * (categories.get(c.exercise.category) ?? 0);
      // Ties go to the lower id, so the same input always gives the same plan.
      if (
        best === null ||
        adjusted > best.adjusted ||
        (adjusted === best.adjusted && c.exercise.id < best.c.exercise.id)
      ) {
        best = { c, adjusted, plan };
      }
    }
    if (best === null) break;
    const { c, plan }: { c: Candidate; plan: Costed } = best;
    const { dose, frequency } = plan;
    chains.add(c.exercise.chain.id);
    preferenceUsed ||= c.preferred;
    categories.set(c.exercise.category, (categories.get(c.exercise.category) ?? 0) + 1);
    remaining -= plan.seconds;
    const reasons = minimal
      ? [
          ...c.reasons,
          `Dose trimmed to one short set so the programme fits ${input.context.minutesPerDay} minutes a day.`,
        ]
      : c.reasons;
    chosen.push({ exercise: c.exercise, dose, frequency, reasons, evidence: c.evidence });
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
  for (const honourDislikes of [true, false]) {
    const candidates = exercises
      .filter((e) => isFeasible(e, input, have, honourDislikes))
      .map((e) => scoreCandidate(e, input))
      .filter((c): c is Candidate => c !== null);
    for (const minimal of [false, true]) {
      const chosen = greedy(candidates, input, minimal);
      if (chosen.length >= MIN_EXERCISES) return chosen;
    }
  }
  return [];
}
