import type { EvidenceId } from '../evidence.js';
import { PLAN_WEEKS } from './phases.js';
import type { ExerciseStage, GradedExposure } from './types.js';

/** The catalogue exercise that carries the patient's hierarchy, one step a week. */
export const GRADED_EXPOSURE_TASK = 'graded-exposure-task';

const EVIDENCE: readonly EvidenceId[] = ['macedo-2012', 'startback-2011'];

/**
 * Graded exposure from the patient's own feared activities (macedo-2012): lowest fear first, one
 * step a week from `fromWeek` (week 1 at intake) on a fixed schedule (time-contingent, not pain-contingent). Equal fears
 * keep the order the therapist recorded them in.
 */
export function planGradedExposure(
  hierarchy: readonly { readonly activity: string; readonly fear: number }[],
  fromWeek = 1,
): GradedExposure {
  const sorted = hierarchy
    .map((h, i) => ({ ...h, i }))
    .sort((x, y) => x.fear - y.fear || x.i - y.i);
  return {
    steps: sorted.map((h, i) => ({
      activity: h.activity,
      fear: h.fear,
      week: Math.min(PLAN_WEEKS.total, fromWeek + i),
    })),
    reasons: [
      "Graded exposure: the patient's own feared activities, lowest fear first, one step a week whatever the pain that day.",
      'Each step is practised until the fear it raises has clearly dropped, with praise for each step done.',
    ],
    evidence: EVIDENCE,
  };
}

/** The task's stages: one a week, the last one kept until the end of the plan. */
export function gradedExposureStages(g: GradedExposure, name: string): ExerciseStage[] {
  return g.steps.map((s, i) => ({
    fromWeek: s.week,
    toWeek: i === g.steps.length - 1 ? PLAN_WEEKS.total : s.week,
    exerciseId: GRADED_EXPOSURE_TASK,
    name,
    instruction: `This week: "${s.activity}" (fear ${s.fear}/100). Practise it daily in small, planned doses; keep practising the earlier steps.`,
  }));
}
