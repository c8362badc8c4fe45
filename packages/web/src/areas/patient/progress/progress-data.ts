import { addDays, daysBetween } from '../dates';
import type { JournalItem } from '../patient-api';

/** One day on the pain chart: the pain before that day's session, and on the next morning. */
export interface PainPoint {
  readonly date: string;
  readonly session?: number;
  readonly morning?: number;
}

/** Sessions logged in the 7-day week starting `weekStart`. */
export interface WeekCount {
  readonly weekStart: string;
  readonly sessions: number;
}

const average = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** Pain before sessions and next-morning pain by date, oldest first (a day's sessions averaged). */
export function painSeries(entries: readonly JournalItem[]): PainPoint[] {
  const sessions = new Map<string, number[]>();
  const mornings = new Map<string, number>();
  for (const e of entries) {
    sessions.set(e.performedOn, [...(sessions.get(e.performedOn) ?? []), e.painBefore]);
    if (e.morningCheck !== null) mornings.set(e.morningCheck.date, e.morningCheck.pain);
  }
  const dates = [...new Set([...sessions.keys(), ...mornings.keys()])].sort();
  return dates.map((date) => {
    const s = sessions.get(date);
    const m = mornings.get(date);
    return {
      date,
      ...(s === undefined ? {} : { session: oneDecimal(average(s)) }),
      ...(m === undefined ? {} : { morning: m }),
    };
  });
}

/** Sessions in each of the last `weeks` 7-day weeks ending `today`, oldest first. */
export function weeklySessions(
  entries: readonly JournalItem[],
  today: string,
  weeks: number,
): WeekCount[] {
  return Array.from({ length: weeks }, (_, i) => {
    const end = addDays(today, -7 * (weeks - 1 - i));
    const start = addDays(end, -6);
    const sessions = entries.filter((e) => e.performedOn >= start && e.performedOn <= end).length;
    return { weekStart: start, sessions };
  });
}

/** How many weeks the chart covers: since the first session, at least 4 and at most 12. */
export function weeksSince(entries: readonly JournalItem[], today: string): number {
  const first = entries.map((e) => e.performedOn).sort()[0];
  if (first === undefined) return 4;
  return Math.min(12, Math.max(4, Math.ceil((daysBetween(first, today) + 1) / 7)));
}

/**
 * Average pain before sessions in the first week of logging and in the latest week, rounded to
 * whole numbers; null until the two weeks are at least a week apart.
 */
export function painChange(entries: readonly JournalItem[]): { from: number; to: number } | null {
  const dates = entries.map((e) => e.performedOn).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined || daysBetween(first, last) < 13) return null;
  const within = (from: string, to: string) =>
    entries.filter((e) => e.performedOn >= from && e.performedOn <= to).map((e) => e.painBefore);
  return {
    from: Math.round(average(within(first, addDays(first, 6)))),
    to: Math.round(average(within(addDays(last, -6), last))),
  };
}

/** Sessions logged in the `days` days up to and including `today`. */
export function sessionsInLast(entries: readonly JournalItem[], today: string, days: number) {
  const from = addDays(today, -(days - 1));
  return entries.filter((e) => e.performedOn >= from && e.performedOn <= today).length;
}
