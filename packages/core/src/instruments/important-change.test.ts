import { describe, expect, it } from 'vitest';
import { importantChange } from './important-change.js';
import { INSTRUMENTS } from './registry.js';
import { errorOf, okValue } from './test-helpers.js';
import type { InstrumentId } from './types.js';

describe('importantChange vectors', () => {
  it.each([
    // instruments.md vectors
    ['odi', 40, 28, 'important-improvement', -12, -30],
    ['rmdq', 14, 8, 'important-improvement', -6, -42.9],
    ['rmdq', 10, 8, 'no-important-change', -2, -20],
    ['psfs', 4.0, 6.0, 'important-improvement', 2, 50],
    ['pseq', 40, 48, 'important-improvement', 8, 20],
    ['pseq', 41, 48, 'no-important-change', 7, 17.1],
    // either/or: relative alone, absolute alone, neither
    ['nprs', 6, 4, 'important-improvement', -2, -33.3],
    ['nprs', 3, 2, 'important-improvement', -1, -33.3],
    ['nprs', 8, 7, 'no-important-change', -1, -12.5],
    ['odi', 80, 71, 'no-important-change', -9, -11.3],
    ['odi', 90, 80, 'important-improvement', -10, -11.1],
    ['odi', 20, 14, 'important-improvement', -6, -30],
    // worsening uses the same thresholds the other way
    ['odi', 28, 40, 'important-worsening', 12, 42.9],
    ['nprs', 0, 2, 'important-worsening', 2, null],
    ['nprs', 0, 1, 'no-important-change', 1, null],
    ['psfs', 6, 4, 'important-worsening', -2, -33.3],
    ['psfs', 4.1, 6.1, 'important-improvement', 2, 48.8],
    ['pseq', 48, 40, 'important-worsening', -8, -16.7],
    ['pseq', 30, 36, 'no-important-change', 6, 20],
    ['odi', 0, 0, 'no-important-change', 0, null],
    ['rmdq', 12, 12, 'no-important-change', 0, 0],
  ] as const)(
    '%s %d -> %d is %s',
    (id: InstrumentId, baseline, followUp, verdict, change, percentChange) => {
      const result = okValue(importantChange(id, baseline, followUp));
      expect(result).toMatchObject({ instrument: id, baseline, followUp, verdict, change });
      expect(result.percentChange).toBe(percentChange);
      for (const reason of result.reasons) expect(reason).toMatch(/^[A-Z].*\.$/);
    },
  );

  it('explains the ODI vector with its numbers and cites ostelo-2008', () => {
    const result = okValue(importantChange('odi', 40, 28));
    expect(result.reasons).toEqual([
      'ODI changed from 40 to 28 (-12 points, -30% of baseline).',
      'An important change is at least 10 points or at least 30% of baseline, either one being enough (ostelo-2008): 12 points meets the first and 30% meets the second.',
      'Lower ODI scores are better, so this is an important improvement.',
    ]);
    expect(result.evidence).toEqual(['ostelo-2008']);
  });

  it('explains a PSEQ change without a band move', () => {
    const result = okValue(importantChange('pseq', 41, 48));
    expect(result.reasons[1]).toBe(
      'An important change is at least 7 points together with a move to another band: 7 points meets the threshold and the band stayed "Minimal" (41-60).',
    );
  });

  it('accepts a definition as well as an id', () => {
    expect(okValue(importantChange(INSTRUMENTS.rmdq, 14, 8)).verdict).toBe('important-improvement');
  });
});

describe('importantChange errors', () => {
  it.each([['startback'], ['fabq']] as const)('%s has no rule', (id) => {
    const error = errorOf(importantChange(id, 4, 6));
    expect(error.kind).toBe('no-important-change-rule');
    expect(error.message).toMatch(/has no important-change rule/);
  });

  it('rejects an unknown id passed from outside TypeScript', () => {
    const id = 'oswestry' as InstrumentId;
    expect(errorOf(importantChange(id, 1, 2)).kind).toBe('no-important-change-rule');
  });

  it.each([
    ['odi', Number.NaN, 20],
    ['odi', 20, Number.POSITIVE_INFINITY],
    ['odi', -1, 20],
    ['odi', 20, 100.5],
    ['nprs', 11, 2],
    ['pseq', 61, 40],
    ['psfs', 4, -0.1],
    ['rmdq', '14' as unknown as number, 8],
  ] as const)('%s %s -> %s is score-out-of-range', (id, baseline, followUp) => {
    const error = errorOf(importantChange(id, baseline, followUp));
    expect(error.kind).toBe('score-out-of-range');
    expect(error.message).toMatch(
      /^[A-Z]+: the (baseline|follow-up) score .* is not a number from/,
    );
  });

  it('names the bad value', () => {
    expect(errorOf(importantChange('odi', 40, 120))).toEqual({
      kind: 'score-out-of-range',
      message: 'ODI: the follow-up score 120 is not a number from 0 to 100.',
      value: 120,
    });
  });
});
