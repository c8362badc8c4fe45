import { describe, expect, it } from 'vitest';
import { findUnstorableText } from './text-guard.js';

describe('findUnstorableText', () => {
  it.each([
    ['a NUL in a nested string', { a: { b: ['ok', 'x\u0000y'] } }, 'body.a.b.1'],
    ['a lone high surrogate', { notes: '\ud800x' }, 'body.notes'],
    ['a lone low surrogate', { notes: 'x\udc00' }, 'body.notes'],
    ['a NUL in a key', { ['k\u0000']: 1 }, 'body'],
  ])('finds %s', (_name, value, path) => {
    expect(findUnstorableText(value, 'body')).toBe(path);
  });

  it('accepts ordinary text, emoji (paired surrogates) and non-strings', () => {
    expect(
      findUnstorableText({ a: 'Schöne Grüße 👋', n: 3, b: true, z: null, l: [1, 'é'] }, 'body'),
    ).toBeNull();
  });
});
