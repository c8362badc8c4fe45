import type { Condition, ConditionOutcome, FactId } from './types.js';

const DOES_NOT_HOLD: ConditionOutcome = { holds: false, raisedBy: [] };

function holdsWith(groups: readonly (readonly FactId[])[]): ConditionOutcome {
  return { holds: true, raisedBy: [...new Set(groups.flat())] };
}

function countPresent(of: readonly FactId[], facts: ReadonlySet<FactId>): readonly FactId[] {
  return [...new Set(of.filter((fact) => facts.has(fact)))];
}

function countOf(of: readonly FactId[], facts: ReadonlySet<FactId>): number {
  let n = 0;
  for (const fact of of) if (facts.has(fact)) n++;
  return n;
}

/**
 * Whether a condition holds, without working out which facts raised it. Most tiers do not hold,
 * and this check allocates nothing, so the screen stays cheap on a clear assessment.
 */
export function conditionHolds(condition: Condition, facts: ReadonlySet<FactId>): boolean {
  if ('fact' in condition) return facts.has(condition.fact);
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, facts));
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, facts));
  if ('countAtLeast' in condition) return countOf(condition.of, facts) >= condition.countAtLeast;
  return countOf(condition.of, facts) === condition.countExactly;
}

/**
 * Decides a tier condition against the facts that are present, and names the facts that made it
 * hold so a finding can show exactly what raised it. For `any`, every branch that holds is
 * credited, not just the first: a clinician should see all the answers behind an emergency.
 */
export function evaluateCondition(
  condition: Condition,
  facts: ReadonlySet<FactId>,
): ConditionOutcome {
  if ('fact' in condition) {
    return facts.has(condition.fact) ? holdsWith([[condition.fact]]) : DOES_NOT_HOLD;
  }
  if ('any' in condition) {
    const held = condition.any.map((c) => evaluateCondition(c, facts)).filter((o) => o.holds);
    return held.length > 0 ? holdsWith(held.map((o) => o.raisedBy)) : DOES_NOT_HOLD;
  }
  if ('all' in condition) {
    const outcomes = condition.all.map((c) => evaluateCondition(c, facts));
    return outcomes.every((o) => o.holds)
      ? holdsWith(outcomes.map((o) => o.raisedBy))
      : DOES_NOT_HOLD;
  }
  if ('countAtLeast' in condition) {
    const present = countPresent(condition.of, facts);
    return present.length >= condition.countAtLeast ? holdsWith([present]) : DOES_NOT_HOLD;
  }
  const present = countPresent(condition.of, facts);
  return present.length === condition.countExactly ? holdsWith([present]) : DOES_NOT_HOLD;
}
