import { toUtcDate } from '../assessment/parse.js';
import { CATALOG } from '../catalog/index.js';
import type { Frequency } from '../catalog/types.js';
import type {
  ActivityGoal,
  ActivityWeek,
  ExerciseStage,
  PlanExercise,
  PlanLesson,
} from '../plan/types.js';
import { daysBetween } from '../stratification/stage.js';

/**
 * The day of a plan: which exercises are due, the week's lessons and activity goal. The server
 * answers the patient's day with it; the web app reads the same week's stage and activity with it.
 */

/** The parts of a plan exercise the day reads. */
export interface DueExercise {
  readonly frequency: Pick<Frequency, 'daysPerWeek'>;
}

/** The parts of a plan the day reads (a whole `Plan` fits). */
export interface PlanForDay<E extends DueExercise = PlanExercise> {
  /** YYYY-MM-DD: day 0 of the plan, the first day of its week 1. */
  readonly startDate: string;
  readonly exercises: readonly E[];
  readonly lessons: readonly Pick<PlanLesson, 'lessonId' | 'title' | 'week'>[];
  readonly activityGoal: Pick<ActivityGoal, 'activity' | 'weeks'>;
}

export interface DayLesson {
  readonly lessonId: string;
  readonly title: string;
  /** From the catalogue; '' and 0 for a lesson the catalogue no longer has. */
  readonly summary: string;
  readonly minutes: number;
}

export interface DayActivity {
  readonly activity: ActivityGoal['activity'];
  readonly minutesPerDay: number;
  readonly daysPerWeek: number;
  readonly minutesPerWeek: number;
}

export interface PlanDay<E> {
  /** The week of the plan, from 1; 1 before the plan starts or when a date is not a real date. */
  readonly week: number;
  /** The plan's exercises due that day, in the plan's order; none before the plan starts. */
  readonly exercises: E[];
  /** The lessons the plan offers in that week. */
  readonly lessons: DayLesson[];
  /** The week's activity goal (the last week's once the goal's weeks are over). */
  readonly activity: DayActivity;
}

/**
 * Whether an exercise done `daysPerWeek` days a week is due on day `dayOfWeek` (0-6) of the plan's
 * week: the days are spread evenly in a fixed pattern from the plan's first day (2 a week: days 0
 * and 3; 3 a week: days 0, 2 and 4), so the patient's week looks the same every week [design].
 */
export function isDueOn(daysPerWeek: number, dayOfWeek: number): boolean {
  if (daysPerWeek >= 7) return true;
  for (let k = 0; k < daysPerWeek; k++)
    if (Math.floor((k * 7) / daysPerWeek) === dayOfWeek) return true;
  return false;
}

/**
 * The activity goal's week `week` of the plan; its last week once the plan has run past the goal's
 * weeks (or when no week is known); undefined when the goal has no weeks.
 */
export function activityWeek(
  goal: Pick<ActivityGoal, 'weeks'>,
  week: number | null,
): ActivityWeek | undefined {
  return goal.weeks.find((w) => w.week === week) ?? goal.weeks.at(-1);
}

/**
 * The stage of an exercise's path that speaks of the exercise the patient does now, for a week
 * of the plan. The stages are the intended path over the weeks; the step itself changes only
 * when the therapist changes the plan (a progression accepted, say), so a card shows the stage of
 * the step on it: the one covering the week, else the latest one begun by then, else its first.
 * `undefined` when the path has no stage for this exercise: a stage of another step would
 * contradict the card's picture and dose. No week known counts as week 1.
 */
export function stageOfWeek(
  exercises: readonly Pick<PlanExercise, 'exerciseId' | 'stages'>[] | undefined,
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

/**
 * The parts of day `date` (YYYY-MM-DD) that come from the plan alone: its week, the exercises due
 * (`isDueOn` from the plan's start), the week's lessons and activity goal.
 */
export function planDay<E extends DueExercise>(plan: PlanForDay<E>, date: string): PlanDay<E> {
  const start = toUtcDate(plan.startDate);
  const day = toUtcDate(date);
  const dayIndex = start === null || day === null ? -1 : daysBetween(start, day);
  const week = Math.max(1, Math.floor(dayIndex / 7) + 1);
  const exercises =
    dayIndex < 0
      ? []
      : plan.exercises.filter((e) => isDueOn(e.frequency.daysPerWeek, dayIndex % 7));
  const goal = activityWeek(plan.activityGoal, week);
  const lessons = plan.lessons.flatMap((l) => {
    const lesson = CATALOG.lessons.find((x) => x.id === l.lessonId);
    return l.week === week
      ? [
          {
            lessonId: l.lessonId,
            title: l.title,
            summary: lesson?.summary ?? '',
            minutes: lesson?.minutes ?? 0,
          },
        ]
      : [];
  });
  return {
    week,
    exercises,
    lessons,
    activity: {
      activity: plan.activityGoal.activity,
      minutesPerDay: goal?.minutesPerDay ?? 0,
      daysPerWeek: goal?.daysPerWeek ?? 0,
      minutesPerWeek: (goal?.minutesPerDay ?? 0) * (goal?.daysPerWeek ?? 0),
    },
  };
}
