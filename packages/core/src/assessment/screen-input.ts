import type { ScreenContext, ScreenInput } from '../red-flags/types.js';
import { daysBetween } from '../stratification/stage.js';
import { toUtcDate } from './parse.js';
import type { Assessment } from './schema.js';

/**
 * What the red-flag screen needs besides the answers: the patient's age, their age when this
 * episode began (from its length), the episode's length in days and whether it is the first.
 * Pure; the intake form runs it live on the answers so far.
 */
export function screenContextOf(
  age: number,
  symptomDurationDays: number,
  previousEpisodes: number,
): ScreenContext {
  return {
    age,
    ageAtOnset: Math.max(0, age - Math.floor(symptomDurationDays / 365.25)),
    symptomDurationDays,
    firstEpisode: previousEpisodes === 0,
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
  const { patient, history, redFlags } = assessment;
  return {
    answers: redFlags,
    context: screenContextOf(patient.age, symptomDurationDays, history.previousEpisodes),
  };
}
