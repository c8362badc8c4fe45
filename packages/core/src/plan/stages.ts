import type { Exercise } from '../catalog/types.js';
import type { Tolerance } from '../stratification/tolerance.js';
import { stepsFrom, type CatalogIndex } from './catalog-index.js';
import { excludingRule, type ConditionRule } from './condition-rules.js';
import type { StagePlan } from './goal-content.js';
import { PLAN_WEEKS } from './phases.js';
import {
  DIRECTIONAL_LAST_STEP,
  DIRECTIONAL_STEP_RULE,
  ONCE_BENDING_TOLERATED,
  STAGE_TEXT,
} from './stage-text.js';
import type { ExerciseStage } from './types.js';

const textOf = (e: Exercise) => STAGE_TEXT[e.id] ?? e.purpose;

/**
 * The directional path from its entry (lying) to the last step (standing) that no condition
 * leaves out, spread over the settle and build weeks; the last step runs to the end of the plan
 * (mckenzie-mdt). Weeks go to the later, harder steps first when they do not divide evenly.
 */
export function directionalStages(
  index: CatalogIndex,
  entry: Exercise,
  conditions: readonly ConditionRule[],
): ExerciseStage[] {
  const steps = stepsFrom(index, entry.id).filter(
    (s) => excludingRule(conditions, s) === undefined,
  );
  if (steps.length < 2) return [];
  const weeks = PLAN_WEEKS.buildUntil;
  const n = Math.min(steps.length, weeks);
  const base = Math.floor(weeks / n);
  const extra = weeks - base * n;
  const stages: ExerciseStage[] = [];
  let from = 1;
  for (let i = 0; i < n; i++) {
    const s = steps[i] as Exercise;
    const length = base + (i >= n - extra ? 1 : 0);
    const to = i === n - 1 ? PLAN_WEEKS.total : from + length - 1;
    stages.push({
      fromWeek: from,
      toWeek: to,
      exerciseId: s.id,
      name: s.name,
      instruction: `${textOf(s)} ${i === n - 1 ? DIRECTIONAL_LAST_STEP : DIRECTIONAL_STEP_RULE}`,
    });
    from = to + 1;
  }
  return stages;
}

/**
 * A goal's staged path (the hinge chain for lifting): steps a condition leaves out are dropped and
 * the step before runs on in their weeks; loaded bends wait until bending is tolerated for a
 * flexion-intolerant patient, and the instruction says so.
 */
export function goalStages(
  index: CatalogIndex,
  plan: readonly StagePlan[],
  conditions: readonly ConditionRule[],
  tolerance: Tolerance,
): ExerciseStage[] {
  const stages: ExerciseStage[] = [];
  const bendingLimited = tolerance === 'flexion-intolerant' || tolerance === 'mixed';
  for (const p of plan) {
    const e = index.byId.get(p.exerciseId);
    if (e === undefined || excludingRule(conditions, e) !== undefined) {
      const last = stages.pop();
      if (last !== undefined) stages.push({ ...last, toWeek: p.toWeek });
      continue;
    }
    stages.push({
      fromWeek: p.fromWeek,
      toWeek: p.toWeek,
      exerciseId: e.id,
      name: e.name,
      instruction: `${p.bends && bendingLimited ? ONCE_BENDING_TOLERATED : ''}${textOf(e)} Effort ${p.effort.min}-${p.effort.max} out of 10${p.loadIncreasePercentPerWeek === undefined ? '' : `; add ${p.loadIncreasePercentPerWeek.min}-${p.loadIncreasePercentPerWeek.max}% load a week while the effort stays in range`}.`,
      effort: p.effort,
      ...(p.loadIncreasePercentPerWeek === undefined
        ? {}
        : { loadIncreasePercentPerWeek: p.loadIncreasePercentPerWeek }),
    });
  }
  return stages;
}
