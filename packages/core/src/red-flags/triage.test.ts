import { describe, expect, it } from 'vitest';
import { findingLevelRank, mostUrgent, triageRank } from './triage.js';
import type { Triage } from './types.js';

const MOST_TO_LEAST: readonly Triage[] = ['emergency', 'urgent', 'routine-referral', 'clear'];

describe('triageRank and mostUrgent', () => {
  it('ranks emergency over urgent over routine referral over clear', () => {
    const ranks = MOST_TO_LEAST.map(triageRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(ranks).size).toBe(4);
  });

  it.each(
    MOST_TO_LEAST.flatMap((a, i) => MOST_TO_LEAST.map((b, j) => [a, b, i <= j ? a : b] as const)),
  )('mostUrgent(%s, %s) = %s', (a, b, expected) => {
    expect(mostUrgent(a, b)).toBe(expected);
  });

  it('ranks a note below a routine referral, and finding levels like their triage', () => {
    expect(findingLevelRank('note')).toBeLessThan(findingLevelRank('routine-referral'));
    expect(findingLevelRank('emergency')).toBe(triageRank('emergency'));
  });
});
