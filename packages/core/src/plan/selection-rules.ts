import type { ExerciseCategory } from '../assessment/vocabulary.js';
import type { RiskLevel } from '../instruments/types.js';
import type { TreatmentApproach } from '../stratification/approach.js';

/**
 * How strongly each approach calls for each category (tbc-2016: symptom modulation favours
 * directional and gentle mobility work, movement control motor control and endurance, function
 * optimisation strengthening and task work). Weights are [design]; 0 or absent means the category
 * is not chosen for that approach unless another rule adds it.
 */
export const APPROACH_CATEGORY_WEIGHTS: Record<
  TreatmentApproach,
  Partial<Record<ExerciseCategory, number>>
> = {
  'symptom-modulation': {
    directional: 45,
    mobility: 50,
    'neural-mobility': 30,
    'motor-control': 35,
    stretch: 25,
  },
  'movement-control': {
    'motor-control': 50,
    endurance: 45,
    strength: 40,
    mobility: 30,
    stretch: 25,
    balance: 15,
    'mind-body': 20,
    directional: 20,
  },
  'function-optimisation': {
    strength: 50,
    functional: 45,
    endurance: 40,
    balance: 30,
    'mind-body': 20,
    'motor-control': 20,
    stretch: 15,
    mobility: 15,
  },
};

/** Bonuses and penalties of the selector [design]. */
export const SELECTION_WEIGHTS = {
  directionalPreference: 100,
  gradedExposure: 45,
  relaxation: 42,
  perGoal: 15,
  maxGoalBonus: 30,
  liked: 12,
  suitsTolerance: 10,
  predictionRule: 10,
  atTargetLevel: 8,
  perLevelBelowTarget: -6,
  sameCategoryAgain: -30,
  /** Put in by a rule (the centre, balance for fall risk, sit-to-stand, a goal's chain). */
  forced: 1000,
  /** Keeps forced items in the order the rules list them. */
  forcedStep: 10,
  /** An acute or subacute plan's first gentle mobility exercise: right after the forced items. */
  acuteMobility: 150,
  /** Any safe exercise, when the rules leave too few to choose from. */
  broadened: 1,
  /** Flexion-bias work for suspected spinal stenosis. */
  stenosisFlexion: 40,
  /** Relaxation practice for high distress. */
  relaxationEarly: 30,
  /** Standing or sitting work when floor exercises are limited. */
  offTheFloor: 12,
} as const;

/** Highest starting level by approach; pain of 7/10 or more starts everything at level 1. */
export const MAX_START_LEVEL: Record<TreatmentApproach, number> = {
  'symptom-modulation': 1,
  'movement-control': 2,
  'function-optimisation': 3,
};
export const HIGH_PAIN_AT_LEAST = 7;

/**
 * How many home exercises to aim for (plus one when a directional preference is prescribed):
 * a short programme for low risk, more supervised content as risk rises (startback-2011). [design]
 */
export const TARGET_COUNT: Record<RiskLevel | 'unknown', number> = {
  low: 4,
  medium: 5,
  high: 6,
  unknown: 5,
};
export const MIN_EXERCISES = 4;
export const MAX_EXERCISES = 8;

/** Household items every patient is taken to have [design]. */
export const ALWAYS_AVAILABLE = ['chair', 'wall', 'towel'] as const;

/**
 * Exercises left out of a starting programme when symptoms reach below the knee: a static
 * hamstring stretch tensions an irritable sciatic nerve, where nerve sliders glide it gently
 * (tbc-2016, apta-cpg-2012) [design].
 */
export const AVOID_WITH_LEG_SYMPTOMS: readonly string[] = ['hamstring-stretch'];
