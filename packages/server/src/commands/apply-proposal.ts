import {
  CATALOG,
  doseJumpWarning,
  minutesPerDay,
  minutesPerSession,
  type Dose,
  type DoseJumpWarning,
  type ExerciseProposal,
  type Plan,
  type PlanExercise,
} from '@backplan/core';

/**
 * The plan with one proposal applied: the exercise's new dose, or (a move along its progression
 * chain) the catalogue exercise it moves to, at the proposal's dose. Null when the plan has no
 * such exercise any more. Pure.
 */
export function applyProposal(plan: Plan, p: ExerciseProposal): Plan | null {
  const change = p.change;
  const index = plan.exercises.findIndex((e) => e.exerciseId === p.exerciseId);
  const item = plan.exercises[index];
  if (change === undefined || item === undefined) return null;
  const timing = {
    dose: change.dose,
    minutesPerSession: minutesPerSession(change.dose),
    minutesPerDay: minutesPerDay(change.dose, item.frequency),
  };
  let next: PlanExercise = { ...item, ...timing, reasons: p.reasons, evidence: p.evidence };
  if (change.toExerciseId !== undefined) {
    const e = CATALOG.exercises.find((x) => x.id === change.toExerciseId);
    if (e === undefined) return null;
    next = {
      ...next,
      exerciseId: e.id,
      name: e.name,
      category: e.category,
      level: e.level,
      position: e.position,
      tolerance: e.tolerance,
      status: e.status,
    };
  }
  const exercises = plan.exercises.map((x, i) => (i === index ? next : x));
  const planned = Math.round(exercises.reduce((sum, x) => sum + x.minutesPerDay, 0) * 10) / 10;
  return { ...plan, exercises, minutes: { ...plan.minutes, planned } };
}

/**
 * The proposal with the clinician's adjusted dose in place of the proposed one, or an error
 * message when the dose cannot replace it (no dose change proposed; another kind of dose). Pure.
 */
export function adjustProposal(
  p: ExerciseProposal,
  dose: Dose | undefined,
): { ok: true; proposal: ExerciseProposal } | { ok: false; path: string; message: string } {
  if (dose === undefined) return { ok: true, proposal: p };
  const change = p.change;
  if (change === undefined) {
    return { ok: false, path: 'body.dose', message: 'This proposal changes no dose.' };
  }
  if (dose.kind !== change.dose.kind) {
    return {
      ok: false,
      path: 'body.dose.kind',
      message: `The proposed dose is of kind '${change.dose.kind}'; adjust it in the same kind.`,
    };
  }
  return { ok: true, proposal: { ...p, change: { ...change, dose } } };
}

/**
 * The dose-jump warning of an accepted change (progression.md: more than 50% more weekly volume
 * at once), comparing the exercise before with the changed plan's. Pure.
 */
export function acceptedDoseJump(
  before: Plan,
  after: Plan,
  p: ExerciseProposal,
): DoseJumpWarning | null {
  const from = before.exercises.find((e) => e.exerciseId === p.exerciseId);
  const toId = p.change?.toExerciseId ?? p.exerciseId;
  const to = after.exercises.find((e) => e.exerciseId === toId);
  if (from === undefined || to === undefined) return null;
  return doseJumpWarning(toId, from, to);
}
