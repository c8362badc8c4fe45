import { RED_FLAG_SCREEN_EVIDENCE } from './flag-common.js';
import { RED_FLAGS } from './flags.js';
import { deriveFacts } from './derived-facts.js';
import { evaluateCondition } from './condition.js';
import { readAnswers, readContext } from './input.js';
import { RED_FLAG_QUESTION_IDS } from './questions.js';
import { findingReason, unansweredReason, unknownFactReasons } from './reasons.js';
import { findingLevelRank, levelTriage, mostUrgent } from './triage.js';
import type {
  FactId,
  Finding,
  RedFlagDefinition,
  ScreenInput,
  ScreenResult,
  Triage,
} from './types.js';

// Widened once so every flag is read through the contract, not its literal shape.
const FLAGS: readonly RedFlagDefinition[] = RED_FLAGS;

/** The flag's first tier that holds, as a finding; none when no tier holds. */
function findFinding(flag: RedFlagDefinition, facts: ReadonlySet<FactId>): Finding[] {
  for (const tier of flag.tiers) {
    const outcome = evaluateCondition(tier.when, facts);
    if (!outcome.holds) continue;
    return [
      {
        flag: flag.id,
        flagName: flag.name,
        level: tier.level,
        raisedBy: outcome.raisedBy,
        action: tier.action,
        ...(tier.patientAction === undefined ? {} : { patientAction: tier.patientAction }),
        evidence: flag.evidence,
      },
    ];
  }
  return [];
}

/**
 * Runs the red-flag screen (red-flags.md; finucane-2020, nice-ng59). The outcome is always a
 * value: whatever it is handed, unreadable answers count as unanswered and unusable context as
 * unknown, and the reasons say so. Unanswered questions count as not present for the triage,
 * which is why the result lists them. Findings come most urgent first.
 */
export function screenRedFlags(input: ScreenInput): ScreenResult {
  const answers = readAnswers(input);
  const context = readContext(input);
  const derived = deriveFacts(context);
  const facts = new Set<FactId>([
    ...[...answers].filter(([, yes]) => yes).map(([id]) => id),
    ...derived.filter((fact) => fact.value === true).map((fact) => fact.id),
  ]);
  const findings = FLAGS.flatMap((flag) => findFinding(flag, facts)).toSorted(
    (a, b) => findingLevelRank(b.level) - findingLevelRank(a.level),
  );
  const triage = findings.reduce<Triage>((t, f) => mostUrgent(t, levelTriage(f.level)), 'clear');
  const unanswered = RED_FLAG_QUESTION_IDS.filter((id) => !answers.has(id));
  const clearReason =
    triage === 'clear' ? [`No red flags among ${answers.size} answered questions.`] : [];
  const incomplete = unansweredReason(unanswered, RED_FLAG_QUESTION_IDS.length);
  return {
    triage,
    findings,
    unanswered,
    reasons: [
      ...findings.map((finding) => findingReason(finding)),
      ...clearReason,
      ...(incomplete === undefined ? [] : [incomplete]),
      ...unknownFactReasons(derived, context),
    ],
    evidence: [...new Set([...RED_FLAG_SCREEN_EVIDENCE, ...findings.flatMap((f) => f.evidence)])],
  };
}
