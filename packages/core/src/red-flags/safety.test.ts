import { describe, expect, it } from 'vitest';
import { safetyStateOf } from './safety.js';
import { screenRedFlags } from './screen.js';
import { screenInput } from './test-screen-input.js';
import type { RedFlagQuestionId, SafetyState } from './types.js';

describe('safetyStateOf', () => {
  it.each<[string, readonly RedFlagQuestionId[], number, SafetyState]>([
    ['no finding', [], 40, 'clear'],
    ['a note (age 71 alone)', [], 71, 'clear'],
    ['a routine referral', ['unexplained-weight-loss', 'no-improvement-4-weeks'], 40, 'clear'],
    ['an urgent flag', ['cancer-history'], 40, 'urgent'],
    ['urgent and emergency together', ['cancer-history', 'bladder-change'], 40, 'emergency'],
    ['age 71 with long-term steroids', ['long-term-corticosteroids'], 71, 'urgent'],
  ])('%s -> %s', (_name, yes, age, state) => {
    const { findings } = screenRedFlags(screenInput({ yes, context: { age } }));
    expect(safetyStateOf(findings)).toBe(state);
  });
});
