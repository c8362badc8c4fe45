import type { Dose } from '@backplan/core';
import { describe, expect, it } from 'vitest';
import { adjustedDose, doseParts } from './adjusted-dose';

const HOLD: Dose = { kind: 'hold', sets: 6, holdSeconds: 9, perSide: true };

describe('adjustedDose', () => {
  it('keeps the kind and the other fields, with the typed numbers', () => {
    expect(adjustedDose(HOLD, { sets: '8', holdSeconds: '10' })).toEqual({
      dose: { kind: 'hold', sets: 8, holdSeconds: 10, perSide: true },
      issues: [],
    });
  });

  it.each([
    [{ sets: '30', holdSeconds: '9' }, 'sets', 'too_big'],
    [{ sets: '0', holdSeconds: '9' }, 'sets', 'too_small'],
    [{ sets: '', holdSeconds: '9' }, 'sets', 'invalid_type'],
    [{ sets: '2.5', holdSeconds: '9' }, 'sets', 'invalid_type'],
    [{ sets: '6', holdSeconds: '700' }, 'holdSeconds', 'too_big'],
  ])('%o: %s is refused (%s)', (values, part, code) => {
    const result = adjustedDose(HOLD, values);
    expect(result.dose).toBeNull();
    expect(result.issues[0]).toMatchObject({ part, code });
  });

  it('shows a dose as its fields', () => {
    expect(doseParts(HOLD)).toEqual({ sets: '6', holdSeconds: '9' });
  });
});
