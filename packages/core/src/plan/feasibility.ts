import type { Exercise } from '../catalog/types.js';
import type { Direction } from '../stratification/directional-preference.js';
import type { Tolerance } from '../stratification/tolerance.js';
import { excludingRule } from './condition-rules.js';
import { GRADED_EXPOSURE_TASK } from './graded-exposure.js';
import type { ForcedExercise } from './plan-rules.js';
import type { SelectionInput } from './select-exercises.js';
import { AVOID_WITH_LEG_SYMPTOMS } from './selection-rules.js';
import type { PlanContext } from './types.js';

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
export function exemptFromStartLimits(e: Exercise, ctx: PlanContext, hierarchy = false): boolean {
  if (e.category !== 'graded-exposure') return false;
  return ctx.psychologicallyInformed || (hierarchy && e.id === GRADED_EXPOSURE_TASK);
}

/**
 * Loaded work that waits for the first review in an acute or subacute episode (exercises.md
 * "Selection rules" [design]): endurance, and strength or motor control above level 1.
 */
export function waitsForReview(e: Exercise): boolean {
  return (
    e.category === 'endurance' ||
    ((e.category === 'strength' || e.category === 'motor-control') && e.level > 1)
  );
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

/**
 * Whether an exercise may start this patient's plan: available, safe for the recorded conditions
 * and the direction of the symptoms, at the starting level and tolerance, not disliked (when
 * dislikes are honoured). Forced items pass once they are available and safe.
 */
export function isFeasible(
  e: Exercise,
  input: SelectionInput,
  have: ReadonlySet<string>,
  honourDislikes: boolean,
  forced: ReadonlyMap<string, ForcedExercise>,
): boolean {
  const ctx = input.context;
  const rules = input.rules;
  if (e.status !== 'recommended' && e.status !== 'optional') return false;
  // Aerobic work is the plan's activity goal, not a home exercise slot.
  if (e.category === 'aerobic') return false;
  if (rules.blocked.has(e.id)) return false;
  for (const item of e.equipment) if (!have.has(item)) return false;
  for (const d of ctx.avoid) if (matchesDirection(e, d)) return false;
  if (input.legSymptoms && AVOID_WITH_LEG_SYMPTOMS.includes(e.id)) return false;
  if (rules.conditions.length > 0 && excludingRule(rules.conditions, e) !== undefined) return false;
  if (forced.has(e.id)) return true;
  const preferred = ctx.preference !== null && matchesDirection(e, ctx.preference);
  // tbc-2016, mckenzie-mdt: the other direction waits until the symptoms centralise.
  const waits = rules.waits;
  if (waits !== null && (matchesDirection(e, waits.direction) || e.tolerance.includes(waits.tag)))
    return false;
  // No directional exercise without a tested preference; suspected stenosis takes flexion.
  if (e.category === 'directional' && !preferred && !(rules.stenosis && e.direction === 'flexion'))
    return false;
  if (rules.acuteLimits && waitsForReview(e)) return false;
  if (exemptFromStartLimits(e, ctx, rules.hierarchy)) return true;
  if (e.level > ctx.maxLevel) return false;
  if (preferred) return true;
  if (toleranceConflict(e, ctx.tolerance) !== null) return false;
  return !(honourDislikes && input.dislikes.includes(e.category));
}
