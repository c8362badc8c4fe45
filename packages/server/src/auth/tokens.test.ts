import { describe, expect, it } from 'vitest';
import { newId, newSequentialId } from './tokens.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids', () => {
  it('makes random ids as UUID v4', () => {
    expect(newId()).toMatch(UUID);
    expect(UUID.exec(newId())?.[1]).toBe('4');
  });

  it('makes time-ordered ids as UUID v7 carrying the millisecond', () => {
    const at = Date.parse('2030-01-02T03:04:05.678Z');
    const id = newSequentialId(at);
    const [, version, variant] = UUID.exec(id) ?? [];
    expect(version).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(variant);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('orders ids as they were made, within a millisecond and across many', () => {
    const at = Date.parse('2031-05-06T07:08:09.000Z');
    // More than one millisecond's counter can hold, then later times and an earlier one (a clock
    // that stepped back): the order of making is kept throughout.
    const ids = [
      ...Array.from({ length: 5_000 }, () => newSequentialId(at)),
      newSequentialId(at + 10),
      newSequentialId(at + 11),
      newSequentialId(at - 1_000),
    ];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
