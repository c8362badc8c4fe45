import type { ScreenContext, ScreenInput } from '../red-flags/types.js';
import { daysBetween } from '../stratification/stage.js';
import { toUtcDate } from './parse.js';
import type { Assessment } from './schema.js';

/** What the examination and history add to the screen's context when they were recorded. */
export interface ScreenContextExtras {
  /** Age when back pain first began (any episode): the spondyloarthritis onset facts use it. */
  readonly ageAtFirstOnset?: number | undefined;
  /** Measured body temperature, degrees Celsius: 38.0 or more is a fever. */
  readonly temperatureCelsius?: number | undefined;
}

/**
 * What the red-flag screen needs besides the answers: the patient's age, their age when back
 * pain began (the recorded age at first onset, else this episode's onset from its length), the
 * episode's length in days, whether it is the first, and a measured temperature. Pure; the
 * intake form runs it live on the answers so far.
 */
export function screenContextOf(
  age: number,
  symptomDurationDays: number,
  previousEpisodes: number,
  extras: ScreenContextExtras = {},
): ScreenContext {
  const { ageAtFirstOnset, temperatureCelsius } = extras;
  return {
    age,
    ageAtOnset: ageAtFirstOnset ?? Math.max(0, age - Math.floor(symptomDurationDays / 365.25)),
    symptomDurationDays,
    firstEpisode: previousEpisodes === 0,
    ...(temperatureCelsius === undefined ? {} : { temperatureCelsius }),
  };
}

/**
 * The screen input of a parsed assessment (its answers and context), exactly as `assess` screens
 * it: the baseline a later re-screen combines new symptoms with (red-flags.md). The episode's
 * length runs to `asOf`, by default the assessment's own date; with neither, or an onset after
 * it, the length and the age at onset are unknown and the facts that need them raise nothing.
 */
export function screenInputOf(assessment: Assessment, asOf?: Date | string): ScreenInput {
  const date = toUtcDate(asOf ?? assessment.assessedOn);
  const onset = toUtcDate(assessment.history.onsetDate);
  const days = date === null || onset === null ? Number.NaN : daysBetween(onset, date);
  return screenInputFor(assessment, days >= 0 ? days : Number.NaN);
}

/** `screenInputOf` with the episode's length in days already worked out (`assess` has it). */
export function screenInputFor(assessment: Assessment, symptomDurationDays: number): ScreenInput {
  const { patient, history, redFlags, examination } = assessment;
  return {
    answers: redFlags,
    context: screenContextOf(patient.age, symptomDurationDays, history.previousEpisodes, {
      ageAtFirstOnset: history.ageAtFirstOnset,
      temperatureCelsius: examination.temperatureCelsius,
    }),
  };
}
