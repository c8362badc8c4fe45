import { ACTIVITY } from './activity-goal.js';
import type { ActivityGoal, Plan, PlanExercise } from './types.js';

type Stored = Partial<Omit<Plan, 'exercises' | 'activityGoal'>> & {
  readonly exercises?: readonly Partial<PlanExercise>[];
  readonly activityGoal?: Partial<ActivityGoal>;
};

/**
 * A stored plan brought up to the current shape: a plan made before goals, focus, graded
 * exposure, request answers, clinician notes, exercise stages and the activity pattern gets their
 * empty defaults (no goals, no focus, no stages, continuous walking), so it reads as it did. A plan
 * already in the current shape is returned unchanged. The input is a plan this software stored;
 * nothing else is validated.
 */
export function upgradePlan(json: unknown): Plan {
  const p = json as Stored;
  const activity: Partial<ActivityGoal> = p.activityGoal ?? {};
  const weeks = activity.weeks ?? [];
  return {
    ...(p as Plan),
    exercises: (p.exercises ?? []).map(
      (e) => ({ ...e, stages: e.stages ?? [], centre: e.centre ?? false }) as PlanExercise,
    ),
    activityGoal: {
      ...(activity as ActivityGoal),
      weeks,
      targetMinutesPerDay:
        activity.targetMinutesPerDay ??
        weeks.reduce<number>((most, w) => Math.max(most, w.minutesPerDay), ACTIVITY.targetMinutes),
      pattern: activity.pattern ?? 'continuous',
      forwardLean: activity.forwardLean ?? false,
    },
    goals: p.goals ?? [],
    focus: p.focus ?? null,
    gradedExposure: p.gradedExposure ?? null,
    requests: p.requests ?? [],
    clinicianNotes: p.clinicianNotes ?? [],
  };
}
