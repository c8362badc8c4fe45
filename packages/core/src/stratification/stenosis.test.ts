import { describe, expect, it } from 'vitest';
import { findStenosis, type StenosisInput } from './stenosis.js';

/** The full pattern: 68, below the knee, walking brings it on, sitting eases it. */
const PATTERN: StenosisInput = {
  age: 68,
  extent: 'below-knee',
  legNumbnessOrTingling: false,
  aggravating: ['walking'],
  easing: ['sitting'],
};

describe('findStenosis', () => {
  it.each<[string, Partial<StenosisInput>, boolean]>([
    ['the full pattern', {}, true],
    ['at 50', { age: 50 }, true],
    ['at 49', { age: 49 }, false],
    ['thigh symptoms', { extent: 'thigh' }, true],
    ['foot symptoms', { extent: 'foot' }, true],
    ['buttock only', { extent: 'buttock' }, false],
    ['back only with leg tingling', { extent: 'back-only', legNumbnessOrTingling: true }, true],
    ['back only', { extent: 'back-only' }, false],
    ['standing aggravates', { aggravating: ['standing'] }, true],
    ['only sitting aggravates', { aggravating: ['sitting'] }, false],
    ['bending eases', { easing: ['bending'] }, true],
    ['only lying eases', { easing: ['lying-down'] }, false],
    ['nothing eases', { easing: [] }, false],
  ])('%s: suspected %s', (_name, change, suspected) => {
    const result = findStenosis({ ...PATTERN, ...change });
    expect(result.suspected).toBe(suspected);
    expect(result.evidence).toEqual(['apta-cpg-2012', 'tbc-2016']);
    expect(result.reasons.at(-1)).toMatch(suspected ? /^The pattern/ : /^Not the pattern/);
  });

  it('names each part and the walking tolerance when measured', () => {
    const result = findStenosis({
      ...PATTERN,
      aggravating: ['walking', 'standing'],
      easing: ['sitting', 'bending'],
      walkingToleranceMinutes: 8,
    });
    expect(result.reasons).toEqual([
      'Age 68 (50 or over).',
      'Leg symptoms.',
      'Aggravated by walking and standing.',
      'Eased by sitting and bending.',
      'Walks 8 min before symptoms stop them.',
      'The pattern of spinal stenosis: flexion-bias work and interval walking suit it.',
    ]);
  });
});
