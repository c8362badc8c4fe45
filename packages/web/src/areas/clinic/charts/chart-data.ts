import type { Plan } from '@backplan/core';
import type { JournalItem, Measure } from '../api-types';
import { dayToDate } from '../format';
import { MEASURE_KINDS, type MeasureKind } from '../patient/measure-kinds';

/**
 * The numbers behind the progress charts, from the API's records. Pure: the same rows feed the
 * chart, its text summary and its data table.
 */
export type Row = { readonly day: string; readonly t: number } & Record<
  string,
  number | string | undefined
>;

type Rows = Map<string, Record<string, number | string | undefined>>;

const DAY_MS = 86_400_000;
const time = (day: string) => dayToDate(day).getTime();
const byDay = (a: { day: string }, b: { day: string }) => a.day.localeCompare(b.day);

/** Upserts one value into the row of its day, keeping the highest (the worst pain of the day). */
function put(rows: Rows, day: string, key: string, value: number) {
  const row = rows.get(day) ?? { day, t: time(day) };
  const prev = row[key];
  row[key] = typeof prev === 'number' ? Math.max(prev, value) : value;
  rows.set(day, row);
}

const finish = (rows: Rows): Row[] => ([...rows.values()] as Row[]).sort(byDay);

/** Pain before and during each session and the next-morning pain, by day (0-10). */
export function painRows(entries: readonly JournalItem[]): Row[] {
  const rows: Rows = new Map();
  for (const e of entries) {
    put(rows, e.performedOn, 'before', e.painBefore);
    put(rows, e.performedOn, 'during', e.painDuring);
    if (e.morningCheck !== null) put(rows, e.morningCheck.date, 'morning', e.morningCheck.pain);
  }
  return finish(rows);
}

/** Disability questionnaire scores (ODI 0-100, RMDQ 0-24), one series per instrument. */
export const DISABILITY = ['odi', 'rmdq'] as const;
export type DisabilityId = (typeof DISABILITY)[number];

export function disabilitySeries(measures: readonly Measure[]) {
  return DISABILITY.map((id) => {
    const rows: Rows = new Map();
    for (const m of measures) if (m.kind === id) put(rows, m.takenOn, 'value', m.value);
    return { id, rows: finish(rows) };
  }).filter((s) => s.rows.length > 0);
}

/** One physical measure over time: a `value` series, or `left` and `right` for sided ones. */
export function physicalSeries(measures: readonly Measure[]): { kind: MeasureKind; rows: Row[] }[] {
  return MEASURE_KINDS.map((kind) => {
    const rows: Rows = new Map();
    for (const m of measures) {
      if (m.kind !== kind.kind) continue;
      const key = m.side === 'left' || m.side === 'right' ? m.side : 'value';
      // The latest reading of a day stands (measures come oldest first).
      const row = rows.get(m.takenOn) ?? { day: m.takenOn, t: time(m.takenOn) };
      row[key] = m.value;
      rows.set(m.takenOn, row);
    }
    return { kind, rows: finish(rows) };
  }).filter((s) => s.rows.length > 0);
}

export interface AdherenceWeek {
  readonly week: number;
  readonly from: string;
  /** Days with at least one session logged. */
  readonly sessions: number;
  /** The days a week the plan asks for (its most frequent exercise); null without a plan. */
  readonly prescribed: number | null;
  /** The week is not over yet. */
  readonly current: boolean;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Sessions logged per week of the plan against the days it prescribes. Weeks count from the plan's
 * start (or the first session without a plan) to today; when the journal was cut short (only the
 * latest entries loaded), from the week of the oldest one loaded.
 */
export function adherenceWeeks(
  entries: readonly JournalItem[],
  plan: Plan | undefined,
  today: string,
  truncated: boolean,
): AdherenceWeek[] {
  const days = [...new Set(entries.map((e) => e.performedOn))].sort();
  const first = days[0];
  const startDay = plan?.startDate ?? first;
  if (startDay === undefined) return [];
  const start = time(startDay);
  const end = time(today);
  if (end < start) return [];
  const prescribed =
    plan === undefined ? null : Math.max(0, ...plan.exercises.map((x) => x.frequency.daysPerWeek));
  const firstWeek =
    truncated && first !== undefined
      ? Math.max(0, Math.floor((time(first) - start) / (7 * DAY_MS)))
      : 0;
  const weeks: AdherenceWeek[] = [];
  for (let w = firstWeek; start + w * 7 * DAY_MS <= end; w++) {
    const from = start + w * 7 * DAY_MS;
    const to = from + 7 * DAY_MS;
    weeks.push({
      week: w + 1,
      from: isoDay(from),
      sessions: days.filter((d) => time(d) >= from && time(d) < to).length,
      prescribed,
      current: to > end,
    });
  }
  return weeks;
}

/** First and latest value of a series key, for a summary. */
export function span(rows: readonly Row[], key: string) {
  const points = rows.filter((r) => typeof r[key] === 'number');
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return null;
  return {
    first: { day: first.day, value: first[key] as number },
    last: { day: last.day, value: last[key] as number },
    count: points.length,
  };
}
