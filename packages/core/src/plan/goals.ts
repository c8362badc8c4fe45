import type { AssessmentResult } from '../assessment/assess.js';
import type { ScoreOutcome } from '../instruments/types.js';
import type { ActivityGoal, GoalProgress, MeasurableGoal } from './types.js';

/**
 * Goal content (progression.md review points; important change after ostelo-2008) [design]:
 * a PSFS activity up 3 points, ODI over 20 down 10 points or 30%, RMDQ of 5 or more down 5
 * points or 30%, whichever is more; at most 3 goals.
 */
export const GOAL_RULES = {
  psfsRise: 3,
  odiAbove: 20,
  odiDrop: { points: 10, fraction: 0.3 },
  rmdqAtLeast: 5,
  rmdqDrop: { points: 5, fraction: 0.3 },
  maxGoals: 3,
} as const;

const scoreOf = (s: ScoreOutcome | undefined): number | null =>
  s?.ok === true ? s.value.score : null;

const ACTIVITY_VERB = { walking: 'Walk', cycling: 'Cycle', 'water-walking': 'Water-walk' } as const;

/** Each measure the assessment took, and what is missing (for the discharge criteria). */
export function measuresTaken(r: AssessmentResult): {
  odi: number | null;
  rmdq: number | null;
  psfs: boolean;
} {
  const rated = r.assessment.questionnaires.psfs?.some((p) => p.rating !== null) ?? false;
  return { odi: scoreOf(r.scores.odi), rmdq: scoreOf(r.scores.rmdq), psfs: rated };
}

/**
 * 1-3 measurable goals from the assessment: the lowest-rated PSFS activity by discharge, ODI or
 * RMDQ by the review date, and the walking target by discharge (when measured, or when nothing
 * else was).
 */
export function planGoals(
  r: AssessmentResult,
  activity: ActivityGoal,
  reviewDate: string,
  dischargeBy: string,
): MeasurableGoal[] {
  const goals: MeasurableGoal[] = [];
  const psfs = r.assessment.questionnaires.psfs ?? [];
  let lowest = -1;
  psfs.forEach((p, i) => {
    const low = psfs[lowest]?.rating;
    if (p.rating !== null && (low === undefined || low === null || p.rating < low)) lowest = i;
  });
  const item = psfs[lowest];
  if (item !== undefined && item.rating !== null) {
    const target = Math.min(10, item.rating + GOAL_RULES.psfsRise);
    goals.push({
      id: `psfs:${lowest}`,
      measure: 'psfs-activity',
      label: `${item.activity}: ${target}/10 or better`,
      activity: item.activity,
      baseline: item.rating,
      target,
      direction: 'up',
      unit: '/10',
      by: dischargeBy,
      reasons: [
        `The hardest activity the patient named (rated ${item.rating}/10), up ${GOAL_RULES.psfsRise} points by discharge.`,
      ],
      evidence: ['apta-cpg-2012', 'ostelo-2008'],
    });
  }
  const odi = scoreOf(r.scores.odi);
  const rmdq = scoreOf(r.scores.rmdq);
  if (odi !== null && odi > GOAL_RULES.odiAbove) {
    const drop = Math.max(GOAL_RULES.odiDrop.points, odi * GOAL_RULES.odiDrop.fraction);
    const target = Math.max(0, Math.round(odi - drop));
    goals.push({
      id: 'odi',
      measure: 'odi',
      label: `ODI ${target}% or less`,
      baseline: odi,
      target,
      direction: 'down',
      unit: '%',
      by: reviewDate,
      reasons: [`ODI ${odi}%: an important improvement (10 points or 30%) by the review.`],
      evidence: ['ostelo-2008', 'fairbank-2000'],
    });
  } else if (rmdq !== null && rmdq >= GOAL_RULES.rmdqAtLeast) {
    const drop = Math.max(GOAL_RULES.rmdqDrop.points, rmdq * GOAL_RULES.rmdqDrop.fraction);
    const target = Math.max(0, Math.round(rmdq - drop));
    goals.push({
      id: 'rmdq',
      measure: 'rmdq',
      label: `RMDQ ${target} or less`,
      baseline: rmdq,
      target,
      direction: 'down',
      unit: 'points',
      by: reviewDate,
      reasons: [`RMDQ ${rmdq}: an important improvement (5 points or 30%) by the review.`],
      evidence: ['ostelo-2008'],
    });
  }
  const measured =
    activity.activity === 'walking' && r.assessment.measures.walkingMinutesPerDay !== undefined;
  if (goals.length < GOAL_RULES.maxGoals && (measured || goals.length === 0)) {
    const target = activity.targetMinutesPerDay;
    goals.push({
      id: 'walking-minutes',
      measure: 'walking-minutes',
      label:
        target > activity.baselineMinutesPerDay
          ? `${ACTIVITY_VERB[activity.activity]} ${target} minutes a day`
          : `Keep up ${activity.activity === 'walking' ? 'walking' : activity.activity === 'cycling' ? 'cycling' : 'water-walking'} at least ${target} minutes a day`,
      baseline: activity.baselineMinutesPerDay,
      target,
      direction: 'up',
      unit: 'min/day',
      by: dischargeBy,
      reasons: [
        target > activity.baselineMinutesPerDay
          ? `From ${activity.baselineMinutesPerDay} to ${target} minutes a day by discharge.`
          : `Keep the ${target} minutes a day already reached.`,
      ],
      evidence: ['acsm-dosing'],
    });
  }
  return goals.slice(0, GOAL_RULES.maxGoals);
}

const fmt = (n: number, unit: string) =>
  unit === '/10' || unit === '%' ? `${n}${unit}` : `${n} ${unit}`;

/** The latest measures a review brings, for re-scoring the goals. */
export interface GoalMeasures {
  readonly odi?: number;
  readonly rmdq?: number;
  readonly psfs?: readonly { readonly activity: string; readonly rating: number | null }[];
  readonly walkingMinutesPerDay?: number;
}

function currentOf(goal: MeasurableGoal, m: GoalMeasures): number | null {
  switch (goal.measure) {
    case 'odi':
      return m.odi ?? null;
    case 'rmdq':
      return m.rmdq ?? null;
    case 'walking-minutes':
      return m.walkingMinutesPerDay ?? null;
    case 'psfs-activity': {
      const key = goal.activity?.trim().toLowerCase();
      return m.psfs?.find((p) => p.activity.trim().toLowerCase() === key)?.rating ?? null;
    }
  }
}

/** Each goal against the latest measures: the value now, and whether the target is met. */
export function rescoreGoals(
  goals: readonly MeasurableGoal[],
  current: GoalMeasures,
): GoalProgress[] {
  return goals.map((g) => {
    const now = currentOf(g, current);
    if (now === null)
      return {
        goalId: g.id,
        current: null,
        met: null,
        text: `${g.label}: not re-measured yet (baseline ${fmt(g.baseline, g.unit)}, by ${g.by}).`,
      };
    const met = g.direction === 'up' ? now >= g.target : now <= g.target;
    return {
      goalId: g.id,
      current: now,
      met,
      text: `${g.label}: now ${fmt(now, g.unit)} (baseline ${fmt(g.baseline, g.unit)}): ${met ? 'met' : `not yet met (by ${g.by})`}.`,
    };
  });
}
