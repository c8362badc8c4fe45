import { readAnswers, readContext, readList, readOwn } from './input.js';
import { JOURNAL_RED_FLAG_SYMPTOMS } from './questions.js';
import { safetyStateOf } from './safety.js';
import { screenRedFlags } from './screen.js';
import { findingLevelRank } from './triage.js';
import type {
  Finding,
  JournalSymptomId,
  RedFlagAnswer,
  RedFlagQuestionId,
  Rescreen,
  ScreenContext,
  ScreenInput,
} from './types.js';

/** No assessment yet: nothing answered, and every derived fact unknown (raises nothing). */
const UNKNOWN_CONTEXT: ScreenContext = {
  age: Number.NaN,
  ageAtOnset: Number.NaN,
  symptomDurationDays: Number.NaN,
  firstEpisode: false,
};

/**
 * New to the clinician: a flag that was absent, a more urgent level, or a fact that did not raise
 * it before. The last matters because a reviewed `urgent` must be reviewed again when new
 * evidence for it appears, even at the same level.
 */
function isNewFinding(finding: Finding, before: readonly Finding[]): boolean {
  const previous = before.find((old) => old.flag === finding.flag);
  if (previous === undefined) return true;
  if (findingLevelRank(finding.level) > findingLevelRank(previous.level)) return true;
  return finding.raisedBy.some((fact) => !previous.raisedBy.includes(fact));
}

/**
 * The context as given when every field is usable; otherwise unknown fields stay unknown. A
 * temperature measured at the assessment is not carried over: it described that day, and a new
 * fever is reported as a symptom.
 */
function contextOf(baseline: unknown): ScreenContext {
  if (baseline === null || baseline === undefined) return UNKNOWN_CONTEXT;
  const known = readContext(baseline);
  return {
    age: known.age ?? Number.NaN,
    ageAtOnset: known.ageAtOnset ?? Number.NaN,
    symptomDurationDays: known.symptomDurationDays ?? Number.NaN,
    firstEpisode: known.firstEpisode ?? false,
  };
}

/**
 * THE re-screen (red-flags.md): every path that screens new symptoms (journal, morning check,
 * symptom report) combines them with the answers of the patient's latest assessment, so night
 * pain in a person with a history of cancer is a cord-compression concern while night pain alone
 * is not (finucane-2020). Each known symptom answers its questions yes, overriding an earlier no
 * or "not asked" because the patient reports it now; unknown ids are ignored. `baseline` null
 * means no assessment yet: no answers, context unknown. Never throws.
 */
export function rescreen(props: {
  readonly baseline: ScreenInput | null;
  readonly symptoms: readonly string[];
}): Rescreen {
  // Read defensively: the screen is a safety net and may be handed anything from JavaScript.
  const baseline = readOwn(props, 'baseline');
  const context = contextOf(baseline);
  const answers: Partial<Record<RedFlagQuestionId, RedFlagAnswer>> = {};
  for (const [id, value] of readAnswers(baseline)) answers[id] = value;
  const before = screenRedFlags({ answers: { ...answers }, context });
  const reported = readList(readOwn(props, 'symptoms'));
  const symptoms: JournalSymptomId[] = [];
  for (const symptom of JOURNAL_RED_FLAG_SYMPTOMS) {
    if (!reported.includes(symptom.id)) continue;
    symptoms.push(symptom.id);
    for (const id of symptom.answersYes) answers[id] = true;
  }
  const input: ScreenInput = { answers, context };
  const result = screenRedFlags(input);
  const newFindings = result.findings.filter((finding) => isNewFinding(finding, before.findings));
  return { input, result, newFindings, symptoms, safety: safetyStateOf(newFindings) };
}
