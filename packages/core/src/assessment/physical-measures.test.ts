import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { generatePlan } from '../plan/generate.js';
import { exampleResult } from '../plan/test-plans.js';
import { assess } from './assess.js';
import { isPlausibleMeasure, measureValueSchema } from './physical-measures.js';

/** Issue 13, item 7: implausible measures, answers and dates are refused, naming the field. */
describe('plausible ranges', () => {
  it.each([
    ['straight-leg-raise-deg', -1, false],
    ['straight-leg-raise-deg', 0, true],
    ['straight-leg-raise-deg', 70, true],
    ['straight-leg-raise-deg', 1001, false],
    ['fingertip-to-floor-cm', -10, true],
    ['steps-per-day', 8000.5, false],
    ['five-times-sit-to-stand-s', Number.NaN, false],
    ['walking-minutes-per-day', Number.POSITIVE_INFINITY, false],
    ['walking-tolerance-min', 8, true],
    ['walking-tolerance-min', 0, true],
    ['walking-tolerance-min', 601, false],
  ] as const)('%s of %s is plausible: %s', (kind, value, plausible) => {
    expect(isPlausibleMeasure(kind, value)).toBe(plausible);
    expect(measureValueSchema(kind).safeParse(value).success).toBe(plausible);
  });

  it('refuses an assessment with an FABQ answer of -1e308, naming the questionnaire', () => {
    const r = exampleResult('01-acute-flexion-intolerant-manipulation');
    const input = structuredClone(r.assessment) as unknown as {
      questionnaires: Record<string, unknown>;
    };
    input.questionnaires.fabq = [-1e308, ...Array<number>(15).fill(0)];
    const result = assess(input, r.asOf);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(!result.ok && result.error)).toContain('questionnaires.fabq');
  });

  it('refuses a plan starting 9999-12-31 or more than a year from its assessment', () => {
    const r = exampleResult('01-acute-flexion-intolerant-manipulation');
    for (const startDate of ['9999-12-31', '2029-01-01']) {
      const p = generatePlan(r, CATALOG, { startDate });
      expect(!p.ok && p.error).toMatchObject({ kind: 'invalid-options', field: 'startDate' });
    }
    expect(generatePlan(r, CATALOG, { startDate: r.asOf }).ok).toBe(true);
  });
});
