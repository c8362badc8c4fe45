import type { Band } from './types.js';

/**
 * The band a score falls in, or undefined outside every band. Bands are listed lowest first and
 * a score belongs to the first band whose max it does not exceed: ODI bands are published on
 * whole numbers (0-20, 21-40) but scores have one decimal, and 20.5 must not fall in a gap.
 */
export function findBand(bands: readonly Band[] | undefined, score: number): Band | undefined {
  const first = bands?.[0];
  if (bands === undefined || first === undefined || !(score >= first.min)) return undefined;
  return bands.find((band) => score <= band.max);
}
