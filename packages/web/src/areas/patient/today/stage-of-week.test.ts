import type { ExerciseStage, PlanExercise } from '@backplan/core';
import { describe, expect, it } from 'vitest';
import { stageOfWeek } from './stage-of-week';

const stage = (exerciseId: string, fromWeek: number, toWeek: number): ExerciseStage => ({
  fromWeek,
  toWeek,
  exerciseId,
  name: exerciseId,
  instruction: `${exerciseId} ${fromWeek}-${toWeek}`,
});

/** The parts of a plan exercise the lookup reads. */
const item = (exerciseId: string, stages: ExerciseStage[]) =>
  ({ exerciseId, stages }) as unknown as PlanExercise;

const EXTENSION = item('prone-lying', [
  stage('prone-lying', 1, 1),
  stage('prone-on-elbows', 2, 2),
  stage('prone-press-up', 3, 4),
  stage('standing-back-extension', 5, 12),
]);
const EXPOSURE = item('graded-exposure-task', [
  stage('graded-exposure-task', 1, 1),
  stage('graded-exposure-task', 2, 2),
  stage('graded-exposure-task', 3, 12),
]);
const PLAN = [EXTENSION, EXPOSURE, item('bridge', [])];

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
  ])('%s', (_name, exerciseId, week, instruction) => {
    expect(stageOfWeek(PLAN, exerciseId, week)?.instruction).toBe(instruction);
  });

  it('has nothing for an exercise without a path, or before the plan is loaded', () => {
    expect(stageOfWeek(PLAN, 'bridge', 3)).toBeUndefined();
    expect(stageOfWeek(PLAN, 'side-plank', 3)).toBeUndefined();
    expect(stageOfWeek(undefined, 'prone-lying', 1)).toBeUndefined();
  });
});
