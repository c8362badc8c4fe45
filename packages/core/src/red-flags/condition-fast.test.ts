import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionHolds, evaluateCondition } from './condition.js';
import { RED_FLAGS } from './flags.js';
import { FACT_LABELS } from './fact-labels.js';
import type { FactId, RedFlagDefinition } from './types.js';

const FACTS = Object.keys(FACT_LABELS) as FactId[];
const CONDITIONS = (RED_FLAGS as readonly RedFlagDefinition[]).flatMap((f) =>
  f.tiers.map((t) => t.when),
);

describe('conditionHolds, the allocation-free check the screen runs first', () => {
  it('agrees with evaluateCondition on every tier for any set of facts', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...FACTS)), (present) => {
        const facts = new Set(present);
        for (const condition of CONDITIONS) {
          expect(conditionHolds(condition, facts)).toBe(evaluateCondition(condition, facts).holds);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
