import type { EvidenceId } from '../evidence.js';
import type { Result } from '../result.js';

export type InstrumentId = 'nprs' | 'odi' | 'rmdq' | 'startback' | 'fabq' | 'psfs' | 'pseq';

/** One answer option. Options are listed lowest score first; the CLI addresses them by index. */
export interface AnswerOption {
  readonly score: number;
  /** Our own short wording, a paraphrase: never the instrument's licensed text. */
  readonly label: string;
}

export interface InstrumentItem {
  /** Stable id, used by content packs and stored answers, e.g. `odi.walking`, `startback.5`. */
  readonly id: string;
  /** 1-based number as on the official form. */
  readonly number: number;
  /** Short paraphrase in our own words. */
  readonly label: string;
  readonly options: readonly AnswerOption[];
  readonly loinc?: string;
}

export interface Band {
  readonly id: string;
  readonly label: string;
  /**
   * Inclusive bounds on the instrument's score, as published. Bands are listed lowest first and
   * a score belongs to the first band whose `max` it does not exceed, so a one-decimal score
   * between two published bands (ODI 20.5) falls in the higher one instead of a gap.
   */
  readonly min: number;
  readonly max: number;
  /** True when the cut-offs are a [design] choice of ours rather than published. */
  readonly design?: boolean;
}

/** A published threshold on a subscale that carries a clinical meaning (FABQ work < 19, > 29). */
export interface SubscaleCutOff {
  /** The finding holds when the subscale is strictly below or strictly above `value`. */
  readonly when: 'below' | 'above';
  readonly value: number;
  /** Completes "which is ...", e.g. "a criterion of the spinal manipulation prediction rule". */
  readonly meaning: string;
  readonly evidence?: EvidenceId;
}

export interface Subscale {
  readonly id: 'psychosocial' | 'physicalActivity' | 'work';
  readonly label: string;
  /** 1-based item numbers. */
  readonly items: readonly number[];
  readonly loinc?: string;
  readonly cutOffs?: readonly SubscaleCutOff[];
}

/**
 * How the item scores become the instrument's score.
 * - sum: sum of item scores (over `scoredItems` when given).
 * - percent: sum / (max item score x items answered) x 100, one decimal (ODI).
 * - mean: mean of item scores, one decimal (PSFS).
 * - subscale: the named subscale is the headline score (FABQ).
 */
export type ScoringMethod =
  | { readonly kind: 'sum' }
  | { readonly kind: 'percent'; readonly decimals: number }
  | { readonly kind: 'mean'; readonly decimals: number }
  | { readonly kind: 'subscale'; readonly subscale: Subscale['id'] };

export interface ScoringRule {
  readonly method: ScoringMethod;
  /** Items that may be skipped before the score is not computable (a [design] constant where marked). */
  readonly maxSkipped: number;
  /** True when `maxSkipped` is a [design] choice of ours rather than published. */
  readonly maxSkippedIsDesign?: boolean;
  /**
   * 1-based numbers of the items that count towards the score and the skip limit; all items
   * when absent. The others (FABQ 1, 8, 13, 14, 16) are recorded but may be skipped freely.
   */
  readonly scoredItems?: readonly number[];
  /** Allowed number of answers given (PSFS takes 3-5 activities; the rest a fixed count). */
  readonly itemCount: { readonly min: number; readonly max: number };
  readonly subscales?: readonly Subscale[];
  /** STarT Back risk: total <= lowMaxTotal is low; else subscale >= highMinSubscale is high; else medium. */
  readonly risk?: {
    readonly subscale: Subscale['id'];
    readonly lowMaxTotal: number;
    readonly highMinSubscale: number;
    /** LOINC answer codes (LA...) for each risk level. */
    readonly answerCodes?: Readonly<Record<RiskLevel, string>>;
  };
}

/** Ostelo 2008 either/or rule, or an absolute-only threshold, or absolute plus a change of band (PSEQ). */
export type ImportantChangeRule =
  | { readonly kind: 'absolute-or-relative'; readonly points: number; readonly percent: number }
  | { readonly kind: 'absolute'; readonly points: number }
  | { readonly kind: 'absolute-and-band'; readonly points: number };

export interface InstrumentDefinition {
  readonly id: InstrumentId;
  readonly name: string;
  readonly abbreviation: string;
  /** Our own description of what it measures and how it is scored. */
  readonly description: string;
  readonly recallPeriod?: string;
  readonly labelsAreParaphrases: true;
  /** What one item is called in messages (ODI "section", PSFS "activity"); "item" when absent. */
  readonly itemNoun?: { readonly singular: string; readonly plural: string };
  readonly licence: string;
  readonly items: readonly InstrumentItem[];
  readonly scoring: ScoringRule;
  readonly bands?: readonly Band[];
  readonly range: { readonly min: number; readonly max: number };
  readonly higherIsBetter: boolean;
  readonly importantChange?: ImportantChangeRule;
  readonly loinc: { readonly panel?: string; readonly score?: string; readonly risk?: string };
  readonly evidence: readonly EvidenceId[];
}

export type RiskLevel = 'low' | 'medium' | 'high';

export interface LoincObservation {
  readonly code: string;
  readonly display: string;
  readonly value: number | string;
  /** LOINC answer code (LA...) when the value is a coded answer, e.g. the STarT Back risk level. */
  readonly answerCode?: string;
}

export interface ScoreResult {
  readonly instrument: InstrumentId;
  readonly score: number;
  /** Item scores in item order; null where skipped. */
  readonly itemScores: readonly (number | null)[];
  readonly answered: number;
  readonly skipped: number;
  readonly subscales: Partial<Record<Subscale['id'], number>>;
  /** Sum of all scored items (STarT total). */
  readonly total?: number;
  readonly band?: Band;
  readonly risk?: RiskLevel;
  /** Plain sentences a clinician can check. */
  readonly reasons: readonly string[];
  readonly loinc: readonly LoincObservation[];
  readonly evidence: readonly EvidenceId[];
}

export type ScoreError =
  | { readonly kind: 'unknown-instrument'; readonly message: string }
  | { readonly kind: 'invalid-answers'; readonly message: string }
  | {
      readonly kind: 'wrong-item-count';
      readonly message: string;
      readonly expected: { readonly min: number; readonly max: number };
      readonly actual: number;
    }
  | {
      readonly kind: 'answer-out-of-range';
      readonly message: string;
      readonly itemId: string;
      readonly itemNumber: number;
      readonly value: unknown;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly kind: 'too-many-skipped';
      readonly message: string;
      readonly skipped: number;
      readonly maxSkipped: number;
    };

export type ScoreOutcome = Result<ScoreResult, ScoreError>;

/** An answer as stored or typed: the 0-based index of the chosen option, or null when skipped. */
export type Answer = number | null;

export type ChangeVerdict = 'important-improvement' | 'important-worsening' | 'no-important-change';

export interface ChangeAssessment {
  readonly instrument: InstrumentId;
  readonly baseline: number;
  readonly followUp: number;
  /** followUp - baseline. */
  readonly change: number;
  /** Change as a percentage of baseline; null when the baseline is 0. */
  readonly percentChange: number | null;
  readonly verdict: ChangeVerdict;
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

export type ChangeError =
  | { readonly kind: 'no-important-change-rule'; readonly message: string }
  | { readonly kind: 'score-out-of-range'; readonly message: string; readonly value: unknown };
