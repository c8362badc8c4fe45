import { describe, expect, it } from 'vitest';
import { journalPlanIssues } from './journal-plan-check.js';
import { PLAN, session, START } from './test-builders.js';

describe('journalPlanIssues', () => {
  it('finds nothing when every session is on or after the start and logs plan exercises', () => {
    const journal = {
      entries: [session(START, ['glute-bridge', 'bird-dog']), session('2026-11-09', ['clamshell'])],
    };
    expect(journalPlanIssues(PLAN, journal)).toEqual([]);
  });

  it.each([
    [
      'a session the day before the plan began',
      [session('2026-11-01', ['glute-bridge'])],
      [
        {
          path: 'entries.0.performedOn',
          message: 'The session on 2026-11-01 is before the plan began on 2026-11-02.',
        },
      ],
    ],
    [
      'an exercise the plan does not hold',
      [session(START, ['glute-bridge']), session('2026-11-03', ['bird-dog', 'deadlift'])],
      [
        {
          path: 'entries.1.exercises.1.exerciseId',
          message: "The exercise 'deadlift' is not in the plan.",
        },
      ],
    ],
    [
      'both in one session, each named',
      [session('2020-01-01', ['plank'])],
      [
        {
          path: 'entries.0.performedOn',
          message: 'The session on 2020-01-01 is before the plan began on 2026-11-02.',
        },
        {
          path: 'entries.0.exercises.0.exerciseId',
          message: "The exercise 'plank' is not in the plan.",
        },
      ],
    ],
  ])('names %s', (_name, entries, issues) => {
    expect(journalPlanIssues(PLAN, { entries })).toEqual(issues);
  });

  it('finds nothing in an empty journal', () => {
    expect(journalPlanIssues(PLAN, { entries: [] })).toEqual([]);
  });
});
