export { evaluateCondition } from './condition.js';
export {
  AXSPA_EARLY_ONSET_AGE_YEARS,
  AXSPA_MIN_DURATION_DAYS,
  AXSPA_ONSET_AGE_YEARS,
  FRACTURE_AGE_YEARS,
  MALIGNANCY_AGE_YEARS,
} from './derived-facts.js';
export { FACT_LABELS } from './fact-labels.js';
export { RED_FLAG_SCREEN_EVIDENCE } from './flag-common.js';
export { RED_FLAGS } from './flags.js';
export {
  JOURNAL_RED_FLAG_SYMPTOMS,
  RED_FLAG_QUESTION_IDS,
  RED_FLAG_QUESTIONS,
} from './questions.js';
export { NOT_ASKED_REASON_MAX } from './input.js';
export { rescreen } from './rescreen.js';
export { safetyStateOf } from './safety.js';
export { screenRedFlags } from './screen.js';
export { findingLevelRank, mostUrgent, triageRank } from './triage.js';
export type {
  Condition,
  ConditionOutcome,
  DerivedFactId,
  FactId,
  Finding,
  FindingLevel,
  JournalRedFlagSymptom,
  JournalSymptomId,
  RedFlagDefinition,
  RedFlagId,
  RedFlagQuestion,
  RedFlagQuestionId,
  RedFlagAnswer,
  Rescreen,
  SafetyState,
  ScreenContext,
  ScreenInput,
  ScreenResult,
  TierRule,
  Triage,
} from './types.js';
