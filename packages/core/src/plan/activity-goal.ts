import type { Assessment } from '../assessment/schema.js';
import type { EvidenceId } from '../evidence.js';
import { GOAL_CONTENT, goalMinutes, matchingGoal } from './goal-content.js';
import type { PatientFacts } from './patient-facts.js';
import type { ActivityGoal, ActivityWeek, PlanContext } from './types.js';

/**
 * Walking programme (exercises.md): from the measured baseline (10 min when none is measured),
 * +10% a week to a target of at least 30 min and at most 60 min a day on 5 days, which is
 * 150-300 min a week (acsm-dosing). A baseline at or above the target is held, never cut [design].
 */
export const ACTIVITY = {
  defaultBaselineMinutes: 10,
  targetMinutes: 30,
  maxTargetMinutes: 60,
  weeklyIncrease: 0.1,
  daysPerWeek: 5,
  weeks: 12,
  /** Longest single bout for extension intolerance or suspected stenosis, when none is measured. */
  extensionBoutMinutes: 10,
  minimumMinutes: 5,
} as const;

/** Whether walking or standing brings the legs on and bending eases them (stenosis). */
function walkingActivity(
  ctx: PlanContext,
  a: Assessment,
  stenosis: boolean,
): { activity: ActivityGoal['activity']; exerciseId: string; reason: string } {
  const bike = ctx.equipment.includes('stationary-bike');
  if (stenosis && bike)
    return {
      activity: 'cycling',
      exerciseId: 'stationary-cycling',
      reason:
        'Suspected spinal stenosis with a bike at hand: cycling keeps the spine bent forward, which eases the legs.',
    };
  if (ctx.tolerance === 'extension-intolerant' && bike)
    return {
      activity: 'cycling',
      exerciseId: 'stationary-cycling',
      reason: 'Extension intolerant with a bike at hand: cycling keeps the spine flexed.',
    };
  if (ctx.equipment.includes('pool') && a.preferences.settings.includes('pool'))
    return {
      activity: 'water-walking',
      exerciseId: 'water-walking',
      reason: 'Prefers the pool: water walking unloads the spine.',
    };
  return {
    activity: 'walking',
    exerciseId: 'walking-programme',
    reason: 'Walking: the simplest way to stay active every day.',
  };
}

/**
 * The daily activity target, week by week: walking by default; stationary cycling for extension
 * intolerance or suspected stenosis when a bike is at hand; water walking when the patient prefers
 * the pool. Every week is at or above the measured baseline; for high risk or fear-avoidance the
 * quotas rise on a fixed schedule from it (macedo-2012). A short walking tolerance or suspected
 * stenosis splits the day into bouts (interval walking, with a forward lean for stenosis).
 */
export function planActivity(ctx: PlanContext, a: Assessment, facts: PatientFacts): ActivityGoal {
  const evidence: EvidenceId[] = ['nice-ng59', 'lancet-2018', 'acsm-dosing', 'apta-cpg-2021'];
  const chosen = walkingActivity(ctx, a, facts.stenosis);
  const reasons = [chosen.reason];
  const walking = chosen.activity === 'walking';
  const measured = walking ? a.measures.walkingMinutesPerDay : undefined;
  const baseline = measured ?? ACTIVITY.defaultBaselineMinutes;
  reasons.push(
    measured === undefined
      ? `No walking baseline recorded: starting from ${ACTIVITY.defaultBaselineMinutes} minutes a day.`
      : `Baseline ${measured} minutes of walking a day: no week asks for less.`,
  );
  const walkingRule = GOAL_CONTENT.find((g) => g.id === 'walking');
  const goal = walkingRule === undefined ? undefined : matchingGoal(walkingRule, a.goals);
  const asked = goal === undefined ? null : goalMinutes(goal.text);
  const aim = Math.min(ACTIVITY.maxTargetMinutes, Math.max(ACTIVITY.targetMinutes, asked ?? 0));
  const target = Math.max(baseline, aim);
  if (asked !== null)
    reasons.push(`Walking goal "${goal?.text ?? ''}": target ${aim} minutes a day.`);
  const graded = ctx.psychologicallyInformed;
  if (graded) {
    reasons.push(
      'Graded activity: quotas start at the baseline and rise on a fixed weekly schedule, whatever the pain that day, with praise for each quota met.',
    );
    evidence.push('macedo-2012', 'startback-2011');
  }
  const start = Math.max(ACTIVITY.minimumMinutes, baseline);
  reasons.push(
    start >= target
      ? `The baseline already meets the target (${ACTIVITY.targetMinutes}-${ACTIVITY.maxTargetMinutes} minutes a day): keep ${start} minutes on ${ACTIVITY.daysPerWeek} days a week.`
      : `Rises about 10% a week from ${start} to ${target} minutes on ${ACTIVITY.daysPerWeek} days a week (${target * ACTIVITY.daysPerWeek} minutes a week).`,
  );
  const tolerance = walking ? facts.walkingToleranceMinutes : null;
  const shortBout =
    walking && (ctx.tolerance === 'extension-intolerant' || facts.stenosis)
      ? ACTIVITY.extensionBoutMinutes
      : null;
  const bout =
    tolerance !== null && tolerance > 0 ? Math.min(tolerance, shortBout ?? tolerance) : shortBout;
  const weeks: ActivityWeek[] = [];
  for (let week = 1; week <= ACTIVITY.weeks; week++) {
    const minutes = Math.max(
      start,
      Math.min(target, Math.round(start * (1 + ACTIVITY.weeklyIncrease) ** (week - 1))),
    );
    weeks.push({
      week,
      minutesPerDay: minutes,
      daysPerWeek: ACTIVITY.daysPerWeek,
      bouts: bout === null ? 1 : Math.ceil(minutes / bout),
    });
  }
  const interval = bout !== null && weeks.some((w) => w.bouts > 1);
  if (interval)
    reasons.push(
      tolerance !== null && tolerance > 0 && tolerance === bout
        ? `Walking tolerance ${tolerance} minutes: split the day into bouts of at most ${bout} minutes, resting (sitting or leaning forward) between them.`
        : `Split into bouts of at most ${bout} minutes with a rest between them.`,
    );
  const forwardLean = walking && facts.stenosis;
  if (forwardLean) {
    reasons.push(
      'Suspected spinal stenosis: walk leaning slightly forward (a trolley, walking poles, uphill) and sit or bend forward when the legs tire.',
    );
    evidence.push('apta-cpg-2012');
  }
  return {
    activity: chosen.activity,
    exerciseId: chosen.exerciseId,
    baselineMinutesPerDay: baseline,
    graded,
    weeks,
    targetMinutesPerDay: target,
    pattern: interval || forwardLean ? 'interval' : 'continuous',
    forwardLean,
    reasons,
    evidence,
  };
}
