import type { DerivedFact } from './derived-facts.js';
import { FACT_LABELS } from './fact-labels.js';
import type { KnownContext } from './input.js';
import { RED_FLAG_QUESTION_IDS } from './questions.js';
import type { FactId, Finding, RedFlagQuestionId, ScreenContext } from './types.js';

const CONTEXT_FIELD_LABELS = {
  age: 'age',
  ageAtOnset: 'age at onset',
  symptomDurationDays: 'symptom duration',
  firstEpisode: 'first episode',
  temperatureCelsius: 'measured temperature',
} as const satisfies Record<keyof ScreenContext, string>;

const QUESTION_IDS: ReadonlySet<FactId> = new Set<FactId>(RED_FLAG_QUESTION_IDS);

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.slice(-1).join('')}`;
}

/** "Cauda equina: saddle numbness reported -> emergency"; derived facts are not "reported". */
export function findingReason(finding: Finding): string {
  const isAnswer = (fact: FactId): boolean => QUESTION_IDS.has(fact);
  const answered = finding.raisedBy.filter(isAnswer).map((fact) => FACT_LABELS[fact]);
  const derived = finding.raisedBy.filter((fact) => !isAnswer(fact)).map((f) => FACT_LABELS[f]);
  const parts = [answered.length > 0 ? `${joinWords(answered)} reported` : '', joinWords(derived)];
  const cause = parts.filter((part) => part !== '').join('; ');
  const suffix = finding.level === 'note' ? ' (recorded; does not change the triage)' : '';
  return `${finding.flagName}: ${cause} -> ${finding.level}${suffix}`;
}

/** Says the screen is incomplete: unanswered questions count as not present, which may be wrong. */
export function unansweredReason(
  unanswered: readonly RedFlagQuestionId[],
  total: number,
): string | undefined {
  if (unanswered.length === 0) return undefined;
  return `Screen incomplete: ${unanswered.length} of ${total} questions unanswered; they count as not present, and a plan waits until each is answered yes, no, or not asked with a reason.`;
}

/** Names the questions deliberately not asked: they count as not present, on the clinician's word. */
export function notAskedReason(
  notAsked: readonly { readonly id: RedFlagQuestionId; readonly reason: string }[],
): string {
  const items = notAsked.map((q) => `${FACT_LABELS[q.id]} (${q.reason})`);
  return `Not asked, counted as not present: ${items.join('; ')}.`;
}

/** Says why a derived fact could not be decided, so nobody reads "not raised" as "no". */
export function unknownFactReason(fact: DerivedFact, context: KnownContext): string {
  const missing = fact.inputs.filter((field) => context[field] === undefined);
  const fields = joinWords(missing.map((field) => CONTEXT_FIELD_LABELS[field]));
  const verb = missing.length > 1 ? 'are' : 'is';
  return `Could not check ${FACT_LABELS[fact.id]}: ${fields} ${verb} missing or invalid; treated as not present.`;
}
