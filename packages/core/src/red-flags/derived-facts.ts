import type { KnownContext } from './input.js';
import type { DerivedFactId, ScreenContext } from './types.js';

/**
 * Age above which age counts as a fracture feature [design] (red-flags.md; finucane-2020,
 * downie-2013): alone a note for the clinician, with another feature urgent.
 */
export const FRACTURE_AGE_YEARS = 70;

/** Age above which a new episode counts toward malignancy (finucane-2020, nice-ng59). */
export const MALIGNANCY_AGE_YEARS = 50;

/** Axial spondyloarthritis is only considered when back pain began before this age (NG65 via nice-ng59). */
export const AXSPA_ONSET_AGE_YEARS = 45;

/** Onset before this age is itself one of the spondyloarthritis features (NG65 via nice-ng59). */
export const AXSPA_EARLY_ONSET_AGE_YEARS = 35;

/**
 * "Lasting more than 3 months", in days. The context gives duration in days and calendar months
 * vary, so 3 months is fixed at 13 weeks = 91 days [design]; a clinic may change it.
 */
export const AXSPA_MIN_DURATION_DAYS = 91;

/**
 * A measured body temperature at or above this is a fever (38.0 °C, the usual clinical cut-off;
 * red-flags.md: fever with back pain is an emergency).
 */
export const FEVER_CELSIUS = 38;

/** A derived fact: `undefined` when the context lacks what is needed to decide it. */
export interface DerivedFact {
  readonly id: DerivedFactId;
  readonly value: boolean | undefined;
  /** Context fields it depends on, named for the reason shown when it cannot be decided. */
  readonly inputs: readonly (keyof ScreenContext)[];
}

/** Kleene AND: a known `false` settles it even when the other side is unknown. */
function and(a: boolean | undefined, b: boolean | undefined): boolean | undefined {
  if (a === false || b === false) return false;
  return a === undefined || b === undefined ? undefined : true;
}

function compare(value: number | undefined, test: (n: number) => boolean): boolean | undefined {
  return value === undefined ? undefined : test(value);
}

/** Facts the screen works out from the context instead of asking (red-flags.md). */
export function deriveFacts(context: KnownContext): readonly DerivedFact[] {
  const { age, ageAtOnset, symptomDurationDays, firstEpisode, temperatureCelsius } = context;
  return [
    {
      id: 'age-over-70',
      value: compare(age, (n) => n > FRACTURE_AGE_YEARS),
      inputs: ['age'],
    },
    {
      id: 'age-over-50-new-pain',
      value: and(
        compare(age, (n) => n > MALIGNANCY_AGE_YEARS),
        firstEpisode,
      ),
      inputs: ['age', 'firstEpisode'],
    },
    {
      id: 'onset-before-35',
      value: compare(ageAtOnset, (n) => n < AXSPA_EARLY_ONSET_AGE_YEARS),
      inputs: ['ageAtOnset'],
    },
    {
      id: 'onset-before-45-lasting-over-3-months',
      value: and(
        compare(ageAtOnset, (n) => n < AXSPA_ONSET_AGE_YEARS),
        compare(symptomDurationDays, (n) => n > AXSPA_MIN_DURATION_DAYS),
      ),
      inputs: ['ageAtOnset', 'symptomDurationDays'],
    },
    {
      // A temperature not taken raises nothing: the fever question covers the history, so this
      // fact is never "unknown" (no reason asks for a thermometer).
      id: 'measured-fever',
      value: temperatureCelsius !== undefined && temperatureCelsius >= FEVER_CELSIUS,
      inputs: ['temperatureCelsius'],
    },
  ];
}
