import { describe, expect, it } from 'vitest';
import { rescreenWithSymptoms } from './rescreen.js';
import { screenInput } from './test-screen-input.js';
import type { ScreenInput } from './types.js';

describe('rescreenWithSymptoms', () => {
  it('raises an emergency when a journal reports saddle numbness', () => {
    const previous = screenInput();
    const { input, result, newFindings } = rescreenWithSymptoms(previous, ['saddle-numbness']);
    expect(input.answers['saddle-numbness']).toBe(true);
    expect(input.context).toBe(previous.context);
    expect(result.triage).toBe('emergency');
    expect(newFindings.map((f) => [f.flag, f.level, f.raisedBy])).toEqual([
      ['cauda-equina', 'emergency', ['saddle-numbness']],
    ]);
  });

  it('answers both leg questions for weakness in both legs', () => {
    const { input } = rescreenWithSymptoms(screenInput(), ['weakness-both-legs']);
    expect(input.answers).toMatchObject({
      'bilateral-leg-symptoms': true,
      'progressive-leg-weakness': true,
    });
  });

  it('ignores unknown symptom ids and keeps earlier answers', () => {
    const previous = screenInput({ unanswered: ['psoriasis'] });
    const { input, result, newFindings } = rescreenWithSymptoms(previous, ['hiccups', '']);
    expect(input.answers).toEqual(previous.answers);
    expect(result.triage).toBe('clear');
    expect(result.unanswered).toEqual(['psoriasis']);
    expect(newFindings).toEqual([]);
  });

  it('reports nothing new when the symptom was already known', () => {
    const { result, newFindings } = rescreenWithSymptoms(screenInput({ yes: ['fever'] }), [
      'fever',
    ]);
    expect(result.triage).toBe('emergency');
    expect(newFindings).toEqual([]);
  });

  it('re-opens a reviewed flag when a new fact raises it at the same level', () => {
    const previous = screenInput({ yes: ['cancer-history', 'thoracic-pain'] });
    const { result, newFindings } = rescreenWithSymptoms(previous, ['night-pain']);
    expect(result.triage).toBe('urgent');
    expect(newFindings.map((f) => [f.flag, f.raisedBy])).toEqual([
      ['cord-compression-cancer', ['cancer-history', 'thoracic-pain', 'night-pain-stops-sleep']],
    ]);
  });

  it('lifts a note to a referral as a new finding', () => {
    const previous = screenInput({ yes: ['no-improvement-4-weeks'] });
    const { result, newFindings } = rescreenWithSymptoms(previous, ['unexplained-weight-loss']);
    expect(result.triage).toBe('routine-referral');
    expect(newFindings.map((f) => [f.flag, f.level])).toEqual([['malignancy', 'routine-referral']]);
  });

  it.each([null, 7, 'x', { answers: [] }])(
    'does not throw on a garbage previous input %#',
    (bad) => {
      const { result } = rescreenWithSymptoms(bad as unknown as ScreenInput, ['fever']);
      expect(result.triage).toBe('emergency');
    },
  );

  it('treats symptom ids that are not a list as none', () => {
    const { result } = rescreenWithSymptoms(screenInput(), 'fever' as unknown as string[]);
    expect(result.triage).toBe('clear');
  });

  it('treats a list that throws when read as no symptoms', () => {
    const hostile = new Proxy(['fever'], {
      get: () => {
        throw new Error('hostile list');
      },
    });
    const { result } = rescreenWithSymptoms(screenInput(), hostile);
    expect(result.triage).toBe('clear');
  });
});
