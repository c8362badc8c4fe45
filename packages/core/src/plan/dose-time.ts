import type { Dose, Frequency } from '../catalog/types.js';

/**
 * Time a dose takes, in seconds, for the daily budget [design]: about 4 s a repetition, each
 * hold plus 5 s to reset, 30 s rest between sets, and 15 s to get into position; both sides
 * count double. Carries at about 1 m/s plus rest.
 */
export const DOSE_TIMING = {
  secondsPerRep: 4,
  secondsBetweenHolds: 5,
  restBetweenSets: 30,
  setUp: 15,
  metresPerSecond: 1,
} as const;

/** Seconds one session of this dose takes. */
export function secondsPerSession(dose: Dose): number {
  const t = DOSE_TIMING;
  switch (dose.kind) {
    case 'reps': {
      const work = dose.sets * dose.reps * t.secondsPerRep * (dose.perSide ? 2 : 1);
      return t.setUp + work + (dose.sets - 1) * t.restBetweenSets;
    }
    case 'hold': {
      const work = dose.sets * (dose.holdSeconds + t.secondsBetweenHolds) * (dose.perSide ? 2 : 1);
      return t.setUp + work;
    }
    case 'duration':
      return dose.minutes * 60;
    case 'distance': {
      const work = (dose.sets * dose.metres) / t.metresPerSecond;
      return t.setUp + work + (dose.sets - 1) * t.restBetweenSets;
    }
  }
}

/** Minutes a day: a session times sessions a day, to one decimal. */
export function minutesPerDay(dose: Dose, frequency: Frequency): number {
  return Math.round((secondsPerSession(dose) * frequency.timesPerDay) / 6) / 10;
}

/** Minutes one session takes, to one decimal. */
export function minutesPerSession(dose: Dose): number {
  return Math.round(secondsPerSession(dose) / 6) / 10;
}

/**
 * The smallest sensible dose for a very short daily budget: one set, at most 6 repetitions,
 * holds of at most 20 s, once a day. Continuous activities cannot shrink this way (null).
 */
export function minimalDose(
  dose: Dose,
  frequency: Frequency,
): { dose: Dose; frequency: Frequency } | null {
  const once: Frequency = { timesPerDay: 1, daysPerWeek: frequency.daysPerWeek };
  switch (dose.kind) {
    case 'reps':
      return { dose: { ...dose, sets: 1, reps: Math.min(dose.reps, 6) }, frequency: once };
    case 'hold':
      return {
        dose: { ...dose, sets: 1, holdSeconds: Math.min(dose.holdSeconds, 20) },
        frequency: once,
      };
    case 'distance':
      return { dose: { ...dose, sets: 1 }, frequency: once };
    case 'duration':
      return null;
  }
}
