import { describe, expect, it } from 'vitest';
import { phoneProblem, phoneSchema } from './phone.js';

describe('phone numbers', () => {
  it.each([
    ['+44 20 7946 0018', null],
    ['(020) 7946-0019', null],
    ['07700.900123', null],
    ['123456', null],
    ['1'.repeat(20), null],
    ['12345', 'A phone number has 6 to 20 digits.'],
    ['1'.repeat(21), 'A phone number has 6 to 20 digits.'],
    ['+44 20 7946 0018 ext 2', 'Use digits, spaces and + - ( ) . only.'],
    ['call me', 'Use digits, spaces and + - ( ) . only.'],
    ['', 'A phone number has 6 to 20 digits.'],
  ])('%j: %s', (input, problem) => {
    expect(phoneProblem(input)).toBe(problem);
  });

  it('keeps the number as typed, trimmed, with one message when it is wrong', () => {
    expect(phoneSchema.parse('  020 7946 0000 ')).toBe('020 7946 0000');
    const bad = phoneSchema.safeParse('phone: 12');
    expect(bad.success ? [] : bad.error.issues.map((i) => i.message)).toEqual([
      'Use digits, spaces and + - ( ) . only.',
    ]);
  });
});
