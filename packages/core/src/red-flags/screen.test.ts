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
    const result = screenRedFlags(screenInput({ context: { age: 71 } }));
    expect(result.reasons).toEqual(['Fracture: age over 70 -> urgent']);
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
      'Screen incomplete: 2 of 32 questions unanswered; they count as not present until asked.',
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
