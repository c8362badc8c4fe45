import type { Dose } from '@backplan/core';

/** 2 when a dose is done on each side (the counter then counts both), else 1. */
export function sidesOf(dose: Dose): 1 | 2 {
  return (dose.kind === 'reps' || dose.kind === 'hold') && dose.perSide ? 2 : 1;
}

/** How many sets (or holds) the counter counts to; none for a continuous activity. */
export function setTarget(dose: Dose | undefined): number | null {
  if (dose === undefined || dose.kind === 'duration') return null;
  return dose.sets * sidesOf(dose);
}
