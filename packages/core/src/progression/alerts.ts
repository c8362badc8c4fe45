export { painAlerts, PAIN_ALERT_LOOKBACK_DAYS } from './pain-alerts.js';
export { engagementAlert, engagementOf, type Engagement } from './engagement.js';
import { importantChange } from '../instruments/important-change.js';
import type { InstrumentId } from '../instruments/types.js';
import { daysBetween } from '../stratification/stage.js';
import { toUtcDate } from '../assessment/parse.js';
import type { MeasureRecord } from './journal.js';
import { ALERTS } from './rules.js';
import type { Alert } from './types.js';

const days = (from: string, to: string) => {
  const a = toUtcDate(from);
  const b = toUtcDate(to);
  return a === null || b === null ? 0 : daysBetween(a, b);
};

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
