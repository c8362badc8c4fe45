import type { Dose, ExerciseProposal, Plan } from '@backplan/core';
import { describe, expect, it } from 'vitest';
import { acceptedDoseJump, adjustProposal, applyProposal } from './apply-proposal.js';

const reps = (n: number): Dose => ({ kind: 'reps', sets: 2, reps: n, perSide: false });
const plan = {
  exercises: [
    {
      exerciseId: 'bird-dog',
      dose: reps(10),
      frequency: { timesPerDay: 1, daysPerWeek: 7 },
      minutesPerSession: 3,
      minutesPerDay: 3,
      reasons: [],
      evidence: [],
    },
  ],
  minutes: { budget: 20, planned: 3 },
} as unknown as Plan;
const proposal = {
  exerciseId: 'bird-dog',
  name: 'Bird dog',
  action: 'progress',
  change: { variable: 'reps', from: 10, to: 11, dose: reps(11) },
  reasons: ['Two comfortable sessions.'],
  evidence: [],
} as unknown as ExerciseProposal;

describe('accepting a proposal', () => {
  it.each([
    ['the proposed dose', undefined, 11, null],
    ['a small adjustment', reps(14), 14, null],
    ['a jump of more than half the weekly volume', reps(16), 16, 'dose-jump'],
  ])('with %s', (_name, dose, repsAfter, warning) => {
    const adjusted = adjustProposal(proposal, dose);
    if (!adjusted.ok) throw new Error(adjusted.message);
    const after = applyProposal(plan, adjusted.proposal);
    if (after === null) throw new Error('not applied');
    expect(after.exercises[0]?.dose).toEqual(reps(repsAfter));
    expect(acceptedDoseJump(plan, after, adjusted.proposal)?.code ?? null).toBe(warning);
  });

  const timed: Dose = { kind: 'duration', minutes: 5 };
  const noChange: ExerciseProposal = { ...proposal, change: undefined };
  it.each([
    ['another kind of dose', timed, proposal, 'body.dose.kind'],
    ['a proposal without a dose change', reps(12), noChange, 'body.dose'],
  ])('refuses %s', (_name, dose, p, path) => {
    expect(adjustProposal(p, dose)).toMatchObject({ ok: false, path });
  });
});
