import type { ExerciseStage, PlanExercise } from '@backplan/core';

/**
 * The stage of an exercise's path that speaks of the exercise the patient does now, for a week
 * of the plan. The stages are the intended path over the weeks; the step itself changes only
 * when the therapist changes the plan (a progression accepted, say), so the card shows the
 * stage of the step on it: the one covering the week, else the latest one begun by then, else
 * its first. `undefined` when the path has no stage for this exercise: a stage of another step
 * would contradict the card's picture and dose.
 */
export function stageOfWeek(
  exercises: readonly PlanExercise[] | undefined,
  exerciseId: string,
  week: number | null,
): ExerciseStage | undefined {
  if (exercises === undefined) return undefined;
  const item =
    exercises.find((e) => e.exerciseId === exerciseId) ??
    exercises.find((e) => e.stages.some((s) => s.exerciseId === exerciseId));
  const own = (item?.stages ?? []).filter((s) => s.exerciseId === exerciseId);
  const now = week ?? 1;
  return (
    own.find((s) => s.fromWeek <= now && now <= s.toWeek) ??
    own.filter((s) => s.fromWeek <= now).at(-1) ??
    own[0]
  );
}
