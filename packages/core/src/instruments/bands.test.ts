import { describe, expect, it } from 'vitest';
import { findBand } from './bands.js';
import { INSTRUMENTS } from './registry.js';

describe('findBand', () => {
  const odi = INSTRUMENTS.odi.bands;
  it.each([
    [0, 'minimal'],
    [20, 'minimal'],
    [20.1, 'moderate'],
    [20.5, 'moderate'],
    [40.9, 'severe'],
    [80.5, 'bed-bound'],
    [100, 'bed-bound'],
    [-0.1, undefined],
    [100.1, undefined],
    [Number.NaN, undefined],
  ])('puts ODI %d in %s', (score, expected) => {
    expect(findBand(odi, score)?.id).toBe(expected);
  });

  it('leaves no gap for any one-decimal ODI score', () => {
    for (let tenth = 0; tenth <= 1000; tenth += 1) {
      expect(findBand(odi, tenth / 10)).toBeDefined();
    }
  });
});
