import { describe, expect, it } from 'vitest';
import { classifyApproach } from './approach.js';
import { findDirectionalPreference } from './directional-preference.js';
import { screenPsychosocial } from './psychosocial.js';
import { classifyStage, daysBetween } from './stage.js';
import { classifyTolerance } from './tolerance.js';

describe('classifyStage (nice-ng59: acute < 6 weeks, chronic > 12 weeks)', () => {
  it.each([
    [0, 'acute'],
    [41, 'acute'],
    [42, 'subacute'],
    [84, 'subacute'],
    [85, 'chronic'],
    [400, 'chronic'],
  ] as const)('%i days since onset is %s', (days, stage) => {
    expect(classifyStage(days).stage).toBe(stage);
  });

  it('counts calendar days in UTC across a month end', () => {
    expect(daysBetween(new Date('2026-01-30'), new Date('2026-03-01'))).toBe(30);
  });
});

describe('classifyApproach (tbc-2016, [design] cut-offs)', () => {
  it.each([
    [7, 10, 'symptom-modulation'],
    [3, 41, 'symptom-modulation'],
    [6, 40, 'movement-control'],
    [4, null, 'movement-control'],
    [2, 21, 'movement-control'],
    [3, 20, 'function-optimisation'],
    [0, 0, 'function-optimisation'],
    [9, null, 'symptom-modulation'],
  ] as const)('NPRS %i, ODI %s -> %s', (nprs, odi, approach) => {
    expect(classifyApproach(nprs, odi).approach).toBe(approach);
  });

  it('says when the ODI is missing and marks the conclusion incomplete', () => {
    const c = classifyApproach(2, null);
    expect(c.complete).toBe(false);
    expect(c.reasons.join(' ')).toMatch(/pain alone/);
    expect(c.evidence).toContain('tbc-2016');
  });
});

describe('classifyTolerance', () => {
  it.each([
    [['sitting', 'bending'], [], undefined, undefined, 'flexion-intolerant'],
    [['standing', 'walking'], ['sitting'], undefined, undefined, 'extension-intolerant'],
    [['sitting', 'standing'], [], undefined, undefined, 'mixed'],
    [['sitting', 'bending', 'lifting', 'standing'], [], undefined, undefined, 'flexion-intolerant'],
    [['sitting', 'standing'], [], 'no-effect', 'peripheralises', 'mixed'],
    [['sitting'], [], undefined, 'increases', 'mixed'],
    [[], [], 'peripheralises', undefined, 'flexion-intolerant'],
    [['twisting'], [], undefined, undefined, 'none-identified'],
  ] as const)('aggravating %j easing %j flex %s ext %s -> %s', (agg, eas, flex, ext, t) => {
    const c = classifyTolerance({
      aggravating: agg,
      easing: eas,
      repeatedFlexion: flex,
      repeatedExtension: ext,
    });
    expect(c.tolerance).toBe(t);
  });

  it('guides an extension-intolerant plan away from prone extension', () => {
    const c = classifyTolerance({ aggravating: ['standing', 'walking'], easing: [] });
    expect(c.guidance.join(' ')).toMatch(/Avoid prone extension/);
  });
});

describe('findDirectionalPreference', () => {
  it('prescribes the direction that centralises and avoids the one that peripheralises', () => {
    const c = findDirectionalPreference({ extension: 'centralises', flexion: 'peripheralises' });
    expect(c.preference).toBe('extension');
    expect(c.avoid).toEqual(['flexion']);
    expect(c.centralisation).toBe(true);
  });

  it('prefers abolition over centralisation', () => {
    const c = findDirectionalPreference({
      extension: 'centralises',
      'side-glide-right': 'abolishes',
    });
    expect(c.preference).toBe('side-glide-right');
  });

  it('gives no preference when two directions respond equally', () => {
    const c = findDirectionalPreference({ extension: 'centralises', flexion: 'centralises' });
    expect(c.preference).toBeNull();
    expect(c.reasons.join(' ')).toMatch(/respond equally/);
  });

  it('gives no preference for decrease alone, and says when nothing was tested', () => {
    expect(findDirectionalPreference({ flexion: 'decreases' }).preference).toBeNull();
    const untested = findDirectionalPreference({});
    expect(untested.tested).toBe(false);
    expect(untested.reasons[0]).toMatch(/not tested/);
  });
});

describe('screenPsychosocial', () => {
  it('flags high STarT risk, fear-avoidance, work risk and low self-efficacy', () => {
    const c = screenPsychosocial({
      startBackRisk: 'high',
      fabqPhysicalActivity: 16,
      fabqWork: 30,
      pseq: 19,
    });
    expect(c.flags.map((f) => f.id)).toEqual([
      'startback-high',
      'fear-avoidance-activity',
      'return-to-work-risk',
      'low-self-efficacy',
    ]);
    expect(c.elevated).toBe(true);
  });

  it('raises nothing at the thresholds themselves', () => {
    const c = screenPsychosocial({
      startBackRisk: 'medium',
      fabqPhysicalActivity: 15,
      fabqWork: 29,
      pseq: 20,
    });
    expect(c.flags).toEqual([]);
    expect(c.elevated).toBe(false);
  });
});
