import { describe, expect, it } from 'vitest';
import { rescreen } from './rescreen.js';
import { screenInput } from './test-screen-input.js';
import type { FindingLevel, RedFlagId, SafetyState, ScreenInput } from './types.js';

describe('rescreen', () => {
  it('raises an emergency when a journal reports saddle numbness', () => {
    const previous = screenInput();
    const { input, result, newFindings } = rescreen({
      baseline: previous,
      symptoms: ['saddle-numbness'],
    });
    expect(input.answers['saddle-numbness']).toBe(true);
    expect(input.context).toEqual(previous.context);
    expect(result.triage).toBe('emergency');
    expect(newFindings.map((f) => [f.flag, f.level, f.raisedBy])).toEqual([
      ['cauda-equina', 'emergency', ['saddle-numbness']],
    ]);
  });

  it('answers both leg questions for weakness in both legs', () => {
    const { input } = rescreen({ baseline: screenInput(), symptoms: ['weakness-both-legs'] });
    expect(input.answers).toMatchObject({
      'bilateral-leg-symptoms': true,
      'progressive-leg-weakness': true,
    });
  });

  it('ignores unknown symptom ids and keeps earlier answers', () => {
    const previous = screenInput({ unanswered: ['psoriasis'] });
    const { input, result, newFindings } = rescreen({
      baseline: previous,
      symptoms: ['hiccups', ''],
    });
    expect(input.answers).toEqual(previous.answers);
    expect(result.triage).toBe('clear');
    expect(result.unanswered).toEqual(['psoriasis']);
    expect(newFindings).toEqual([]);
  });

  it('reports nothing new when the symptom was already known', () => {
    const { result, newFindings } = rescreen({
      baseline: screenInput({ yes: ['fever'] }),
      symptoms: ['fever'],
    });
    expect(result.triage).toBe('emergency');
    expect(newFindings).toEqual([]);
  });

  it('re-opens a reviewed flag when a new fact raises it at the same level', () => {
    const previous = screenInput({ yes: ['cancer-history', 'thoracic-pain'] });
    const { result, newFindings } = rescreen({ baseline: previous, symptoms: ['night-pain'] });
    expect(result.triage).toBe('urgent');
    expect(newFindings.map((f) => [f.flag, f.raisedBy])).toEqual([
      ['cord-compression-cancer', ['cancer-history', 'thoracic-pain', 'night-pain-stops-sleep']],
    ]);
  });

  it('lifts a note to a referral as a new finding', () => {
    const previous = screenInput({ yes: ['no-improvement-4-weeks'] });
    const { result, newFindings } = rescreen({
      baseline: previous,
      symptoms: ['unexplained-weight-loss'],
    });
    expect(result.triage).toBe('routine-referral');
    expect(newFindings.map((f) => [f.flag, f.level])).toEqual([['malignancy', 'routine-referral']]);
  });

  it.each([null, 7, 'x', { answers: [] }])(
    'does not throw on a garbage previous input %#',
    (bad) => {
      const { result } = rescreen({ baseline: bad as unknown as ScreenInput, symptoms: ['fever'] });
      expect(result.triage).toBe('emergency');
    },
  );

  it('treats symptom ids that are not a list as none', () => {
    const { result } = rescreen({
      baseline: screenInput(),
      symptoms: 'fever' as unknown as string[],
    });
    expect(result.triage).toBe('clear');
  });

  it('treats a list that throws when read as no symptoms', () => {
    const hostile = new Proxy(['fever'], {
      get: () => {
        throw new Error('hostile list');
      },
    });
    const { result } = rescreen({ baseline: screenInput(), symptoms: hostile });
    expect(result.triage).toBe('clear');
  });

  it('is never fooled by a props object that throws', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile props');
        },
      },
    );
    expect(rescreen(hostile as never).result.triage).toBe('clear');
  });
});

/** One re-screen row: the latest assessment's answers (null: none yet), symptoms, outcome. */
interface RescreenRow {
  readonly name: string;
  readonly baseline: ScreenInput | null;
  readonly symptoms: readonly string[];
  readonly safety: SafetyState;
  readonly newFindings: readonly (readonly [RedFlagId, FindingLevel])[];
}

describe('rescreen: new symptoms combined with the latest assessment (red-flags.md)', () => {
  it.each<RescreenRow>([
    {
      name: 'cancer history + night pain in the journal: urgent cord-compression concern',
      baseline: screenInput({ yes: ['cancer-history'] }),
      symptoms: ['night-pain'],
      safety: 'urgent',
      newFindings: [['cord-compression-cancer', 'urgent']],
    },
    {
      name: 'cancer history answered "not asked": night pain alone raises nothing',
      baseline: {
        ...screenInput(),
        answers: { ...screenInput().answers, 'cancer-history': { notAsked: 'declined' } },
      },
      symptoms: ['night-pain'],
      safety: 'clear',
      newFindings: [],
    },
    {
      name: 'night pain alone is not a red flag',
      baseline: screenInput(),
      symptoms: ['night-pain'],
      safety: 'clear',
      newFindings: [],
    },
    {
      name: 'no assessment yet: bladder change is still an emergency',
      baseline: null,
      symptoms: ['bladder-change'],
      safety: 'emergency',
      newFindings: [['cauda-equina', 'emergency']],
    },
    {
      name: 'no assessment yet: unknown age raises no age-based fact',
      baseline: null,
      symptoms: ['unexplained-weight-loss'],
      safety: 'clear',
      newFindings: [['malignancy', 'note']],
    },
    {
      name: 'weight loss in a first episode over 50: a routine referral, not a pause',
      baseline: screenInput({ context: { age: 60, firstEpisode: true } }),
      symptoms: ['unexplained-weight-loss'],
      safety: 'clear',
      newFindings: [['malignancy', 'routine-referral']],
    },
    {
      name: 'fever over a known urgent flag: the more urgent state',
      baseline: screenInput({ yes: ['immunosuppression'] }),
      symptoms: ['fever'],
      safety: 'emergency',
      newFindings: [['infection', 'emergency']],
    },
  ])('$name', ({ baseline, symptoms, safety, newFindings }) => {
    const r = rescreen({ baseline, symptoms });
    expect(r.safety).toBe(safety);
    expect(r.newFindings.map((f) => [f.flag, f.level])).toEqual(newFindings);
  });

  it('lists the known symptoms reported, once each', () => {
    const r = rescreen({ baseline: null, symptoms: ['fever', 'hiccups', 'fever', 'night-pain'] });
    expect(r.symptoms).toEqual(['fever', 'night-pain']);
  });
});
