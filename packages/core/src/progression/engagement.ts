import { formatDate, toUtcDate } from '../assessment/parse.js';
import { daysBetween } from '../stratification/stage.js';
import type { Journal } from './journal.js';
import type { PlanForProgress as Plan } from './plan-for-progress.js';
import { ALERTS, ENGAGEMENT } from './rules.js';
import type { Alert } from './types.js';

const days = (from: string, to: string) => {
  const a = toUtcDate(from);
  const b = toUtcDate(to);
  return a === null || b === null ? 0 : daysBetween(a, b);
};

/** Where the patient stands with logging, as of a date (progression.md). */
export interface Engagement {
  /** Days with a session in which something was done, oldest first, up to `asOf`. */
  readonly sessionDays: readonly string[];
  /** The last of them, or undefined when none was logged. */
  readonly last: string | undefined;
  /** Days since the last session (since the plan's start when none). */
  readonly daysSince: number;
  /** No session for 14 days, or marked by a clinician [design]. */
  readonly disengaged: boolean;
  /** Days away before the latest session when it is the first back after 3+ weeks, else null. */
  readonly returnedAfterDays: number | null;
}

/**
 * Where the patient stands with logging as of a date (progression.md) [design]: the session days,
 * the days since the last, disengaged (marked, or no session for 14 days), and whether the latest
 * session is the first back after 3+ weeks away. A session counts when some exercise was at least
 * started; a day of skips is not a session.
 */
export function engagementOf(
  plan: Plan,
  journal: Journal,
  asOf: string,
  marked = false,
): Engagement {
  const dates = new Set<string>();
  for (const e of journal.entries) {
    if (e.performedOn > asOf) continue;
    if (
      e.exercises.some((x) => x.completion !== 'skipped-pain' && x.completion !== 'skipped-other')
    )
      dates.add(e.performedOn);
  }
  const sessionDays = [...dates].sort();
  const last = sessionDays.at(-1);
  const daysSince = days(last ?? plan.startDate, asOf);
  const before = sessionDays.at(-2) ?? plan.startDate;
  const away = last === undefined ? 0 : days(before, last);
  return {
    sessionDays,
    last,
    daysSince,
    disengaged: marked || daysSince >= ENGAGEMENT.disengagedAfterDays,
    returnedAfterDays:
      last !== undefined && !marked && away >= ENGAGEMENT.easierAfterDaysAway ? away : null,
  };
}

/**
 * Engagement alert (progression.md) [design]: the logged sessions against the prescribed days.
 * A warning only when 3+ days a week are prescribed, fewer session days than that fell in the
 * last 7, and the gap since the last session is longer than the planned interval
 * (ceil(7 / days a week)): a patient on 3 days a week who logs every other day is on plan.
 * High at 14 days without a session; critical at 21, with the action to mark the patient
 * disengaged, unless a clinician already has.
 */
export function engagementAlert(
  plan: Plan,
  journal: Journal,
  asOf: string,
  options: { readonly disengaged?: boolean } = {},
): Alert | null {
  const marked = options.disengaged === true;
  const { sessionDays, last, daysSince: gap } = engagementOf(plan, journal, asOf, marked);
  const t = ALERTS.engagement;
  const what =
    last === undefined
      ? `No session logged since the plan started on ${plan.startDate}`
      : `No session logged since ${last}`;
  const alert = (level: Alert['level'], message: string): Alert => ({
    type: 'engagement',
    level,
    message,
    on: asOf,
    evidence: [],
  });
  if (gap >= t.criticalDays) {
    if (marked)
      return alert('critical', `${what} (${gap} days); the patient is marked disengaged.`);
    return {
      ...alert('critical', `${what} (${gap} days): contact the patient, and mark them disengaged.`),
      action: 'mark-disengaged',
    };
  }
  if (gap >= t.highDays) return alert('high', `${what} (${gap} days).`);
  const prescribed = Math.max(0, ...plan.exercises.map((e) => e.frequency.daysPerWeek));
  if (prescribed < t.prescribedDaysAtLeast || last === undefined) return null;
  const interval = Math.ceil(7 / prescribed);
  const end = toUtcDate(asOf);
  const weekAgo = end === null ? asOf : formatDate(new Date(end.getTime() - 7 * 86_400_000));
  const inLastWeek = sessionDays.filter((d) => d > weekAgo).length;
  if (inLastWeek >= prescribed || gap <= interval) return null;
  return alert(
    'warning',
    `${what} (${gap} days): ${inLastWeek} ${inLastWeek === 1 ? 'day' : 'days'} with a session in the last 7, against ${prescribed} prescribed a week.`,
  );
}
