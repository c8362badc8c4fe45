import { readAnswers, readList, readOwn } from './input.js';
import { JOURNAL_RED_FLAG_SYMPTOMS } from './questions.js';
import { screenRedFlags } from './screen.js';
import { findingLevelRank } from './triage.js';
import type { Finding, RedFlagQuestionId, Rescreen, ScreenContext, ScreenInput } from './types.js';

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
 * Re-runs the screen after a journal entry reports symptoms (red-flags.md: new ones re-open the
 * triage). Each known symptom answers its questions yes, overriding an earlier no because the
 * patient is reporting it now; unknown symptom ids are ignored. Never throws.
 */
export function rescreenWithSymptoms(
  previous: ScreenInput,
  symptomIds: readonly string[],
): Rescreen {
  const before = screenRedFlags(previous);
  const answers: Partial<Record<RedFlagQuestionId, boolean>> = {};
  for (const [id, value] of readAnswers(previous)) answers[id] = value;
  const reported = readList(symptomIds);
  for (const symptom of JOURNAL_RED_FLAG_SYMPTOMS) {
    if (!reported.includes(symptom.id)) continue;
    for (const id of symptom.answersYes) answers[id] = true;
  }
  // Passed through as given so the caller's record is kept; the screen tolerates a bad one.
  const input: ScreenInput = { answers, context: readOwn(previous, 'context') as ScreenContext };
  const result = screenRedFlags(input);
  return {
    input,
    result,
    newFindings: result.findings.filter((finding) => isNewFinding(finding, before.findings)),
  };
}
