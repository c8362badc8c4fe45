import { describe, expect, it } from 'vitest';
import { evaluateManipulationRule, evaluateStabilisationRule } from './prediction-rules.js';

const manipulationBase = {
  symptomDurationDays: 10,
  extent: 'buttock',
  fabqWork: 12,
  hipInternalRotation: { left: 38 },
  lumbarHypomobility: true,
} as const;

describe('evaluateManipulationRule (flynn-2002)', () => {
  it('is positive with all five criteria and gives both likelihood ratios', () => {
    const r = evaluateManipulationRule(manipulationBase);
    expect(r.positive).toBe(true);
    expect(r.criteriaMet).toBe(5);
    expect(r.likelihoodRatios.map((l) => l.value)).toEqual([24.4, 13.2, 7.2]);
    expect(r.caveats.join(' ')).toMatch(/Hancock 2008/);
  });

  it('is positive with four, negative with three', () => {
    expect(evaluateManipulationRule({ ...manipulationBase, fabqWork: 19 }).positive).toBe(true);
    const three = evaluateManipulationRule({
      ...manipulationBase,
      fabqWork: 19,
      lumbarHypomobility: false,
    });
    expect(three.positive).toBe(false);
    expect(three.criteriaMet).toBe(3);
  });

  it.each([
    ['symptoms for 16 days', { symptomDurationDays: 16 }, 'duration'],
    ['symptoms below the knee', { extent: 'below-knee' }, 'no-distal'],
    ['hip rotation of exactly 35', { hipInternalRotation: { left: 35, right: 30 } }, 'hip-ir'],
  ] as const)('does not count %s', (_name, change, id) => {
    const r = evaluateManipulationRule({ ...manipulationBase, ...change });
    expect(r.criteria.find((c) => c.id === id)?.status).toBe('not-met');
  });

  it('marks unmeasured criteria unknown and says the rule could still be positive', () => {
    const r = evaluateManipulationRule({
      ...manipulationBase,
      fabqWork: null,
      hipInternalRotation: undefined,
    });
    expect(r.criteriaUnknown).toBe(2);
    expect(r.positive).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/could still be positive/);
    expect(r.likelihoodRatios).toEqual([{ value: 7.2, context: 'two-item version' }]);
  });
});

describe('evaluateStabilisationRule (hicks-2005)', () => {
  const base = {
    age: 27,
    straightLegRaise: { left: 94, right: 96 },
    aberrantMovement: true,
    proneInstabilityTest: 'positive',
  } as const;

  it('is positive with three or more criteria, with LR+ about 4 and its caveat', () => {
    const r = evaluateStabilisationRule({ ...base, age: 45 });
    expect(r.positive).toBe(true);
    expect(r.criteriaMet).toBe(3);
    expect(r.likelihoodRatios[0]?.value).toBe(4);
    expect(r.caveats.join(' ')).toMatch(/not confirmed/);
  });

  it('uses the average straight-leg raise and is negative with two criteria', () => {
    const r = evaluateStabilisationRule({
      ...base,
      straightLegRaise: { left: 100, right: 80 },
      proneInstabilityTest: 'negative',
    });
    expect(r.criteria.find((c) => c.id === 'slr')?.status).toBe('not-met');
    expect(r.positive).toBe(false);
    expect(r.likelihoodRatios).toEqual([]);
  });
});
