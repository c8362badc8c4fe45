import type { Dose, Frequency } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import type { PlanWarning } from './check-plan.js';

/**
 * A rise in an exercise's weekly volume above this fraction at once gets a warning [design]
 * (progression.md: proposed dose jumps are bounded).
 */
export const DOSE_JUMP_FRACTION = 0.5;

const EVIDENCE: readonly EvidenceId[] = ['acsm-dosing', 'silbernagel-2007'];

/** A change of dose that raises an exercise's weekly volume by more than half at once. */
export interface DoseJumpWarning extends PlanWarning {
  readonly code: 'dose-jump';
  readonly kind: 'dose-jump';
  readonly exerciseId: string;
  /** Weekly volume before and after (see `weeklyVolume`). */
  readonly from: number;
  readonly to: number;
  /** The rise, in whole per cent. */
  readonly percent: number;
}

/**
 * An exercise's weekly volume (progression.md): sets x reps (each side counted) x times a day x
 * days a week; holds count their seconds, timed work its minutes, carries their metres. Only
 * volumes of the same dose kind compare.
 */
export function weeklyVolume(dose: Dose, frequency: Frequency): number {
  const perWeek = frequency.timesPerDay * frequency.daysPerWeek;
  switch (dose.kind) {
    case 'reps':
      return dose.sets * dose.reps * (dose.perSide ? 2 : 1) * perWeek;
    case 'hold':
      return dose.sets * dose.holdSeconds * (dose.perSide ? 2 : 1) * perWeek;
    case 'duration':
      return dose.minutes * perWeek;
    case 'distance':
      return dose.sets * dose.metres * perWeek;
  }
}

const UNIT = { reps: 'repetitions', hold: 'seconds held', duration: 'minutes', distance: 'metres' };

/**
 * The warning when a dose change raises an exercise's weekly volume by more than 50% at once
 * [design, progression.md]; null otherwise, or when the dose kind changes (volumes of different
 * kinds do not compare). Used for a therapist's edit and for an adjusted proposal alike.
 */
export function doseJumpWarning(
  exerciseId: string,
  before: { readonly dose: Dose; readonly frequency: Frequency },
  after: { readonly dose: Dose; readonly frequency: Frequency },
): DoseJumpWarning | null {
  if (before.dose.kind !== after.dose.kind) return null;
  const from = weeklyVolume(before.dose, before.frequency);
  const to = weeklyVolume(after.dose, after.frequency);
  if (!(from > 0) || !Number.isFinite(to) || to <= from * (1 + DOSE_JUMP_FRACTION)) return null;
  const percent = Math.round(((to - from) / from) * 100);
  return {
    code: 'dose-jump',
    kind: 'dose-jump',
    subject: exerciseId,
    exerciseId,
    from,
    to,
    percent,
    message: `Weekly volume up ${percent}% at once (${from} to ${to} ${UNIT[after.dose.kind]} a week): more than ${DOSE_JUMP_FRACTION * 100}% in one step is a large jump; consider a smaller step.`,
    evidence: EVIDENCE,
  };
}

/** Narrows a plan warning to a dose jump, with its figures. */
export function isDoseJumpWarning(warning: PlanWarning): warning is DoseJumpWarning {
  return warning.code === 'dose-jump';
}
