import type { EvidenceId } from '../evidence.js';

/** Most to least urgent. `clear` means no flag routes care away from physical therapy. */
export type Triage = 'emergency' | 'urgent' | 'routine-referral' | 'clear';

/** A finding's own level; `note` is recorded for the clinician but does not change the triage. */
export type FindingLevel = 'emergency' | 'urgent' | 'routine-referral' | 'note';

export type RedFlagId =
  | 'cauda-equina'
  | 'cord-compression-cancer'
  | 'malignancy'
  | 'fracture'
  | 'infection'
  | 'axial-spondyloarthritis';

/** Questions asked at intake (answered yes/no). Derived facts are computed from the context. */
export type RedFlagQuestionId =
  // cauda equina: new or worsening in the last 14 days
  | 'saddle-numbness'
  | 'bladder-change'
  | 'bowel-change'
  | 'sexual-dysfunction'
  | 'bilateral-leg-symptoms'
  | 'progressive-leg-weakness'
  // cancer, cord compression, malignancy
  | 'cancer-history'
  | 'thoracic-pain'
  | 'progressive-unremitting-pain'
  | 'pain-worse-straining'
  | 'night-pain-stops-sleep'
  | 'spinal-tenderness'
  | 'neurological-deficit'
  | 'unexplained-weight-loss'
  | 'no-improvement-4-weeks'
  // fracture
  | 'significant-trauma'
  | 'minor-trauma-osteoporosis'
  | 'long-term-corticosteroids'
  | 'bruise-over-spine'
  // infection
  | 'fever'
  | 'systemically-unwell'
  | 'iv-drug-use'
  | 'immunosuppression'
  | 'recent-infection-or-spinal-procedure'
  // axial spondyloarthritis features
  | 'waking-second-half-night'
  | 'buttock-pain'
  | 'better-with-movement'
  | 'nsaid-response'
  | 'family-history-spondyloarthritis'
  | 'arthritis'
  | 'enthesitis'
  | 'psoriasis';

/** Facts the screen derives from the context rather than asking. */
export type DerivedFactId =
  | 'age-over-70'
  | 'age-over-50-new-pain'
  | 'onset-before-35'
  | 'onset-before-45-lasting-over-3-months'
  | 'measured-fever';

export type FactId = RedFlagQuestionId | DerivedFactId;

export interface RedFlagQuestion {
  readonly id: RedFlagQuestionId;
  readonly flags: readonly RedFlagId[];
  /** Wording for the clinician, our own. */
  readonly text: string;
  /** Plain-language wording for the patient, our own. */
  readonly patientText: string;
}

/** A tiny condition language, so the tiers stay reviewable data rather than code. */
export type Condition =
  | { readonly fact: FactId }
  | { readonly any: readonly Condition[] }
  | { readonly all: readonly Condition[] }
  | { readonly countAtLeast: number; readonly of: readonly FactId[] }
  | { readonly countExactly: number; readonly of: readonly FactId[] };

export interface TierRule {
  readonly when: Condition;
  readonly level: FindingLevel;
  /** What the clinician must do, our own words. */
  readonly action: string;
  /** What the patient is told, plain language; present for emergency and urgent tiers. */
  readonly patientAction?: string;
}

export interface RedFlagDefinition {
  readonly id: RedFlagId;
  readonly name: string;
  /** Checked in order; the first rule whose condition holds gives the flag's finding. */
  readonly tiers: readonly TierRule[];
  readonly evidence: readonly EvidenceId[];
}

/** What the screen needs besides the answers; ages in whole years, duration in days. */
export interface ScreenContext {
  readonly age: number;
  /** Age when back pain first began: the recorded age at first onset, else this episode's. */
  readonly ageAtOnset: number;
  readonly symptomDurationDays: number;
  readonly firstEpisode: boolean;
  /** Body temperature measured at the examination, degrees Celsius; absent when not taken. */
  readonly temperatureCelsius?: number;
}

/**
 * An answer to one question: yes (`true`), no (`false`), or deliberately not asked, with the
 * reason (trimmed, 1 to 500 characters). Not asked counts as not present for the triage, but it
 * completes the screen; a question with no answer at all leaves it incomplete (red-flags.md).
 */
export type RedFlagAnswer = boolean | { readonly notAsked: string };

export interface ScreenInput {
  readonly answers: Partial<Record<RedFlagQuestionId, RedFlagAnswer>>;
  readonly context: ScreenContext;
}

/**
 * A patient-level safety state (red-flags.md): an emergency or urgent triage, at intake or from
 * the patient, pauses the programme until a clinician records the outcome.
 */
export type SafetyState = 'clear' | 'urgent' | 'emergency';

export interface Finding {
  readonly flag: RedFlagId;
  readonly flagName: string;
  readonly level: FindingLevel;
  /** The facts (answers or derived) that raised it. */
  readonly raisedBy: readonly FactId[];
  readonly action: string;
  readonly patientAction?: string;
  readonly evidence: readonly EvidenceId[];
}

export interface ScreenResult {
  readonly triage: Triage;
  readonly findings: readonly Finding[];
  /** Questions with no answer: the screen is incomplete until they are asked. */
  readonly unanswered: readonly RedFlagQuestionId[];
  /** Questions deliberately not asked, with the clinician's reason; they complete the screen. */
  readonly notAsked: readonly { readonly id: RedFlagQuestionId; readonly reason: string }[];
  /** True when every question is answered yes, no or not asked (`unanswered` is empty). */
  readonly complete: boolean;
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

/** What `evaluateCondition` concludes, with the facts that made the condition true. */
export interface ConditionOutcome {
  readonly holds: boolean;
  /** Present facts that made it hold; empty when it does not. */
  readonly raisedBy: readonly FactId[];
}

/** Symptoms a patient can report in a journal entry; each re-runs the screen. */
export type JournalSymptomId =
  | 'saddle-numbness'
  | 'bladder-change'
  | 'bowel-change'
  | 'weakness-both-legs'
  | 'fever'
  | 'unexplained-weight-loss'
  | 'night-pain';

export interface JournalRedFlagSymptom {
  readonly id: JournalSymptomId;
  /** Plain-language label the patient picks, our own words. */
  readonly patientLabel: string;
  /** Screen questions that reporting this symptom answers yes. */
  readonly answersYes: readonly RedFlagQuestionId[];
}

/** A re-run of the screen after symptoms the patient reported. */
export interface Rescreen {
  readonly input: ScreenInput;
  readonly result: ScreenResult;
  /** Findings that are new, more urgent, or raised by new facts compared with the baseline screen. */
  readonly newFindings: readonly Finding[];
  /** The known symptoms reported, once each, in `JOURNAL_RED_FLAG_SYMPTOMS` order; unknown ids dropped. */
  readonly symptoms: readonly JournalSymptomId[];
  /** `safetyStateOf(newFindings)`: what the new report means for the patient's safety state. */
  readonly safety: SafetyState;
}
