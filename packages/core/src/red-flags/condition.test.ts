import { describe, expect, it } from 'vitest';
import { evaluateCondition } from './condition.js';
import type { Condition, ConditionOutcome, FactId } from './types.js';

const PRESENT: ReadonlySet<FactId> = new Set<FactId>(['fever', 'psoriasis', 'arthritis']);
const no: ConditionOutcome = { holds: false, raisedBy: [] };
const yes = (...raisedBy: FactId[]): ConditionOutcome => ({ holds: true, raisedBy });

describe('evaluateCondition', () => {
  it.each<[string, Condition, ConditionOutcome]>([
    ['a present fact', { fact: 'fever' }, yes('fever')],
    ['an absent fact', { fact: 'iv-drug-use' }, no],
    [
      'any: credits every branch that holds',
      { any: [{ fact: 'fever' }, { fact: 'iv-drug-use' }, { fact: 'psoriasis' }] },
      yes('fever', 'psoriasis'),
    ],
    ['any: none holds', { any: [{ fact: 'iv-drug-use' }] }, no],
    ['any: empty', { any: [] }, no],
    [
      'all: every branch holds',
      { all: [{ fact: 'fever' }, { fact: 'psoriasis' }] },
      yes('fever', 'psoriasis'),
    ],
    ['all: one branch fails', { all: [{ fact: 'fever' }, { fact: 'iv-drug-use' }] }, no],
    [
      'countAtLeast met',
      { countAtLeast: 2, of: ['fever', 'psoriasis', 'enthesitis'] },
      yes('fever', 'psoriasis'),
    ],
    ['countAtLeast not met', { countAtLeast: 3, of: ['fever', 'psoriasis', 'enthesitis'] }, no],
    ['countExactly met', { countExactly: 1, of: ['fever', 'enthesitis'] }, yes('fever')],
    ['countExactly exceeded', { countExactly: 1, of: ['fever', 'psoriasis'] }, no],
    ['a fact listed twice counts once', { countAtLeast: 2, of: ['fever', 'fever'] }, no],
    [
      'nested: all of a fact and a count, facts deduplicated',
      { all: [{ fact: 'fever' }, { countAtLeast: 1, of: ['fever', 'arthritis'] }] },
      yes('fever', 'arthritis'),
    ],
  ])('%s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, PRESENT)).toEqual(expected);
  });
});
