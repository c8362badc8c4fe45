import type { Dose, Frequency } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import type { Direction } from '../stratification/directional-preference.js';
import type { PatientFacts } from './patient-facts.js';

/**
 * Where each directional preference enters its chain: the lying step first, progressed to
 * standing (mckenzie-mdt; stratification.md: extension bias prone lying and press-ups, flexion
 * bias knee-to-chest and seated flexion, a lateral shift side-glides).
 */
export const DIRECTIONAL_ENTRY: Record<
  Direction,
  { readonly chain: string; readonly entry: string; readonly opposite: Direction | null }
> = {
  extension: { chain: 'extension', entry: 'prone-lying', opposite: 'flexion' },
  flexion: { chain: 'flexion', entry: 'knee-to-chest', opposite: 'extension' },
  'side-glide-left': { chain: 'side-glide', entry: 'side-glide-wall', opposite: null },
  'side-glide-right': { chain: 'side-glide', entry: 'side-glide-wall', opposite: null },
};

/**
 * The McKenzie dose for the preferred direction (mckenzie-mdt): about 10 repetitions, or a minute
 * in the position, every 2-3 hours while awake, which is 6 times a day, every day.
 */
/** The preferred direction in words: "extension", "side-gliding to the right". */
export function directionWords(d: Direction): string {
  if (d === 'side-glide-left') return 'side-gliding to the left';
  if (d === 'side-glide-right') return 'side-gliding to the right';
  return d;
}

export const MCKENZIE_DOSE = {
  reps: { kind: 'reps', sets: 1, reps: 10, perSide: false },
  hold: { kind: 'hold', sets: 1, holdSeconds: 60, perSide: false },
  frequency: { timesPerDay: 6, daysPerWeek: 7 },
} as const satisfies {
  reps: Dose;
  hold: Dose;
  frequency: Frequency;
};

/** Risk of falling that starts balance work at its supported step [design, exercises.md]. */
export const FALL_RISK = { ageAtLeast: 65, fallsAtLeast: 1, sitToStandAboveSeconds: 12 } as const;

/**
 * Chains whose starting step depends on the patient's risk. Nobody starts beyond `entry`; a
 * patient at risk starts at `atRiskEntry`, and gets the chain added to the plan.
 */
export const RISK_CHAIN_ENTRY: readonly {
  readonly chain: string;
  readonly entry: string;
  readonly atRiskEntry: string;
  readonly reason: string;
  readonly atRiskReason: string;
  readonly evidence: readonly EvidenceId[];
}[] = [
  {
    chain: 'balance',
    entry: 'single-leg-stance',
    atRiskEntry: 'supported-single-leg-stance',
    reason:
      'Balance starts on a steady floor with the eyes open; eyes closed and the board come later.',
    atRiskReason:
      'At risk of falling: balance work is added, starting with a hand on a counter or chair back.',
    evidence: ['tbc-2016', 'apta-cpg-2021'],
  },
];

/** Why the patient counts as at risk of falling, or an empty list. */
export function fallRiskReasons(f: PatientFacts): string[] {
  const reasons: string[] = [];
  if (f.age >= FALL_RISK.ageAtLeast) reasons.push(`aged ${f.age}`);
  if (f.fallsInLastYear >= FALL_RISK.fallsAtLeast)
    reasons.push(`${f.fallsInLastYear} fall${f.fallsInLastYear === 1 ? '' : 's'} in the last year`);
  if (f.sitToStandSeconds !== null && f.sitToStandSeconds > FALL_RISK.sitToStandAboveSeconds)
    reasons.push(`five-times sit-to-stand ${f.sitToStandSeconds} s`);
  if (f.legWeakness) reasons.push('leg weakness on examination');
  if (f.bothLegs) reasons.push('symptoms in both legs');
  return reasons;
}
