import { describe, expect, it } from 'vitest';
import { LESSONS } from '../catalog/lessons/index.js';
import type { ActivityWeek, ExerciseStage } from '../plan/types.js';
import {
  activityWeek,
  isDueOn,
  planDay,
  stageOfWeek,
  type DueExercise,
  type PlanForDay,
} from './day-plan.js';

/** The plan starts on a Monday; day n of the plan is `day(n)`. */
const START = '2026-11-02';
const day = (n: number) =>
  new Date(Date.parse(`${START}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** One exercise per pattern: `d1` is done 1 day a week ... `d7` every day. */
const exercise = (daysPerWeek: number) => ({ id: `d${daysPerWeek}`, frequency: { daysPerWeek } });
const EXERCISES = [1, 2, 3, 4, 5, 6, 7].map(exercise);

const week = (n: number, minutesPerDay: number, daysPerWeek = 5): ActivityWeek => ({
  week: n,
  minutesPerDay,
  daysPerWeek,
  bouts: 1,
});

const [FIRST_LESSON, SECOND_LESSON] = LESSONS;

function plan(
  over: Partial<PlanForDay<DueExercise & { id: string }>> = {},
): PlanForDay<DueExercise & { id: string }> {
  return {
    startDate: START,
    exercises: EXERCISES,
    lessons: [
      { lessonId: FIRST_LESSON.id, title: 'First', week: 1 },
      { lessonId: SECOND_LESSON.id, title: 'Second', week: 2 },
      { lessonId: 'lesson-gone', title: 'Retired', week: 2 },
    ],
    activityGoal: { activity: 'walking', weeks: [week(1, 10), week(2, 11), week(3, 12, 6)] },
    ...over,
  };
}

describe('isDueOn: the days of a week spread evenly from the plan’s first day [design]', () => {
  const cases: readonly [daysPerWeek: number, days: readonly number[]][] = [
    [0, []],
    [1, [0]],
    [2, [0, 3]],
    [3, [0, 2, 4]],
    [4, [0, 1, 3, 5]],
    [5, [0, 1, 2, 4, 5]],
    [6, [0, 1, 2, 3, 4, 5]],
    [7, [0, 1, 2, 3, 4, 5, 6]],
    [8, [0, 1, 2, 3, 4, 5, 6]],
  ];
  it.each(cases)('%i a week: days %j', (daysPerWeek, days) => {
    const due = [0, 1, 2, 3, 4, 5, 6].filter((d) => isDueOn(daysPerWeek, d));
    expect(due).toEqual(days);
  });

  it('asks for exactly the prescribed number of days, always day 0, never outside 0-6', () => {
    for (let n = 1; n <= 7; n++) {
      expect([0, 1, 2, 3, 4, 5, 6].filter((d) => isDueOn(n, d))).toHaveLength(n);
      expect(isDueOn(n, 0)).toBe(true);
      if (n < 7) {
        expect(isDueOn(n, -1)).toBe(false);
        expect(isDueOn(n, 7)).toBe(false);
      }
    }
  });
});

describe('planDay: the week and the exercises due on a day', () => {
  // plan day, expected week, ids of the exercises due
  const cases: readonly [name: string, date: string, week: number, due: readonly string[]][] = [
    ['long before the plan: week 1, nothing due', day(-30), 1, []],
    ['the day before the plan: week 1, nothing due', day(-1), 1, []],
    ['the first day: every pattern starts on it', day(0), 1, EXERCISES.map((e) => e.id)],
    ['day 1', day(1), 1, ['d4', 'd5', 'd6', 'd7']],
    ['day 2', day(2), 1, ['d3', 'd5', 'd6', 'd7']],
    ['day 3', day(3), 1, ['d2', 'd4', 'd6', 'd7']],
    ['day 4', day(4), 1, ['d3', 'd5', 'd6', 'd7']],
    ['day 5', day(5), 1, ['d4', 'd5', 'd6', 'd7']],
    ['the last day of week 1: only every day', day(6), 1, ['d7']],
    ['the first day of week 2: the pattern again', day(7), 2, EXERCISES.map((e) => e.id)],
    ['day 3 of week 2', day(10), 2, ['d2', 'd4', 'd6', 'd7']],
    ['the last day of week 2', day(13), 2, ['d7']],
    ['the first day of week 3', day(14), 3, EXERCISES.map((e) => e.id)],
    ['week 13, long after the goal’s weeks', day(86), 13, ['d3', 'd5', 'd6', 'd7']],
    ['not a real date: week 1, nothing due', '2026-11-31', 1, []],
    ['not a date at all', 'today', 1, []],
  ];
  it.each(cases)('%s', (_name, date, expectedWeek, due) => {
    const result = planDay(plan(), date);
    expect(result.week).toBe(expectedWeek);
    expect(result.exercises.map((e) => e.id)).toEqual(due);
  });

  it('counts calendar days across month, year and daylight-saving changes', () => {
    const on = (startDate: string, date: string) => planDay(plan({ startDate }), date);
    expect(on('2026-12-28', '2027-01-04').week).toBe(2);
    expect(on('2026-12-28', '2027-01-03').week).toBe(1);
    expect(on('2027-02-23', '2027-03-01').exercises.map((e) => e.id)).toEqual(['d7']);
    expect(on('2028-02-23', '2028-03-01').week).toBe(2);
    expect(on('2026-03-23', '2026-03-30').week).toBe(2);
    expect(on('2026-10-19', '2026-10-26').week).toBe(2);
  });

  it('has nothing due when the plan’s start is not a real date', () => {
    const result = planDay(plan({ startDate: '2026-02-30' }), day(0));
    expect(result).toMatchObject({ week: 1, exercises: [] });
  });

  it('keeps the plan’s order and its own exercise objects', () => {
    const result = planDay(plan(), day(0));
    expect(result.exercises).toEqual(EXERCISES);
    expect(result.exercises[0]).toBe(EXERCISES[0]);
  });
});

describe('planDay: the week’s lessons and activity goal', () => {
  it('offers the lessons of the week with their catalogue summary and minutes', () => {
    expect(planDay(plan(), day(0)).lessons).toEqual([
      {
        lessonId: FIRST_LESSON.id,
        title: 'First',
        summary: FIRST_LESSON.summary,
        minutes: FIRST_LESSON.minutes,
      },
    ]);
    expect(planDay(plan(), day(7)).lessons).toEqual([
      {
        lessonId: SECOND_LESSON.id,
        title: 'Second',
        summary: SECOND_LESSON.summary,
        minutes: SECOND_LESSON.minutes,
      },
      { lessonId: 'lesson-gone', title: 'Retired', summary: '', minutes: 0 },
    ]);
    expect(planDay(plan(), day(14)).lessons).toEqual([]);
  });

  it('offers week 1’s lessons and goal before the plan starts', () => {
    const before = planDay(plan(), day(-1));
    expect(before.lessons.map((l) => l.title)).toEqual(['First']);
    expect(before.activity.minutesPerDay).toBe(10);
  });

  // plan day, minutes a day, days a week
  const goals: readonly [name: string, n: number, minutesPerDay: number, daysPerWeek: number][] = [
    ['week 1', 0, 10, 5],
    ['week 1, last day', 6, 10, 5],
    ['week 2', 7, 11, 5],
    ['week 3', 14, 12, 6],
    ['after the goal’s weeks: the last one holds', 40, 12, 6],
  ];
  it.each(goals)('activity goal in %s', (_name, n, minutesPerDay, daysPerWeek) => {
    expect(planDay(plan(), day(n)).activity).toEqual({
      activity: 'walking',
      minutesPerDay,
      daysPerWeek,
      minutesPerWeek: minutesPerDay * daysPerWeek,
    });
  });

  it('has a zero goal when the activity goal has no weeks', () => {
    const none = plan({ activityGoal: { activity: 'cycling', weeks: [] } });
    expect(planDay(none, day(3)).activity).toEqual({
      activity: 'cycling',
      minutesPerDay: 0,
      daysPerWeek: 0,
      minutesPerWeek: 0,
    });
  });
});

describe('activityWeek', () => {
  const goal = { weeks: [week(1, 10), week(2, 11), week(4, 13)] };
  it.each([
    [1, 10],
    [2, 11],
    [3, 13],
    [4, 13],
    [9, 13],
    [null, 13],
  ] as const)('week %s: %i minutes a day', (n, minutes) => {
    expect(activityWeek(goal, n)?.minutesPerDay).toBe(minutes);
  });

  it('is undefined without weeks', () => {
    expect(activityWeek({ weeks: [] }, 1)).toBeUndefined();
  });
});

const stage = (exerciseId: string, fromWeek: number, toWeek: number): ExerciseStage => ({
  fromWeek,
  toWeek,
  exerciseId,
  name: exerciseId,
  instruction: `${exerciseId} ${fromWeek}-${toWeek}`,
});

const EXTENSION = {
  exerciseId: 'prone-lying',
  stages: [
    stage('prone-lying', 1, 1),
    stage('prone-on-elbows', 2, 2),
    stage('prone-press-up', 3, 4),
    stage('standing-back-extension', 5, 12),
  ],
};
const EXPOSURE = {
  exerciseId: 'graded-exposure-task',
  stages: [
    stage('graded-exposure-task', 1, 1),
    stage('graded-exposure-task', 2, 2),
    stage('graded-exposure-task', 3, 12),
  ],
};
const STAGED = [EXTENSION, EXPOSURE, { exerciseId: 'bridge', stages: [] }];

describe("stageOfWeek: the stage a today card shows is always of the card's own step", () => {
  it.each([
    ['the step of the week', 'prone-lying', 1, 'prone-lying 1-1'],
    [
      'the own step when the week has moved on (no progression yet)',
      'prone-lying',
      7,
      'prone-lying 1-1',
    ],
    ['a later step once the plan has moved to it', 'prone-press-up', 3, 'prone-press-up 3-4'],
    ['a step taken early shows its own stage', 'prone-press-up', 2, 'prone-press-up 3-4'],
    [
      'the last step after the path ends',
      'standing-back-extension',
      20,
      'standing-back-extension 5-12',
    ],
    [
      'the stage of the week when the step repeats',
      'graded-exposure-task',
      2,
      'graded-exposure-task 2-2',
    ],
    [
      'the last begun stage after the path ends',
      'graded-exposure-task',
      14,
      'graded-exposure-task 3-12',
    ],
    ['no week known counts as week 1', 'graded-exposure-task', null, 'graded-exposure-task 1-1'],
  ] as const)('%s', (_name, exerciseId, n, instruction) => {
    expect(stageOfWeek(STAGED, exerciseId, n)?.instruction).toBe(instruction);
  });

  it('has nothing for an exercise without a path, or before the plan is loaded', () => {
    expect(stageOfWeek(STAGED, 'bridge', 3)).toBeUndefined();
    expect(stageOfWeek(STAGED, 'side-plank', 3)).toBeUndefined();
    expect(stageOfWeek(undefined, 'prone-lying', 1)).toBeUndefined();
  });
});
