import { definitionFacts } from './definition-facts.js';
import type { InstrumentDefinition, LoincObservation, RiskLevel, Subscale } from './types.js';

/**
 * LOINC observations for a score: answered items, subscales, the score and the risk level, each
 * only where the definition carries a code. Codes are never made up here.
 */
export function loincObservations(
  definition: InstrumentDefinition,
  itemScores: readonly (number | null)[],
  subscales: Partial<Record<Subscale['id'], number>>,
  score: number,
  risk: RiskLevel | undefined,
): LoincObservation[] {
  const name = definition.abbreviation;
  const observations: LoincObservation[] = [];
  const { items } = definition;
  const displays = definitionFacts(definition).itemDisplays;
  for (let index = 0; index < items.length; index++) {
    const code = items[index]?.loinc;
    const value = itemScores[index];
    const display = displays[index];
    if (code !== undefined && display !== undefined && value !== undefined && value !== null) {
      observations.push({ code, display, value });
    }
  }
  for (const subscale of definition.scoring.subscales ?? []) {
    const value = subscales[subscale.id];
    if (subscale.loinc !== undefined && value !== undefined) {
      observations.push({
        code: subscale.loinc,
        display: `${name} ${subscale.label.toLowerCase()} subscale`,
        value,
      });
    }
  }
  if (definition.loinc.score !== undefined) {
    observations.push({ code: definition.loinc.score, display: `${name} score`, value: score });
  }
  if (definition.loinc.risk !== undefined && risk !== undefined) {
    const answerCode = definition.scoring.risk?.answerCodes?.[risk];
    observations.push({
      code: definition.loinc.risk,
      display: `${name} risk level: ${risk}${answerCode === undefined ? '' : ` (${answerCode})`}`,
      value: risk,
      ...(answerCode === undefined ? {} : { answerCode }),
    });
  }
  return observations;
}
