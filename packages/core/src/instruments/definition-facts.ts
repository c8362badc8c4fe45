import { maxOptionScore } from './answers.js';
import type { InstrumentDefinition, Subscale } from './types.js';

/** What never changes for a definition but every score needs: worked out once per definition. */
export interface DefinitionFacts {
  /** Highest possible value of each subscale. */
  readonly subscaleMax: Partial<Record<Subscale['id'], number>>;
  /** Numbers of the items recorded but not scored (FABQ 1, 8, 13, 14, 16). */
  readonly unscoredNumbers: readonly number[];
  /** LOINC display text per item index, where the item has a code. */
  readonly itemDisplays: readonly (string | undefined)[];
}

const CACHE = new WeakMap<InstrumentDefinition, DefinitionFacts>();

/** The definition's fixed facts, from a cache keyed by the definition object. */
export function definitionFacts(definition: InstrumentDefinition): DefinitionFacts {
  const cached = CACHE.get(definition);
  if (cached !== undefined) return cached;
  const subscaleMax: Partial<Record<Subscale['id'], number>> = {};
  for (const subscale of definition.scoring.subscales ?? []) {
    let max = 0;
    for (const item of definition.items) {
      if (subscale.items.includes(item.number)) max += maxOptionScore(item);
    }
    subscaleMax[subscale.id] = max;
  }
  const scored = definition.scoring.scoredItems;
  const facts: DefinitionFacts = {
    subscaleMax,
    unscoredNumbers:
      scored === undefined
        ? []
        : definition.items.filter((i) => !scored.includes(i.number)).map((i) => i.number),
    itemDisplays: definition.items.map((item) =>
      item.loinc === undefined
        ? undefined
        : `${definition.abbreviation} item ${item.number}: ${item.label}`,
    ),
  };
  CACHE.set(definition, facts);
  return facts;
}
