import { describe, expect, it } from 'vitest';
import { engagementAlert } from './engagement.js';
import type { PlanForProgress } from './plan-for-progress.js';
import type { Alert, AlertLevel } from './types.js';
import { journal, PLAN, session } from './test-builders.js';

const B = ['glute-bridge'];
/** The test plan with every exercise prescribed the given days a week. */
const planOf = (daysPerWeek: number): PlanForProgress => ({
  ...PLAN,
  exercises: PLAN.exercises.map((e) => ({ ...e, frequency: { timesPerDay: 1, daysPerWeek } })),
});
const on = (...dates: string[]) => journal(dates.map((d) => session(d, B)));

describe('engagementAlert: logged sessions against the prescribed days [design]', () => {
  it.each<[string, number, ReturnType<typeof journal>, string, AlertLevel | null]>([
    // Every other day on 3 days a week is on plan (the false "2 days" warning).
    [
      '3 a week, every other day',
      3,
      on('2026-11-03', '2026-11-05', '2026-11-07'),
      '2026-11-09',
      null,
    ],
    [
      '3 a week, 3 days since the last, 2 in the week',
      3,
      on('2026-11-03', '2026-11-06'),
      '2026-11-09',
      null,
    ],
    [
      '3 a week, 4 days since the last, 2 in the week',
      3,
      on('2026-11-03', '2026-11-05'),
      '2026-11-09',
      'warning',
    ],
    [
      '3 a week, 4 days since the last, 3 in the week',
      3,
      on('2026-11-03', '2026-11-04', '2026-11-05'),
      '2026-11-09',
      null,
    ],
    [
      'every day, 2 days since the last',
      7,
      on('2026-11-03', '2026-11-04'),
      '2026-11-06',
      'warning',
    ],
    ['2 a week: no warning, whatever the gap', 2, on('2026-11-03'), '2026-11-12', null],
    ['2 a week: high at 14 days', 2, on('2026-11-03'), '2026-11-17', 'high'],
    ['critical at 21 days', 3, on('2026-11-03'), '2026-11-24', 'critical'],
    [
      'a skipped session is not a session',
      3,
      journal([
        session('2026-11-03', B),
        {
          ...session('2026-11-20', B),
          exercises: [{ exerciseId: 'glute-bridge', completion: 'skipped-other' }],
        },
      ]),
      '2026-11-24',
      'critical',
    ],
  ])('%s', (_name, days, j, asOf, level) => {
    expect(engagementAlert(planOf(days), j, asOf)?.level ?? null).toBe(level);
  });

  it('offers to mark the patient disengaged at 21 days', () => {
    const a = engagementAlert(planOf(3), on('2026-11-03'), '2026-11-24');
    expect(a).toMatchObject<Partial<Alert>>({ level: 'critical', action: 'mark-disengaged' });
    expect(a?.message).toMatch(/mark them disengaged/);
  });

  it('says the patient is marked disengaged, without the action, once a clinician has', () => {
    const a = engagementAlert(planOf(3), on('2026-11-03'), '2026-11-24', { disengaged: true });
    expect(a?.level).toBe('critical');
    expect(a?.action).toBeUndefined();
    expect(a?.message).toMatch(/the patient is marked disengaged/);
  });
});
