import { maxOptionScore, type Tally } from './answers.js';
import { definitionFacts } from './definition-facts.js';
import { bandRange, formatNumber, itemNoun } from './format.js';
import type { Band, InstrumentDefinition, RiskLevel, Subscale, SubscaleCutOff } from './types.js';

/** What the scorer worked out, to be put into sentences. */
export interface ScoreFacts {
  readonly tally: Tally;
  readonly subscales: Partial<Record<Subscale['id'], number>>;
  readonly score: number;
  readonly band: Band | undefined;
  readonly risk: RiskLevel | undefined;
}

const DESIGN_NOTE = 'a choice of our own design, which a clinic may change';

/** The score as the instrument reports it: ODI and PSFS keep their fixed decimal place. */
export function formatScore(definition: InstrumentDefinition, score: number): string {
  const { method } = definition.scoring;
  return method.kind === 'percent' || method.kind === 'mean'
    ? score.toFixed(method.decimals)
    : formatNumber(score);
}

/** Highest possible sum over the given 1-based item numbers. */
export function maxScoreOf(definition: InstrumentDefinition, numbers: readonly number[]): number {
  let sum = 0;
  for (const item of definition.items)
    if (numbers.includes(item.number)) sum += maxOptionScore(item);
  return sum;
}

/**
 * Plain sentences a clinician can check: how the score was computed, what was skipped or left
 * unscored, the subscales and their cut-offs, and the band and risk the score gives.
 */
export function explainScore(definition: InstrumentDefinition, facts: ScoreFacts): string[] {
  const { scoring } = definition;
  const { tally } = facts;
  const reasons = [explainMethod(definition, facts)];
  const skipped = tally.scoredSkipped;
  if (skipped.length > 0) {
    const design = scoring.maxSkippedIsDesign === true ? ` (${DESIGN_NOTE})` : '';
    reasons.push(
      `${skipped.length} ${itemNoun(definition, skipped.length)} ${skipped.length === 1 ? 'was' : 'were'} skipped (${skipped.join(', ')}) and left out of the score; at most ${scoring.maxSkipped} may be skipped${design}.`,
    );
  }
  const fixed = definitionFacts(definition);
  if (fixed.unscoredNumbers.length > 0) {
    reasons.push(
      `${capitalise(itemNoun(definition, 2))} ${fixed.unscoredNumbers.join(', ')} are recorded but not scored.`,
    );
  }
  for (const subscale of scoring.subscales ?? []) {
    const value = facts.subscales[subscale.id] ?? 0;
    reasons.push(
      `${subscale.label} subscale (${itemNoun(definition, 2)} ${subscale.items.join(', ')}): ${value} out of ${fixed.subscaleMax[subscale.id] ?? 0}.`,
    );
    for (const cutOff of subscale.cutOffs ?? []) {
      reasons.push(explainCutOff(subscale.label, value, cutOff));
    }
  }
  if (facts.band !== undefined) reasons.push(explainBand(definition, facts.score, facts.band));
  const rule = scoring.risk;
  if (facts.risk !== undefined && rule !== undefined) {
    const sub = facts.subscales[rule.subscale] ?? 0;
    const label = scoring.subscales?.find((s) => s.id === rule.subscale)?.label ?? rule.subscale;
    const condition =
      facts.risk === 'high' ? `${rule.highMinSubscale} or more` : `below ${rule.highMinSubscale}`;
    reasons.push(
      facts.risk === 'low'
        ? `Total ${tally.total} is ${rule.lowMaxTotal} or less, so the risk is low.`
        : `Total ${tally.total} is more than ${rule.lowMaxTotal} and the ${label.toLowerCase()} subscale ${sub} is ${condition}, so the risk is ${facts.risk}.`,
    );
  }
  return reasons;
}

function explainMethod(definition: InstrumentDefinition, facts: ScoreFacts): string {
  const { tally } = facts;
  const name = definition.abbreviation;
  const shown = formatScore(definition, facts.score);
  const count = tally.scoredAnswered.length;
  const answered = `${count} ${itemNoun(definition, count)} answered`;
  const method = definition.scoring.method;
  switch (method.kind) {
    case 'sum':
      return `${name}: the score is the sum of the ${answered}, ${shown} out of a possible ${tally.maxPossible}.`;
    case 'percent':
      return `${name}: ${tally.total} points from ${answered}, out of a possible ${tally.maxPossible}, is ${shown}%.`;
    case 'mean': {
      const ratings = tally.itemScores.filter((s) => s !== null).join(', ');
      return `${name}: the score is the mean of the ${answered} (${ratings}), ${shown} out of ${definition.range.max}.`;
    }
    case 'subscale': {
      const subscale = definition.scoring.subscales?.find((s) => s.id === method.subscale);
      const label = subscale?.label.toLowerCase() ?? method.subscale;
      return `${name}: the headline score is the ${label} subscale, ${shown}.`;
    }
  }
}

function explainBand(definition: InstrumentDefinition, score: number, band: Band): string {
  const between =
    score < band.min ? '; a score between two published bands counts in the higher one' : '';
  const design = band.design === true ? `; these cut-offs are ${DESIGN_NOTE}` : '';
  return `A score of ${formatScore(definition, score)} is in the band "${band.label}" (${bandRange(band)}${between}${design}).`;
}

function explainCutOff(label: string, value: number, cutOff: SubscaleCutOff): string {
  const met = cutOff.when === 'below' ? value < cutOff.value : value > cutOff.value;
  const source = cutOff.evidence === undefined ? '' : ` (${cutOff.evidence})`;
  const where = `${cutOff.when} ${cutOff.value}`;
  return met
    ? `${label} subscale ${value} is ${where}, which is ${cutOff.meaning}${source}.`
    : `${label} subscale ${value} is not ${where}; ${where} would be ${cutOff.meaning}${source}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
