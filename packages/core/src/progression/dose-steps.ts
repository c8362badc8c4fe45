import type { Dose } from '../catalog/types.js';
import type { ExerciseLog } from './journal.js';
import { DOSE_CEILINGS as CEIL, PAIN_MONITORING as PM } from './rules.js';
import type { DoseVariable } from './types.js';

export interface DoseStep {
  readonly variable: Exclude<DoseVariable, 'level'>;
  readonly from: number;
  readonly to: number;
  readonly dose: Dose;
}

/** About 10% more of one variable, at least one whole unit; null when every ceiling is reached. */
export function progressDose(dose: Dose): DoseStep | null {
  const up = (n: number) => Math.max(n + 1, Math.round(n * (1 + PM.progressStep)));
  switch (dose.kind) {
    case 'reps':
      if (dose.reps < CEIL.reps) {
        const to = Math.min(CEIL.reps, up(dose.reps));
        return { variable: 'reps', from: dose.reps, to, dose: { ...dose, reps: to } };
      }
      if (dose.sets < CEIL.sets)
        return {
          variable: 'sets',
          from: dose.sets,
          to: dose.sets + 1,
          dose: { ...dose, sets: dose.sets + 1 },
        };
      return null;
    case 'hold':
      if (dose.holdSeconds < CEIL.holdSeconds) {
        const to = Math.min(CEIL.holdSeconds, up(dose.holdSeconds));
        return {
          variable: 'holdSeconds',
          from: dose.holdSeconds,
          to,
          dose: { ...dose, holdSeconds: to },
        };
      }
      if (dose.sets < CEIL.sets)
        return {
          variable: 'sets',
          from: dose.sets,
          to: dose.sets + 1,
          dose: { ...dose, sets: dose.sets + 1 },
        };
      return null;
    case 'duration':
      if (dose.minutes >= CEIL.minutes) return null;
      return {
        variable: 'minutes',
        from: dose.minutes,
        to: Math.min(CEIL.minutes, up(dose.minutes)),
        dose: { ...dose, minutes: Math.min(CEIL.minutes, up(dose.minutes)) },
      };
    case 'distance':
      if (dose.metres >= CEIL.metres) return null;
      return {
        variable: 'metres',
        from: dose.metres,
        to: Math.min(CEIL.metres, up(dose.metres)),
        dose: { ...dose, metres: Math.min(CEIL.metres, up(dose.metres)) },
      };
  }
}

/** About 25% less of the main variable, never below one unit. */
export function regressDose(dose: Dose): DoseStep {
  const down = (n: number) => Math.max(1, Math.round(n * (1 - PM.regressStep)));
  switch (dose.kind) {
    case 'reps':
      return {
        variable: 'reps',
        from: dose.reps,
        to: down(dose.reps),
        dose: { ...dose, reps: down(dose.reps) },
      };
    case 'hold':
      return {
        variable: 'holdSeconds',
        from: dose.holdSeconds,
        to: down(dose.holdSeconds),
        dose: { ...dose, holdSeconds: down(dose.holdSeconds) },
      };
    case 'duration':
      return {
        variable: 'minutes',
        from: dose.minutes,
        to: down(dose.minutes),
        dose: { ...dose, minutes: down(dose.minutes) },
      };
    case 'distance':
      return {
        variable: 'metres',
        from: dose.metres,
        to: down(dose.metres),
        dose: { ...dose, metres: down(dose.metres) },
      };
  }
}

/**
 * The share of the prescribed dose done, by volume (sets x reps, holds x seconds, minutes, metres).
 * A log marked done without numbers counts as all of it; partial without numbers as none.
 */
export function doneFraction(prescribed: Dose, log: ExerciseLog): number {
  const d = log.done;
  if (d === undefined) return log.completion === 'done' ? 1 : 0;
  const sets = (n: number | undefined, fallback: number) => n ?? fallback;
  switch (prescribed.kind) {
    case 'reps':
      return (
        (sets(d.sets, prescribed.sets) * sets(d.reps, prescribed.reps)) /
        (prescribed.sets * prescribed.reps)
      );
    case 'hold':
      return (
        (sets(d.sets, prescribed.sets) * sets(d.holdSeconds, prescribed.holdSeconds)) /
        (prescribed.sets * prescribed.holdSeconds)
      );
    case 'duration':
      return sets(d.minutes, prescribed.minutes) / prescribed.minutes;
    case 'distance':
      return (
        (sets(d.sets, prescribed.sets) * sets(d.metres, prescribed.metres)) /
        (prescribed.sets * prescribed.metres)
      );
  }
}
