import { formatDate, toUtcDate } from '../assessment/parse.js';
import type { Assessment } from '../assessment/schema.js';
import type { EvidenceId } from '../evidence.js';
import { INSTRUMENTS } from '../instruments/registry.js';
import type { InstrumentId } from '../instruments/types.js';
import type { Reasoned } from '../result.js';
import { daysBetween } from '../stratification/stage.js';
import { REVIEW } from './rules.js';

/**
 * The questionnaires a patient answers again during a plan: pain (NPRS), disability (ODI, RMDQ)
 * and function (PSFS). These are the scores the review point and the function alerts compare with
 * the start (progression.md; important change after ostelo-2008). Screening tools (STarT Back,
 * FABQ) and PSEQ belong to assessment visits.
 */
export const REPEATED_OUTCOMES = [
  'nprs',
  'odi',
  'rmdq',
  'psfs',
] as const satisfies readonly InstrumentId[];
export type RepeatedOutcome = (typeof REPEATED_OUTCOMES)[number];

/**
 * When they fall due [design]: every `everyDays` days from the plan's start, and at the review
 * point (`reviewDay`, week 4 of progression.md). An answer given up to `recentDays` before a due
 * date counts for it, so a questionnaire answered within the last `recentDays` is never due. A
 * clinic may change these numbers.
 */
export const QUESTIONNAIRE_SCHEDULE = {
  everyDays: 14,
  reviewDay: REVIEW.fromWeek * 7,
  recentDays: 7,
} as const;
export type QuestionnaireScheduleRule = {
  readonly [K in keyof typeof QUESTIONNAIRE_SCHEDULE]: number;
};

/** `review`: the week-4 review point; `interval`: the regular two-weekly repeat. */
export type DueReason = 'review' | 'interval';

export interface DueQuestionnaire extends Reasoned {
  readonly instrument: RepeatedOutcome;
  readonly reason: DueReason;
  /** The due date it is due for (YYYY-MM-DD); it stays due until answered. */
  readonly dueSince: string;
  readonly lastAnsweredOn: string | null;
}

export interface QuestionnaireSchedule {
  /** Due now, in the order of REPEATED_OUTCOMES. */
  readonly due: readonly DueQuestionnaire[];
  /** The next date one of the others falls due; null when there are none. */
  readonly nextOn: string | null;
}

/** What an assessment says the patient will answer again: its repeated outcomes, PSFS activities. */
export interface AssessmentOutcomes {
  readonly instruments: readonly RepeatedOutcome[];
  /** The activities the patient named for the PSFS, in order; empty when PSFS is not repeated. */
  readonly psfsActivities: readonly string[];
}

/**
 * The repeated outcomes of an assessment: NPRS always (pain now is part of every assessment), and
 * ODI, RMDQ and PSFS when the assessment used them. PSFS only with a scoreable number of
 * activities, since the patient rates the same activities again.
 */
export function assessmentOutcomes(a: Pick<Assessment, 'questionnaires'>): AssessmentOutcomes {
  const q = a.questionnaires;
  const { min, max } = INSTRUMENTS.psfs.scoring.itemCount;
  const activities = (q.psfs ?? []).map((p) => p.activity);
  const psfs = activities.length >= min && activities.length <= max;
  const instruments = REPEATED_OUTCOMES.filter((id) => {
    if (id === 'nprs') return true;
    if (id === 'psfs') return psfs;
    return q[id] !== undefined;
  });
  return { instruments, psfsActivities: psfs ? activities : [] };
}

const DAY_MS = 86_400_000;
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** The due dates' day numbers (from the plan's start) up to `lastDay`, in order. */
function dueDays(rule: QuestionnaireScheduleRule, lastDay: number): number[] {
  const days = new Set<number>();
  const step = Math.max(1, rule.everyDays);
  for (let d = step; d <= lastDay; d += step) days.add(d);
  if (rule.reviewDay <= lastDay) days.add(rule.reviewDay);
  return [...days].sort((a, b) => a - b);
}

/**
 * Which of the plan's repeated questionnaires the patient should answer as of a date, and why:
 * each is due from the latest due date (every two weeks from the plan's start, and the week-4
 * review of progression.md) until an answer given on or after `recentDays` before that date.
 * Repeating the same instruments is what lets the review and the function alerts judge important
 * change against the start (ostelo-2008). Instruments other than REPEATED_OUTCOMES are ignored.
 */
export function questionnairesDue(
  input: {
    readonly planStart: string;
    readonly instruments: readonly InstrumentId[];
    /** The dates of previous answers (from assessments or the patient), per instrument. */
    readonly answeredOn: Readonly<Partial<Record<InstrumentId, readonly string[]>>>;
    readonly asOf: string;
  },
  rule: QuestionnaireScheduleRule = QUESTIONNAIRE_SCHEDULE,
): QuestionnaireSchedule {
  const start = toUtcDate(input.planStart);
  const asOf = toUtcDate(input.asOf);
  if (start === null || asOf === null) return { due: [], nextOn: null };
  const today = daysBetween(start, asOf);
  // Answers reach at most a day ahead of asOf, so two steps past it always find an open due date.
  const days = dueDays(rule, today + rule.recentDays + 2 * rule.everyDays);
  const due: DueQuestionnaire[] = [];
  let nextOn: string | null = null;
  for (const instrument of REPEATED_OUTCOMES) {
    if (!input.instruments.includes(instrument)) continue;
    const answers = (input.answeredOn[instrument] ?? []).filter((d) => toUtcDate(d) !== null);
    const latest = answers.reduce<string | null>((a, d) => (a === null || d > a ? d : a), null);
    // A due date is met by an answer on or after `recentDays` before it.
    const met = (day: number) =>
      latest !== null && latest >= formatDate(plusDays(start, day - rule.recentDays));
    const current = days.filter((d) => d <= today).at(-1);
    if (current !== undefined && !met(current)) {
      due.push(dueItem(instrument, current, formatDate(plusDays(start, current)), latest, rule));
      continue;
    }
    const next = days.find((d) => d > today && !met(d));
    const on = next === undefined ? null : formatDate(plusDays(start, next));
    if (on !== null && (nextOn === null || on < nextOn)) nextOn = on;
  }
  return { due, nextOn };
}

function dueItem(
  instrument: RepeatedOutcome,
  day: number,
  dueSince: string,
  lastAnsweredOn: string | null,
  rule: QuestionnaireScheduleRule,
): DueQuestionnaire {
  const reason: DueReason = day === rule.reviewDay ? 'review' : 'interval';
  const name = INSTRUMENTS[instrument].abbreviation;
  const last = lastAnsweredOn === null ? 'never answered' : `last answered ${lastAnsweredOn}`;
  const why =
    reason === 'review'
      ? `${name} is due for the week-${day / 7} review (since ${dueSince}): pain and disability are compared with the start to see whether the change is important.`
      : `${name} is due since ${dueSince}, day ${day} of the plan: repeated every ${rule.everyDays} days [design].`;
  const evidence = new Set<EvidenceId>(['ostelo-2008', ...INSTRUMENTS[instrument].evidence]);
  if (reason === 'review') evidence.add('startback-2011');
  return {
    instrument,
    reason,
    dueSince,
    lastAnsweredOn,
    reasons: [why, `${name} ${last}; an answer up to ${rule.recentDays} days before counts.`],
    evidence: [...evidence],
  };
}
