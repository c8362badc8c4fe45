import { importantChange } from '../instruments/important-change.js';
import type { InstrumentId } from '../instruments/types.js';
import { daysBetween } from '../stratification/stage.js';
import { toUtcDate } from '../assessment/parse.js';
import type { PlanForProgress as Plan } from './plan-for-progress.js';
import type { Journal, MeasureRecord } from './journal.js';
import { ALERTS } from './rules.js';
import type { Alert } from './types.js';

const days = (from: string, to: string) => {
  const a = toUtcDate(from);
  const b = toUtcDate(to);
  return a === null || b === null ? 0 : daysBetween(a, b);
};

/** Pain reports in time order: a morning check comes before that day's session. */
function painReports(
  journal: Journal,
  asOf: string,
): { date: string; pain: number; order: number }[] {
  const reports = [
    ...journal.morningChecks.map((m) => ({ date: m.date, pain: m.pain, order: 0 })),
    ...journal.entries.map((e) => ({ date: e.performedOn, pain: e.painBefore, order: 1 })),
  ].filter((r) => r.date <= asOf);
  return reports.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));
}

/** How far back pain reports are judged on each evaluation [design]: older ones were judged then. */
export const PAIN_ALERT_LOOKBACK_DAYS = 7;

const LEVEL_RANK = { warning: 1, high: 2, critical: 3 } as const;

/**
 * Pain alerts (progression.md table) [design]: every report of the last week is judged against
 * the report before it, so the outcome does not depend on when the evaluation runs (a session at
 * 7/10 still raises its alert when a calmer morning check arrives before the evaluation does, or
 * when a phone uploads several days at once). At most one alert per date, the most severe.
 */
export function painAlerts(journal: Journal, asOf: string): Alert[] {
  const reports = painReports(journal, asOf);
  const byDate = new Map<string, Alert>();
  for (let i = 0; i < reports.length; i++) {
    const latest = reports[i];
    if (latest === undefined || days(latest.date, asOf) > PAIN_ALERT_LOOKBACK_DAYS) continue;
    const alert = painAlertAt(latest, reports[i - 1]);
    const kept = alert === null ? undefined : byDate.get(alert.on);
    if (alert !== null && (kept === undefined || LEVEL_RANK[alert.level] > LEVEL_RANK[kept.level]))
      byDate.set(alert.on, alert);
  }
  return [...byDate.values()];
}

/** The alert one pain report raises, given the report before it. */
function painAlertAt(
  latest: { date: string; pain: number },
  previous: { date: string; pain: number } | undefined,
): Alert | null {
  const rise = previous === undefined ? 0 : latest.pain - previous.pain;
  const t = ALERTS.pain;
  const on = latest.date;
  const since = previous === undefined ? '' : ` (was ${previous.pain}/10 on ${previous.date})`;
  if (latest.pain >= t.criticalAtLeast)
    return {
      type: 'pain',
      level: 'critical',
      message: `Pain ${latest.pain}/10 on ${on}${since}.`,
      on,
      evidence: [],
    };
  if (rise >= t.highRise)
    return {
      type: 'pain',
      level: 'high',
      message: `Pain up ${rise} points to ${latest.pain}/10 on ${on}${since}.`,
      on,
      evidence: [],
    };
  if (latest.pain >= t.warningAtLeast && rise >= t.warningRise)
    return {
      type: 'pain',
      level: 'warning',
      message: `Pain ${latest.pain}/10 on ${on}, up ${rise}${since}.`,
      on,
      evidence: [],
    };
  return null;
}

/** Engagement alert from the days since the last session logged (progression.md) [design]. */
export function engagementAlert(plan: Plan, journal: Journal, asOf: string): Alert | null {
  const logged = journal.entries
    .filter(
      (e) =>
        e.performedOn <= asOf &&
        e.exercises.some(
          (x) =>
            x.completion === 'done' ||
            x.completion === 'partial' ||
            x.completion === 'stopped-pain',
        ),
    )
    .map((e) => e.performedOn)
    .sort();
  const last = logged.at(-1);
  const from = last ?? plan.startDate;
  const gap = days(from, asOf);
  const t = ALERTS.engagement;
  const what =
    last === undefined
      ? `No session logged since the plan started on ${plan.startDate}`
      : `No session logged since ${last}`;
  if (gap >= t.criticalDays)
    return {
      type: 'engagement',
      level: 'critical',
      message: `${what} (${gap} days): mark as disengaged and contact the patient.`,
      on: asOf,
      evidence: [],
    };
  if (gap >= t.highDays)
    return {
      type: 'engagement',
      level: 'high',
      message: `${what} (${gap} days).`,
      on: asOf,
      evidence: [],
    };
  const prescribed = Math.max(0, ...plan.exercises.map((e) => e.frequency.daysPerWeek));
  if (prescribed >= t.prescribedDaysAtLeast && gap >= t.warningDays && last !== undefined) {
    return {
      type: 'engagement',
      level: 'warning',
      message: `${what} (${gap} days) with sessions prescribed ${prescribed} days a week.`,
      on: asOf,
      evidence: [],
    };
  }
  return null;
}

const FUNCTION_MEASURES: readonly InstrumentId[] = ['odi', 'rmdq', 'psfs'];

/** Function alerts: no important change 4+ weeks apart (high), or 20% worse (critical). */
export function functionAlerts(measures: readonly MeasureRecord[], asOf: string): Alert[] {
  const alerts: Alert[] = [];
  for (const instrument of FUNCTION_MEASURES) {
    const series = measures
      .filter((m) => m.instrument === instrument && m.takenOn <= asOf)
      .sort((a, b) => (a.takenOn < b.takenOn ? -1 : 1));
    const first = series[0];
    const latest = series.at(-1);
    if (first === undefined || latest === undefined || first === latest) continue;
    if (days(first.takenOn, latest.takenOn) < ALERTS.function.minDaysApart) continue;
    const higherIsBetter = instrument === 'psfs';
    const worse = higherIsBetter ? first.score - latest.score : latest.score - first.score;
    const name = instrument.toUpperCase();
    if (first.score > 0 && worse / first.score >= ALERTS.function.worseByFraction) {
      alerts.push({
        type: 'function',
        level: 'critical',
        message: `${name} worse by ${Math.round((worse / first.score) * 100)}%: ${first.score} on ${first.takenOn} to ${latest.score} on ${latest.takenOn}.`,
        on: latest.takenOn,
        evidence: ['ostelo-2008'],
      });
      continue;
    }
    const change = importantChange(instrument, first.score, latest.score);
    if (change.ok && change.value.verdict !== 'important-improvement') {
      alerts.push({
        type: 'function',
        level: 'high',
        message: `${name} shows no important improvement over ${days(first.takenOn, latest.takenOn)} days (${first.score} to ${latest.score}).`,
        on: latest.takenOn,
        evidence: ['ostelo-2008'],
      });
    }
  }
  return alerts;
}
