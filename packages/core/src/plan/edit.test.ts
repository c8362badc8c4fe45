import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { validatePlanEdit, type PlanEdit } from './edit.js';
import { examplePlan } from './test-plans.js';

// Flexion intolerant, extension preference, acute: prone lying at the centre, 20 minutes a day.
const plan = examplePlan('01-acute-flexion-intolerant-manipulation');
const first = plan.exercises[0]?.exerciseId ?? '';

function edit(...edits: PlanEdit[]) {
  const r = validatePlanEdit(plan, edits, CATALOG);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const codes = (r: ReturnType<typeof edit>) => r.warnings.map((w) => `${w.code}:${w.subject}`);

describe('validatePlanEdit', () => {
  it.each([
    'tens',
    'therapeutic-ultrasound',
    'traction',
    'lumbar-support',
    'bed-rest',
    'interferential-therapy',
  ])('allows adding discouraged %s but warns with the reason and sources', (id) => {
    const r = edit({ kind: 'add-intervention', interventionId: id });
    expect(r.plan.interventions.map((i) => i.interventionId)).toContain(id);
    const w = r.warnings.find((x) => x.subject === id);
    expect(w?.code).toBe('discouraged');
    expect(w?.message).toMatch(/NICE|WHO|nice|who|bed/i);
    expect(w?.evidence.length).toBeGreaterThan(0);
  });

  it('warns that acupuncture is contested', () => {
    expect(codes(edit({ kind: 'add-intervention', interventionId: 'acupuncture' }))).toContain(
      'contested:acupuncture',
    );
  });

  it('warns when an added exercise conflicts with the tolerance pattern', () => {
    // The McKenzie dose of the centre leaves little of the 20 minutes: over budget as well.
    expect(
      codes(edit({ kind: 'add-exercise', exerciseId: 'double-knee-to-chest' })).filter(
        (c) => c !== 'over-budget:plan',
      ),
    ).toEqual(['tolerance:double-knee-to-chest']);
    expect(
      codes(edit({ kind: 'add-exercise', exerciseId: 'prone-superman' })).filter(
        (c) => c !== 'over-budget:plan',
      ),
    ).toEqual(['level-above-start:prone-superman']);
  });

  it('warns about missing equipment, too many exercises, and the time budget', () => {
    const r = edit(
      { kind: 'add-exercise', exerciseId: 'balance-board' },
      { kind: 'add-exercise', exerciseId: 'side-lying-hip-abduction' },
      { kind: 'add-exercise', exerciseId: 'pilates-motor-control' },
      { kind: 'add-exercise', exerciseId: 'tai-chi' },
      { kind: 'add-exercise', exerciseId: 'quadriceps-stretch' },
    );
    expect(codes(r)).toEqual(
      expect.arrayContaining([
        'equipment:balance-board',
        'too-many-exercises:plan',
        'over-budget:plan',
      ]),
    );
  });

  it('warns when removals leave fewer than 4 exercises, and when stay-active is removed', () => {
    const [a, b] = plan.exercises;
    const r = edit(
      { kind: 'remove-exercise', exerciseId: a?.exerciseId ?? '' },
      { kind: 'remove-exercise', exerciseId: b?.exerciseId ?? '' },
      { kind: 'remove-lesson', lessonId: 'lesson-stay-active' },
    );
    expect(codes(r)).toEqual(
      expect.arrayContaining(['too-few-exercises:plan', 'stay-active-missing:lesson-stay-active']),
    );
  });

  it('changes a dose and recomputes the minutes, without warnings when it still fits', () => {
    const r = edit({
      kind: 'change-dose',
      exerciseId: first,
      dose: { kind: 'hold', sets: 2, holdSeconds: 30, perSide: false },
    });
    expect(r.plan.exercises[0]?.minutesPerSession).toBeGreaterThan(0);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    [{ kind: 'add-exercise', exerciseId: 'moonwalk' }, 'unknown-id', 'edits.0.exerciseId'],
    [{ kind: 'remove-exercise', exerciseId: 'goblet-squat' }, 'not-in-plan', 'edits.0.exerciseId'],
    [{ kind: 'swap-exercise', from: first, to: first }, 'already-in-plan', 'edits.0.to'],
    [
      {
        kind: 'change-dose',
        exerciseId: first,
        dose: { kind: 'reps', sets: 0, reps: 10, perSide: false },
      },
      'invalid-dose',
      'edits.0.dose',
    ],
    [{ kind: 'add-lesson', lessonId: 'lesson-sleep', week: 0 }, 'invalid-dose', 'edits.0.week'],
  ] as const)('rejects %j as %s at %s', (e, kind, path) => {
    const r = validatePlanEdit(plan, [e], CATALOG);
    expect(!r.ok && r.error).toMatchObject({ kind, path });
  });
});
