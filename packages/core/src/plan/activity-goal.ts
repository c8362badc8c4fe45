import type { Assessment } from '../assessment/schema.js';
import type { EvidenceId } from '../evidence.js';
import type { ActivityGoal, ActivityWeek, PlanContext } from './types.js';

/** Walking programme (exercises.md): 10 min, 5 days a week, +10% a week up to 30 min [design]. */
export const ACTIVITY = {
  defaultBaselineMinutes: 10,
  targetMinutes: 30,
  weeklyIncrease: 0.1,
  daysPerWeek: 5,
  weeks: 12,
  /** Graded activity starts below the measured baseline so the first quota is easy to meet. */
  gradedStartFraction: 0.8,
  /** Longest single bout for extension intolerance, where walking provokes pain. */
  extensionBoutMinutes: 10,
  minimumMinutes: 5,
} as const;

/**
 * The daily activity target, week by week: walking by default; stationary cycling for extension
 * intolerance when a bike is at hand; water walking when the patient prefers the pool. For high
 * risk or fear-avoidance the quotas are time-contingent from a baseline (macedo-2012).
 */
export function planActivity(ctx: PlanContext, a: Assessment): ActivityGoal {
  const reasons: string[] = [];
  const evidence: EvidenceId[] = ['nice-ng59', 'lancet-2018', 'acsm-dosing', 'apta-cpg-2021'];
  let activity: ActivityGoal['activity'] = 'walking';
  let exerciseId = 'walking-programme';
  if (ctx.tolerance === 'extension-intolerant' && ctx.equipment.includes('stationary-bike')) {
    activity = 'cycling';
    exerciseId = 'stationary-cycling';
    reasons.push('Extension intolerant with a bike at hand: cycling keeps the spine flexed.');
  } else if (ctx.equipment.includes('pool') && a.preferences.settings.includes('pool')) {
    activity = 'water-walking';
    exerciseId = 'water-walking';
    reasons.push('Prefers the pool: water walking unloads the spine.');
  } else {
    reasons.push('Walking: the simplest way to stay active every day.');
  }
  const measured = activity === 'walking' ? a.measures.walkingMinutesPerDay : undefined;
  const baseline = measured ?? ACTIVITY.defaultBaselineMinutes;
  reasons.push(
    measured === undefined
      ? `No walking baseline recorded: starting from ${ACTIVITY.defaultBaselineMinutes} minutes a day.`
      : `Baseline ${measured} minutes of walking a day.`,
  );
  const graded = ctx.psychologicallyInformed;
  const start = Math.max(
    ACTIVITY.minimumMinutes,
    Math.min(ACTIVITY.targetMinutes, graded ? baseline * ACTIVITY.gradedStartFraction : baseline),
  );
  if (graded) {
    reasons.push(
      'Graded activity: quotas start just below the baseline and rise on a fixed weekly schedule, whatever the pain that day, with praise for each quota met.',
    );
    evidence.push('macedo-2012', 'startback-2011');
  }
  reasons.push(
    `Rises about 10% a week to ${ACTIVITY.targetMinutes} minutes on ${ACTIVITY.daysPerWeek} days a week (150 minutes a week).`,
  );
  const shortBouts = ctx.tolerance === 'extension-intolerant' && activity === 'walking';
  if (shortBouts)
    reasons.push(
      `Extension intolerant: split into bouts of at most ${ACTIVITY.extensionBoutMinutes} minutes.`,
    );
  const weeks: ActivityWeek[] = [];
  for (let week = 1; week <= ACTIVITY.weeks; week++) {
    const minutes = Math.min(
      ACTIVITY.targetMinutes,
      Math.round(start * (1 + ACTIVITY.weeklyIncrease) ** (week - 1)),
    );
    weeks.push({
      week,
      minutesPerDay: minutes,
      daysPerWeek: ACTIVITY.daysPerWeek,
      bouts: shortBouts ? Math.ceil(minutes / ACTIVITY.extensionBoutMinutes) : 1,
    });
  }
  return {
    activity,
    exerciseId,
    baselineMinutesPerDay: baseline,
    graded,
    weeks,
    reasons,
    evidence,
  };
}
