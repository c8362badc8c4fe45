import { err, ok, type Result } from '../result.js';
import type { EvidenceId } from '../evidence.js';
import { tallyAnswers, type Tally } from './answers.js';
import { findBand } from './bands.js';
import { describeValue } from './format.js';
import { loincObservations } from './observations.js';
import { INSTRUMENT_IDS, getInstrument } from './registry.js';
import { explainScore } from './score-reasons.js';
import type {
  InstrumentDefinition,
  RiskLevel,
  ScoreError,
  ScoreOutcome,
  ScoreResult,
  ScoringRule,
  Subscale,
} from './types.js';

/**
 * Scores any instrument from its definition. `answers` holds one option index per item (null
 * when skipped); anything else becomes a typed error, never an exception or a wrong number.
 */
export function scoreInstrument(definition: InstrumentDefinition, answers: unknown): ScoreOutcome {
  const tallied = tallyAnswers(definition, answers);
  if (!tallied.ok) return tallied;
  const tally = tallied.value;
  const { scoring } = definition;
  const subscales = scoreSubscales(scoring.subscales ?? [], tally.itemScores);
  const score = headlineScore(scoring, tally, subscales);
  const band = findBand(definition.bands, score);
  const risk =
    scoring.risk === undefined
      ? undefined
      : classifyRisk(scoring.risk, tally.total, subscales[scoring.risk.subscale] ?? 0);
  // A total is meaningful for summed instruments (STarT, RMDQ, PSEQ), not for FABQ's subscales.
  const hasTotal = scoring.method.kind === 'sum';
  // Optional fields are assigned after the literal: conditional spreads cost more on this path.
  const result: { -readonly [K in keyof ScoreResult]: ScoreResult[K] } = {
    instrument: definition.id,
    score,
    itemScores: tally.itemScores,
    answered: tally.answered,
    skipped: tally.skipped,
    subscales,
    reasons: explainScore(definition, { tally, subscales, score, band, risk }),
    loinc: loincObservations(definition, tally.itemScores, subscales, score, risk),
    evidence: evidenceOf(definition),
  };
  if (hasTotal) result.total = tally.total;
  if (band !== undefined) result.band = band;
  if (risk !== undefined) result.risk = risk;
  return ok(result);
}

const EVIDENCE_CACHE = new WeakMap<InstrumentDefinition, readonly EvidenceId[]>();

/** The instrument's evidence ids plus those its subscale cut-offs cite; computed once each. */
function evidenceOf(definition: InstrumentDefinition): readonly EvidenceId[] {
  const cached = EVIDENCE_CACHE.get(definition);
  if (cached !== undefined) return cached;
  const evidence = new Set<EvidenceId>(definition.evidence);
  for (const subscale of definition.scoring.subscales ?? []) {
    for (const cutOff of subscale.cutOffs ?? []) {
      if (cutOff.evidence !== undefined) evidence.add(cutOff.evidence);
    }
  }
  const list = [...evidence];
  EVIDENCE_CACHE.set(definition, list);
  return list;
}

/** Scores an instrument named by id; an unknown id is a typed error. */
export function scoreById(id: string, answers: unknown): ScoreOutcome {
  const definition = getInstrument(id);
  if (definition === undefined) return unknownInstrument(id);
  return scoreInstrument(definition, answers);
}

/**
 * STarT Back risk (startback-2008): total at or below the low cut-off is low; otherwise the
 * subscale decides between high (at or above its cut-off) and medium.
 */
export function classifyRisk(
  rule: NonNullable<ScoringRule['risk']>,
  total: number,
  subscale: number,
): RiskLevel {
  if (total <= rule.lowMaxTotal) return 'low';
  return subscale >= rule.highMinSubscale ? 'high' : 'medium';
}

function scoreSubscales(
  subscales: readonly Subscale[],
  itemScores: readonly (number | null)[],
): Partial<Record<Subscale['id'], number>> {
  const result: Partial<Record<Subscale['id'], number>> = {};
  for (const subscale of subscales) {
    result[subscale.id] = subscale.items.reduce(
      (sum, number) => sum + (itemScores[number - 1] ?? 0),
      0,
    );
  }
  return result;
}

function headlineScore(
  scoring: ScoringRule,
  tally: Tally,
  subscales: Partial<Record<Subscale['id'], number>>,
): number {
  const method = scoring.method;
  switch (method.kind) {
    case 'sum':
      return tally.total;
    case 'percent':
      // A skipped section lowers the possible maximum rather than counting as 0 (fairbank-2000).
      return roundTo((tally.total * 100) / tally.maxPossible, method.decimals);
    case 'mean':
      return roundTo(tally.total / tally.scoredAnswered.length, method.decimals);
    case 'subscale':
      // Registry tests check the named subscale exists; the total is only a typed fallback.
      return subscales[method.subscale] ?? tally.total;
  }
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function unknownInstrument(id: unknown): Result<never, ScoreError> {
  return err({
    kind: 'unknown-instrument',
    message: `No instrument matches ${describeValue(id)}; known ids are ${INSTRUMENT_IDS.join(', ')}.`,
  });
}
