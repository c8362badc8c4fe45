import { formatDate, toUtcDate } from '../assessment/parse.js';
import type { Journal } from './journal.js';
import { ALERTS, PAIN_MONITORING as PM } from './rules.js';
import type { Alert } from './types.js';

/** Which report a pain score came from, in the order they happen on a day. */
type PainSource = 'morning' | 'before' | 'during';

interface PainReport {
  readonly date: string;
  readonly pain: number;
  readonly source: PainSource;
}

const ORDER = { morning: 0, before: 1, during: 2 } as const satisfies Record<PainSource, number>;
const WORDS = {
  morning: 'in the morning check',
  before: 'before the session',
  during: 'during the session',
} as const satisfies Record<PainSource, string>;

/** How far back pain reports are judged on each evaluation [design]: older ones were judged then. */
export const PAIN_ALERT_LOOKBACK_DAYS = 7;

const LEVEL_RANK = { warning: 1, high: 2, critical: 3 } as const;

const later = (a: PainReport, b: PainReport) =>
  a.date === b.date ? ORDER[a.source] - ORDER[b.source] : a.date < b.date ? -1 : 1;

/**
 * The pain reports from `from` to `asOf` in time order (progression.md: every report counts):
 * per day the morning check, then each session's pain before and its highest pain during (the
 * entry's, or an exercise's when that was higher); first, the last resting report before `from`,
 * the one the earliest is judged against. Only the window is sorted: this runs on every
 * evaluation, over months of journal.
 */
function painReports(journal: Journal, from: string, asOf: string): PainReport[] {
  const reports: PainReport[] = [];
  let before: PainReport | undefined;
  const add = (report: PainReport) => {
    if (report.date > asOf) return;
    if (report.date >= from) reports.push(report);
    else if (report.source !== 'during' && (before === undefined || later(before, report) <= 0))
      before = report;
  };
  for (const m of journal.morningChecks) add({ date: m.date, pain: m.pain, source: 'morning' });
  for (const e of journal.entries) {
    let during = e.painDuring;
    for (const x of e.exercises) {
      if (x.painDuring !== undefined && x.painDuring > during) during = x.painDuring;
    }
    add({ date: e.performedOn, pain: e.painBefore, source: 'before' });
    add({ date: e.performedOn, pain: during, source: 'during' });
  }
  // Stable: two sessions of a day keep the order they were logged in.
  reports.sort(later);
  if (before !== undefined) reports.unshift(before);
  return reports;
}

/**
 * Pain alerts (progression.md table) [design]: every report of the last week is judged, so the
 * outcome does not depend on when the evaluation runs (a session at 7/10 still raises its alert
 * when a calmer morning check arrives before the evaluation does). Resting reports (morning,
 * before) are judged against the resting report before them; pain during a session against that
 * session's pain before, beyond the rise and the ceiling the pain-monitoring model accepts
 * (silbernagel-2007, extrapolated), so an acceptable session raises nothing. Any report at 7/10
 * or more is critical. At most one alert per date, the most severe.
 */
export function painAlerts(journal: Journal, asOf: string): Alert[] {
  const end = toUtcDate(asOf);
  if (end === null) return [];
  // ISO dates compare as strings: one cut-off instead of date arithmetic per report.
  const from = formatDate(new Date(end.getTime() - PAIN_ALERT_LOOKBACK_DAYS * 86_400_000));
  const byDate = new Map<string, Alert>();
  let resting: PainReport | undefined;
  for (const report of painReports(journal, from, asOf)) {
    const previous = resting;
    if (report.source !== 'during') resting = report;
    if (report.date < from) continue;
    const alert = painAlertAt(report, previous);
    const kept = alert === null ? undefined : byDate.get(alert.on);
    if (alert !== null && (kept === undefined || LEVEL_RANK[alert.level] > LEVEL_RANK[kept.level]))
      byDate.set(alert.on, alert);
  }
  return [...byDate.values()];
}

/** The alert one pain report raises, given the resting report before it. */
function painAlertAt(latest: PainReport, previous: PainReport | undefined): Alert | null {
  const t = ALERTS.pain;
  const rise = previous === undefined ? 0 : latest.pain - previous.pain;
  const on = latest.date;
  const what = `${latest.pain}/10 ${WORDS[latest.source]} on ${on}`;
  const since =
    previous === undefined
      ? ''
      : ` (was ${previous.pain}/10 ${WORDS[previous.source]} on ${previous.date})`;
  const alert = (level: Alert['level'], message: string): Alert => ({
    type: 'pain',
    level,
    message,
    on,
    evidence: latest.source === 'during' ? ['silbernagel-2007'] : [],
  });
  if (latest.pain >= t.criticalAtLeast) return alert('critical', `Pain ${what}${since}.`);
  // During a session the model accepts a rise of up to 2 points, up to 5/10.
  const during = latest.source === 'during';
  const high = during ? rise > PM.maxRiseDuring : rise >= t.highRise;
  const warningFrom = during ? PM.maxPainDuring + 1 : t.warningAtLeast;
  if (high) return alert('high', `Pain up ${rise} points to ${what}${since}.`);
  if (latest.pain >= warningFrom && rise >= t.warningRise)
    return alert('warning', `Pain ${what}, up ${rise}${since}.`);
  return null;
}
