import { expect, it } from 'vitest';
import { RED_FLAG_QUESTION_IDS } from './questions.js';
import { screenRedFlags } from './screen.js';
import type {
  FactId,
  FindingLevel,
  RedFlagId,
  RedFlagQuestionId,
  ScreenContext,
  ScreenInput,
  Triage,
} from './types.js';

/** A context that raises no derived fact: 40, onset at 38, 30 days, not a first episode. */
export const QUIET_CONTEXT: ScreenContext = {
  age: 40,
  ageAtOnset: 38,
  symptomDurationDays: 30,
  firstEpisode: false,
};

/** Every question answered no except `yes`; `unanswered` ones are left out. */
export function screenInput(
  options: {
    readonly yes?: readonly RedFlagQuestionId[];
    readonly unanswered?: readonly RedFlagQuestionId[];
    readonly context?: Partial<ScreenContext>;
  } = {},
): ScreenInput {
  const { yes = [], unanswered = [], context = {} } = options;
  const answers: Partial<Record<RedFlagQuestionId, boolean>> = {};
  for (const id of RED_FLAG_QUESTION_IDS) {
    if (!unanswered.includes(id)) answers[id] = yes.includes(id);
  }
  return { answers, context: { ...QUIET_CONTEXT, ...context } };
}

/** One row of a flag table: the answers and context given, and every finding expected. */
export interface FlagRow {
  readonly name: string;
  readonly yes?: readonly RedFlagQuestionId[];
  readonly context?: Partial<ScreenContext>;
  readonly triage: Triage;
  /** Flag, level and raising facts of every finding, most urgent first. */
  readonly findings: readonly (readonly [RedFlagId, FindingLevel, readonly FactId[]])[];
}

/** Screens each row from an otherwise all-no intake and checks triage and findings exactly. */
export function checkFlagRows(rows: readonly FlagRow[]): void {
  it.each(rows)('$name', ({ yes = [], context = {}, triage, findings }) => {
    const result = screenRedFlags(screenInput({ yes, context }));
    expect(result.triage).toBe(triage);
    expect(result.findings.map((f) => [f.flag, f.level, f.raisedBy])).toEqual(findings);
  });
}
