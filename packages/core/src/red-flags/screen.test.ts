import { describe, expect, it } from 'vitest';
import { screenRedFlags } from './screen.js';
import { QUIET_CONTEXT, screenInput } from './test-screen-input.js';
import type { ScreenInput } from './types.js';

describe('screenRedFlags: triage and reasons', () => {
  it('takes the most urgent finding and lists findings most urgent first', () => {
    const result = screenRedFlags(
      screenInput({
        yes: ['unexplained-weight-loss', 'no-improvement-4-weeks', 'cancer-history', 'fever'],
      }),
    );
    expect(result.triage).toBe('emergency');
    expect(result.findings.map((f) => [f.flag, f.level])).toEqual([
      ['infection', 'emergency'],
      ['malignancy', 'urgent'],
    ]);
  });

  it('says which answers raised a finding, in plain words', () => {
    const result = screenRedFlags(screenInput({ yes: ['saddle-numbness'] }));
    expect(result.reasons).toEqual(['Cauda equina: saddle numbness reported -> emergency']);
    expect(result.findings[0]?.patientAction).toMatch(/emergency department now/);
    expect(result.evidence).toEqual(['finucane-2020', 'nice-ng59']);
  });

  it('names derived facts without calling them reported', () => {
    const result = screenRedFlags(
      screenInput({ yes: ['bruise-over-spine'], context: { age: 71 } }),
    );
    expect(result.reasons).toEqual([
      'Fracture: bruise or abrasion over the spine reported; age over 70 -> urgent',
    ]);
  });

  it('reports a clear screen with the number of answered questions', () => {
    const result = screenRedFlags(screenInput());
    expect(result).toMatchObject({ triage: 'clear', findings: [], unanswered: [] });
    expect(result.reasons).toEqual(['No red flags among 32 answered questions.']);
  });

  it('records a note without changing the triage', () => {
    const result = screenRedFlags(screenInput({ yes: ['no-improvement-4-weeks'] }));
    expect(result.triage).toBe('clear');
    expect(result.reasons).toEqual([
      'Malignancy: no improvement after 4 weeks reported -> note (recorded; does not change the triage)',
      'No red flags among 32 answered questions.',
    ]);
  });
});

describe('screenRedFlags: unanswered questions', () => {
  it('lists unanswered questions, treats them as not present and says the screen is incomplete', () => {
    const result = screenRedFlags(screenInput({ unanswered: ['fever', 'psoriasis'] }));
    expect(result.triage).toBe('clear');
    expect(result.unanswered).toEqual(['fever', 'psoriasis']);
    expect(result.reasons).toEqual([
      'No red flags among 30 answered questions.',
      'Screen incomplete: 2 of 32 questions unanswered; they count as not present, and a plan waits until each is answered yes, no, or not asked with a reason.',
    ]);
  });

  it('treats answers that are not booleans as unanswered', () => {
    const answers = {
      fever: 'yes',
      'saddle-numbness': 1,
      'bladder-change': null,
      psoriasis: false,
    };
    const result = screenRedFlags({ answers, context: QUIET_CONTEXT } as unknown as ScreenInput);
    expect(result.triage).toBe('clear');
    expect(result.unanswered).toHaveLength(31);
    expect(result.unanswered).toContain('fever');
    expect(result.unanswered).not.toContain('psoriasis');
  });
});

describe('screenRedFlags: "not asked" with a reason', () => {
  const notAsked = (reason: unknown) =>
    ({
      ...screenInput({ unanswered: ['sexual-dysfunction'] }),
      answers: {
        ...screenInput({ unanswered: ['sexual-dysfunction'] }).answers,
        'sexual-dysfunction': { notAsked: reason },
      },
    }) as ScreenInput;

  it.each<[string, unknown, boolean]>([
    ['a reason completes the screen', 'Interpreter not available for this question', true],
    ['the reason is trimmed', '  declined  ', true],
    ['an empty reason leaves it unanswered', '', false],
    ['a blank reason leaves it unanswered', '   ', false],
    ['a reason over 500 characters leaves it unanswered', 'x'.repeat(501), false],
    ['a reason that is not text leaves it unanswered', 42, false],
  ])('%s', (_name, reason, complete) => {
    const result = screenRedFlags(notAsked(reason));
    expect(result.triage).toBe('clear');
    expect(result.complete).toBe(complete);
    expect(result.unanswered).toEqual(complete ? [] : ['sexual-dysfunction']);
    expect(result.notAsked).toEqual(
      complete ? [{ id: 'sexual-dysfunction', reason: String(reason).trim() }] : [],
    );
  });

  it('counts a question not asked as not present and names it with its reason', () => {
    const result = screenRedFlags(notAsked('declined'));
    expect(result.reasons).toEqual([
      'No red flags among 31 answered questions.',
      'Not asked, counted as not present: sexual dysfunction (declined).',
    ]);
  });

  it('is complete only when no question is left without an answer', () => {
    expect(screenRedFlags(screenInput()).complete).toBe(true);
    expect(screenRedFlags(screenInput({ unanswered: ['fever'] })).complete).toBe(false);
  });
});
