import type { InstrumentDefinition, InstrumentItem, ScoringRule } from './types.js';

/**
 * The same definition with every field present in one fixed order. Each instrument literal has
 * its own set of optional fields, so V8 would see seven object shapes in the scorer and slow every
 * property read; one shape keeps the scorer's reads fast (measured: about 2x on `assess`).
 */
export function normaliseDefinition(d: InstrumentDefinition): InstrumentDefinition {
  return {
    id: d.id,
    name: d.name,
    abbreviation: d.abbreviation,
    description: d.description,
    recallPeriod: d.recallPeriod,
    labelsAreParaphrases: d.labelsAreParaphrases,
    licence: d.licence,
    itemNoun: d.itemNoun,
    items: d.items.map(normaliseItem),
    scoring: normaliseScoring(d.scoring),
    bands: d.bands,
    range: d.range,
    higherIsBetter: d.higherIsBetter,
    importantChange: d.importantChange,
    loinc: { panel: d.loinc.panel, score: d.loinc.score, risk: d.loinc.risk },
    evidence: d.evidence,
  };
}

function normaliseItem(item: InstrumentItem): InstrumentItem {
  return {
    id: item.id,
    number: item.number,
    label: item.label,
    options: item.options.map((o) => ({ score: o.score, label: o.label })),
    loinc: item.loinc,
  };
}

function normaliseScoring(s: ScoringRule): ScoringRule {
  return {
    method: s.method,
    maxSkipped: s.maxSkipped,
    maxSkippedIsDesign: s.maxSkippedIsDesign,
    itemCount: s.itemCount,
    scoredItems: s.scoredItems,
    subscales: s.subscales,
    risk: s.risk,
  };
}
