import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import type { Dose, Frequency } from '../catalog/types.js';
import { doseJumpWarning, isDoseJumpWarning, weeklyVolume } from './dose-jump.js';
import { validatePlanEdit } from './edit.js';
import { examplePlan } from './test-plans.js';

const F3: Frequency = { timesPerDay: 1, daysPerWeek: 3 };
const reps = (sets: number, n: number): Dose => ({ kind: 'reps', sets, reps: n, perSide: false });

describe('weeklyVolume (progression.md)', () => {
  it.each<[string, Dose, Frequency, number]>([
    ['sets x reps x days', reps(2, 10), F3, 60],
    ['each side counts', { kind: 'reps', sets: 2, reps: 10, perSide: true }, F3, 120],
    [
      'hold time x sets x days',
      { kind: 'hold', sets: 3, holdSeconds: 20, perSide: false },
      F3,
      180,
    ],
    ['times a day count', reps(1, 10), { timesPerDay: 3, daysPerWeek: 7 }, 210],
    ['minutes', { kind: 'duration', minutes: 10 }, F3, 30],
    ['metres', { kind: 'distance', sets: 2, metres: 20 }, F3, 120],
  ])('%s', (_name, dose, frequency, volume) => {
    expect(weeklyVolume(dose, frequency)).toBe(volume);
  });
});

describe('doseJumpWarning: more than 50% at once [design]', () => {
  it.each<[string, Dose, Frequency, number | null]>([
    ['+50% exactly: no warning', reps(3, 10), F3, null],
    ['+60%: warning', reps(2, 16), F3, 60],
    ['same dose, 5 days instead of 3 (+67%)', reps(2, 10), { timesPerDay: 1, daysPerWeek: 5 }, 67],
    ['down: no warning', reps(1, 10), F3, null],
    ['another kind of dose: not comparable', { kind: 'duration', minutes: 30 }, F3, null],
  ])('%s', (_name, dose, frequency, percent) => {
    const w = doseJumpWarning(
      'glute-bridge',
      { dose: reps(2, 10), frequency: F3 },
      { dose, frequency },
    );
    expect(w?.percent ?? null).toBe(percent);
    if (w !== null) {
      expect(w).toMatchObject({
        code: 'dose-jump',
        kind: 'dose-jump',
        exerciseId: 'glute-bridge',
        from: 60,
      });
      expect(w.message).toMatch(/Weekly volume up \d+% at once/);
    }
  });
});

describe('validatePlanEdit: a change-dose that jumps', () => {
  const plan = examplePlan('01-acute-flexion-intolerant-manipulation');
  const item = plan.exercises.find((e) => e.dose.kind === 'reps');
  const dose = item?.dose;
  if (item === undefined || dose?.kind !== 'reps') throw new Error('no reps exercise');
  const edit = (changed: Dose) =>
    validatePlanEdit(
      plan,
      [{ kind: 'change-dose', exerciseId: item.exerciseId, dose: changed }],
      CATALOG,
    );

  it('warns with the figures when the weekly volume more than doubles', () => {
    const r = edit({ ...dose, sets: dose.sets * 2 + 1 });
    if (!r.ok) throw new Error(r.error.message);
    const jumps = r.value.warnings.filter(isDoseJumpWarning);
    expect(jumps).toHaveLength(1);
    expect(jumps[0]).toMatchObject({ subject: item.exerciseId, exerciseId: item.exerciseId });
    expect(jumps[0]?.percent).toBeGreaterThan(100);
  });

  it('does not warn for a step of about 10%', () => {
    const r = edit({ ...dose, reps: dose.reps + 1 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.warnings.filter(isDoseJumpWarning)).toEqual([]);
  });
});
