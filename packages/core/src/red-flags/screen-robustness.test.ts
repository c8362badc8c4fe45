import { describe, expect, it } from 'vitest';
import { screenRedFlags } from './screen.js';
import { QUIET_CONTEXT, screenInput } from './test-screen-input.js';
import type { ScreenInput } from './types.js';

function hostileAnswers(): object {
  const answers = { fever: true };
  Object.defineProperty(answers, 'saddle-numbness', {
    enumerable: true,
    get: () => {
      throw new Error('hostile getter');
    },
  });
  return answers;
}

const throwingProxy = new Proxy(
  {},
  {
    has: () => {
      throw new Error('hostile proxy');
    },
    getOwnPropertyDescriptor: () => {
      throw new Error('hostile proxy');
    },
  },
);

describe('screenRedFlags: never throws', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'answers'],
    ['an array', []],
    ['answers null', { answers: null, context: null }],
    ['answers a string', { answers: 'yes', context: 3 }],
    ['a throwing proxy', throwingProxy],
    ['answers a throwing proxy', { answers: throwingProxy, context: throwingProxy }],
  ])('%s counts as nothing answered', (_name, input) => {
    const result = screenRedFlags(input as ScreenInput);
    expect(result.triage).toBe('clear');
    expect(result.unanswered).toHaveLength(32);
    expect(result.reasons).toContain(
      'Screen incomplete: 32 of 32 questions unanswered; they count as not present, and a plan waits until each is answered yes, no, or not asked with a reason.',
    );
  });

  it('reads a throwing getter as unanswered and keeps the rest', () => {
    const input = { answers: hostileAnswers(), context: QUIET_CONTEXT } as unknown as ScreenInput;
    const result = screenRedFlags(input);
    expect(result.triage).toBe('emergency');
    expect(result.unanswered).toContain('saddle-numbness');
  });

  it('reads a "not asked" whose reason throws as unanswered', () => {
    const hostile = {} as { readonly notAsked: string };
    Object.defineProperty(hostile, 'notAsked', {
      enumerable: true,
      get: () => {
        throw new Error('hostile reason');
      },
    });
    const input = screenInput();
    const result = screenRedFlags({ ...input, answers: { ...input.answers, fever: hostile } });
    expect(result.unanswered).toEqual(['fever']);
    expect(result.notAsked).toEqual([]);
  });

  it.each([
    ['NaN', Number.NaN],
    ['negative', -3],
    ['infinite', Number.POSITIVE_INFINITY],
    ['a string', '75'],
  ])('treats a %s age as unknown and says so', (_name, age) => {
    const input = screenInput({ yes: ['fever'], context: { age: age as number } });
    const result = screenRedFlags(input);
    expect(result.triage).toBe('emergency');
    expect(result.findings.map((f) => f.flag)).toEqual(['infection']);
    expect(result.reasons).toContain(
      'Could not check age over 70: age is missing or invalid; treated as not present.',
    );
  });

  it('names every missing context field behind an undecided fact', () => {
    const input = { answers: screenInput().answers } as unknown as ScreenInput;
    expect(screenRedFlags(input).reasons).toEqual([
      'No red flags among 32 answered questions.',
      'Could not check age over 70: age is missing or invalid; treated as not present.',
      'Could not check age over 50 with a new episode: age and first episode are missing or invalid; treated as not present.',
      'Could not check onset before 35: age at onset is missing or invalid; treated as not present.',
      'Could not check onset before 45 and lasting over 3 months: age at onset and symptom duration are missing or invalid; treated as not present.',
    ]);
  });

  it('does not report a fact as undecided when a known field already settles it', () => {
    const input = screenInput({
      context: { age: 30, firstEpisode: 'maybe' as unknown as boolean },
    });
    expect(screenRedFlags(input).reasons).toEqual(['No red flags among 32 answered questions.']);
  });
});
