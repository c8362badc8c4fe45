import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './registry.js';
import { scoreById, scoreInstrument } from './score.js';
import { errorOf } from './test-helpers.js';
import type { Answer, ScoreError } from './types.js';

const odi = (...answers: unknown[]): unknown[] => answers;
const zeros = (n: number): Answer[] => Array<Answer>(n).fill(0);
const sparse: unknown[] = [];
sparse[9] = 0;
const huge: unknown[] = [];
huge.length = 2 ** 32 - 1;

/** One sentence: starts with a capital or an abbreviation, ends with a period, no line break. */
function expectOneSentence(error: ScoreError): void {
  expect(error.message).toMatch(/^[A-Z][^\n]*\.$/);
  expect(error.message.split(/[.;]\s+[A-Z]/)).toHaveLength(1);
}

describe('typed scoring errors', () => {
  it.each([
    ['ODI 6', 'odi', odi(6, 0, 0, 0, 0, 0, 0, 0, 0, 0), 'odi.pain-intensity', 1, 6, 5],
    ['ODI negative', 'odi', odi(0, 0, 0, -1, 0, 0, 0, 0, 0, 0), 'odi.walking', 4, -1, 5],
    ['STarT item 9 index 5', 'startback', [...zeros(8), 5], 'startback.9', 9, 5, 4],
    ['STarT item 1 index 2', 'startback', [2, ...zeros(8)], 'startback.1', 1, 2, 1],
    ['RMDQ 2', 'rmdq', [...zeros(23), 2], 'rmdq.24', 24, 2, 1],
    ['NPRS 11', 'nprs', [11], 'nprs.pain', 1, 11, 10],
    ['FABQ 7 on an unscored item', 'fabq', [7, ...zeros(15)], 'fabq.1', 1, 7, 6],
    ['PSEQ huge', 'pseq', [...zeros(9), 1e21], 'pseq.10', 10, 1e21, 6],
  ] as const)('%s -> answer-out-of-range', (_, id, answers, itemId, itemNumber, value, max) => {
    const error = errorOf(scoreById(id, answers));
    expect(error).toMatchObject({
      kind: 'answer-out-of-range',
      itemId,
      itemNumber,
      value,
      min: 0,
      max,
    });
    expectOneSentence(error);
  });

  it('says which ODI section is out of range', () => {
    expect(errorOf(scoreById('odi', odi(0, 0, 0, 9, 0, 0, 0, 0, 0, 0))).message).toBe(
      'ODI: the answer for section 4 (Walking) is 9, outside the option range 0 to 5.',
    );
  });

  it.each([
    ['ODI 9 answers', 'odi', zeros(9), 10, 10, 9],
    ['ODI 11 answers', 'odi', zeros(11), 10, 10, 11],
    ['PSFS 2 ratings', 'psfs', zeros(2), 3, 5, 2],
    ['PSFS 6 ratings', 'psfs', zeros(6), 3, 5, 6],
    ['STarT empty', 'startback', [], 9, 9, 0],
    ['NPRS huge sparse array', 'nprs', huge, 1, 1, 2 ** 32 - 1],
  ] as const)('%s -> wrong-item-count', (_, id, answers, min, max, actual) => {
    const error = errorOf(scoreById(id, answers));
    expect(error).toMatchObject({ kind: 'wrong-item-count', expected: { min, max }, actual });
    expectOneSentence(error);
  });

  it('names the PSFS allowed count', () => {
    expect(errorOf(scoreById('psfs', [5, 5])).message).toBe(
      'PSFS: expected 3 to 5 answers (one per activity), got 2.',
    );
  });

  it.each([
    ['ODI three skipped', 'odi', [null, null, null, ...zeros(7)], 3, 2],
    ['ODI all skipped', 'odi', Array<Answer>(10).fill(null), 10, 2],
    ['RMDQ one skipped', 'rmdq', [null, ...zeros(23)], 1, 0],
    ['STarT one skipped', 'startback', [...zeros(8), null], 1, 0],
    ['FABQ scored item skipped', 'fabq', [0, null, ...zeros(14)], 1, 0],
    ['PSFS one skipped', 'psfs', [5, null, 5], 1, 0],
    ['NPRS skipped', 'nprs', [null], 1, 0],
  ] as const)('%s -> too-many-skipped', (_, id, answers, skipped, maxSkipped) => {
    const error = errorOf(scoreById(id, answers));
    expect(error).toMatchObject({ kind: 'too-many-skipped', skipped, maxSkipped });
    expectOneSentence(error);
  });

  it('says how many ODI sections were skipped and the limit', () => {
    expect(errorOf(scoreById('odi', [0, null, 0, null, 0, null, 0, 0, 0, 0])).message).toBe(
      'ODI: 3 sections were skipped (2, 4, 6); at most 2 may be skipped for a valid score.',
    );
    expect(errorOf(scoreById('fabq', [0, null, ...zeros(14)])).message).toBe(
      'FABQ: 1 scored item was skipped (2); none may be skipped for a valid score.',
    );
  });

  it.each([
    ['a string', 'odi', '3,2,3'],
    ['an object', 'odi', { 0: 1, length: 10 }],
    ['null', 'odi', null],
    ['undefined', 'odi', undefined],
    ['a number', 'nprs', 5],
    ['a typed array', 'nprs', new Int8Array(1)],
    ['a float', 'nprs', [1.5]],
    ['NaN', 'nprs', [Number.NaN]],
    ['Infinity', 'nprs', [Number.POSITIVE_INFINITY]],
    ['a numeric string', 'nprs', ['3']],
    ['a boolean', 'nprs', [true]],
    ['undefined in the list', 'nprs', [undefined]],
    ['a bigint', 'nprs', [3n]],
    ['a symbol', 'nprs', [Symbol('x')]],
    ['a null-prototype object', 'nprs', [Object.create(null) as unknown]],
    ['a sparse array', 'odi', sparse],
  ] as const)('%s -> invalid-answers', (_, id, answers: unknown) => {
    const error = errorOf(scoreInstrument(INSTRUMENTS[id], answers));
    expect(error.kind).toBe('invalid-answers');
    expectOneSentence(error);
  });

  it('says what a non-integer answer was', () => {
    expect(errorOf(scoreById('nprs', [2.5])).message).toBe(
      'NPRS: the answer for item 1 (Pain intensity) must be an option number from 0 to 10, or null if skipped; got 2.5.',
    );
  });

  it('returns unknown-instrument for an id that is not registered', () => {
    const error = errorOf(scoreById('oswestry', zeros(10)));
    expect(error.kind).toBe('unknown-instrument');
    expect(error.message).toMatch(/^No instrument matches the text "oswestry"; known ids are nprs/);
  });
});
