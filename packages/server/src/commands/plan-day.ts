import { CATALOG, daysBetween, toUtcDate, type Plan } from '@backplan/core';

/** The day of a plan: which exercises are due, the week's lessons and activity goal. Pure. */

/**
 * Whether an exercise done `daysPerWeek` days a week is due on day `dayOfWeek` (0-6) of the plan's
 * week: the days are spread evenly in a fixed pattern from the plan's first day (2 a week: days 0
 * and 3; 3 a week: days 0, 2 and 4), so the patient's week looks the same every week.
 */
export function isDueOn(daysPerWeek: number, dayOfWeek: number): boolean {
  if (daysPerWeek >= 7) return true;
  for (let k = 0; k < daysPerWeek; k++)
    if (Math.floor((k * 7) / daysPerWeek) === dayOfWeek) return true;
  return false;
}

/** The parts of the day that come from the plan alone. Pure. */
export function planDay(plan: Readonly<Plan>, date: string) {
  const start = toUtcDate(plan.startDate);
  const day = toUtcDate(date);
  const dayIndex = start === null || day === null ? -1 : daysBetween(start, day);
  const week = Math.max(1, Math.floor(dayIndex / 7) + 1);
  const exercises =
    dayIndex < 0
      ? []
      : plan.exercises.filter((e) => isDueOn(e.frequency.daysPerWeek, dayIndex % 7));
  const weeks = plan.activityGoal.weeks;
  const goal = weeks.find((w) => w.week === week) ?? weeks.at(-1);
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
