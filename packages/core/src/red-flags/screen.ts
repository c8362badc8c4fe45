import { RED_FLAG_SCREEN_EVIDENCE } from './flag-common.js';
import { RED_FLAGS } from './flags.js';
import { deriveFacts } from './derived-facts.js';
import { conditionHolds, evaluateCondition } from './condition.js';
import { readAnswers, readContext } from './input.js';
import { RED_FLAG_QUESTION_IDS } from './questions.js';
import { findingReason, notAskedReason, unansweredReason, unknownFactReason } from './reasons.js';
import { findingLevelRank, levelTriage, mostUrgent } from './triage.js';
import type { EvidenceId } from '../evidence.js';
import type {
  FactId,
  Finding,
  RedFlagDefinition,
  RedFlagQuestionId,
  ScreenInput,
  ScreenResult,
  Triage,
} from './types.js';

// Widened once so every flag is read through the contract, not its literal shape.
const FLAGS: readonly RedFlagDefinition[] = RED_FLAGS;

/** The flag's first tier that holds, as a finding; undefined when no tier holds. */
function findFinding(flag: RedFlagDefinition, facts: ReadonlySet<FactId>): Finding | undefined {
  for (const tier of flag.tiers) {
    if (!conditionHolds(tier.when, facts)) continue;
    const outcome = evaluateCondition(tier.when, facts);
    return {
      flag: flag.id,
      flagName: flag.name,
      level: tier.level,
      raisedBy: outcome.raisedBy,
      action: tier.action,
      ...(tier.patientAction === undefined ? {} : { patientAction: tier.patientAction }),
      evidence: flag.evidence,
    };
  }
  return undefined;
}

/**
 * Runs the red-flag screen (red-flags.md; finucane-2020, nice-ng59). The outcome is always a
 * value: whatever it is handed, unreadable answers count as unanswered and unusable context as
 * unknown, and the reasons say so. Unanswered and not-asked questions count as not present for the
 * triage, which is why the result lists both; only unanswered ones leave the screen incomplete
 * (red-flags.md: every question answered yes, no, or not asked with a reason). Findings come most
 * urgent first.
 *
 * Written as plain loops: it runs inside every assessment and every journal re-screen.
 */
export function screenRedFlags(input: ScreenInput): ScreenResult {
  const answers = readAnswers(input);
  const context = readContext(input);
  const derived = deriveFacts(context);
  const facts = new Set<FactId>();
  const notAsked: { id: RedFlagQuestionId; reason: string }[] = [];
  for (const [id, answer] of answers) {
    if (answer === true) facts.add(id);
    else if (answer !== false) notAsked.push({ id, reason: answer.notAsked });
  }
  for (const fact of derived) if (fact.value === true) facts.add(fact.id);

  const findings: Finding[] = [];
  let triage: Triage = 'clear';
  for (const flag of FLAGS) {
    const finding = findFinding(flag, facts);
    if (finding === undefined) continue;
    findings.push(finding);
    triage = mostUrgent(triage, levelTriage(finding.level));
  }
  if (findings.length > 1) {
    findings.sort((a, b) => findingLevelRank(b.level) - findingLevelRank(a.level));
  }
  const unanswered: RedFlagQuestionId[] = [];
  for (const id of RED_FLAG_QUESTION_IDS) if (!answers.has(id)) unanswered.push(id);

  const reasons: string[] = [];
  for (const finding of findings) reasons.push(findingReason(finding));
  if (triage === 'clear') {
    reasons.push(`No red flags among ${answers.size - notAsked.length} answered questions.`);
  }
  if (notAsked.length > 0) reasons.push(notAskedReason(notAsked));
  const incomplete = unansweredReason(unanswered, RED_FLAG_QUESTION_IDS.length);
  if (incomplete !== undefined) reasons.push(incomplete);
  for (const fact of derived) {
    if (fact.value === undefined) reasons.push(unknownFactReason(fact, context));
  }
  return {
    triage,
    findings,
    unanswered,
    notAsked,
    complete: unanswered.length === 0,
    reasons,
    evidence: screenEvidence(findings),
  };
}

function screenEvidence(findings: readonly Finding[]): readonly EvidenceId[] {
  if (findings.length === 0) return RED_FLAG_SCREEN_EVIDENCE;
  const ids = new Set<EvidenceId>(RED_FLAG_SCREEN_EVIDENCE);
  for (const f of findings) for (const id of f.evidence) ids.add(id);
  return [...ids];
}
