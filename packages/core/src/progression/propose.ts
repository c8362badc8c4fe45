import { RULE_SET_VERSION } from '../assessment/assess.js';
import { formatDate, toUtcDate } from '../assessment/parse.js';
import { CATALOG } from '../catalog/index.js';
import type { Catalog } from '../catalog/types.js';
import type { PlanForProgress as Plan } from './plan-for-progress.js';
import { daysBetween } from '../stratification/stage.js';
import { functionAlerts } from './alerts.js';
import { engagementAlert, engagementOf } from './engagement.js';
import { indexJournal, sessionsOf } from './exercise-proposal.js';
import type { Journal, MeasureRecord } from './journal.js';
import { journalRescreen, redFlagAlert } from './journal-rescreen.js';
import { painAlerts } from './pain-alerts.js';
import { proposeFromRecent } from './recent-proposal.js';
import { measureChanges, reviewPrompts } from './review.js';
import { ENGAGEMENT, PAIN_MONITORING as PM } from './rules.js';
import type { Alert, ExerciseProposal, ProgressOptions, ProgressReport } from './types.js';

/**
 * From the plan, the journal and repeated measures: a progress, hold or regress proposal per
 * exercise from recent data only (at most two progressions a week; none while disengaged or
 * paused by a red flag), alerts on pain, engagement, function and red-flag symptoms, the
 * re-screen of reported symptoms with the latest assessment (`options.baseline`), review prompts,
 * and important change on the measures (progression.md, red-flags.md). Proposals are for a
 * clinician to accept; nothing here changes the plan, and a proposal no longer made is stale.
 */
export function proposeChanges(
  plan: Plan,
  journal: Journal,
  measures: readonly MeasureRecord[],
  asOf: Date | string,
  options: ProgressOptions & { readonly catalog?: Catalog } = {},
): ProgressReport {
  const date = toUtcDate(asOf) ?? toUtcDate(plan.startDate) ?? new Date(0);
  const today = formatDate(date);
  const start = toUtcDate(plan.startDate) ?? date;
  const week = Math.max(1, Math.floor(daysBetween(start, date) / 7) + 1);
  const catalog = options.catalog ?? CATALOG;

  const marked = options.disengaged === true;
  const engagement = { ...engagementOf(plan, journal, today, marked), marked };
  const indexed = indexJournal(journal, today);
  const sessions = new Map(
    plan.exercises.map((item) => [item.exerciseId, sessionsOf(item.exerciseId, indexed)]),
  );
  const recentFrom = formatDate(
    new Date(date.getTime() - ENGAGEMENT.recentSessionDays * 86_400_000),
  );
  const proposals: ExerciseProposal[] = plan.exercises.map((item) =>
    proposeFromRecent(item, sessions.get(item.exerciseId) ?? [], engagement, recentFrom, catalog),
  );
  // Keep to two progressions a week, counting those accepted in the last 7 days.
  const weekAgo = formatDate(new Date(date.getTime() - 7 * 86_400_000));
  const recent = (options.recentProgressions ?? []).filter(
    (p) => p.on > weekAgo && p.on <= today,
  ).length;
  let allowed = Math.max(0, PM.maxProgressionsPerWeek - recent);
  const effortOf = (id: string) => sessions.get(id)?.at(-1)?.entry.effort ?? 10;
  const order = proposals
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.action === 'progress')
    .sort(
      (a, b) =>
        effortOf(a.p.exerciseId) - effortOf(b.p.exerciseId) ||
        (a.p.exerciseId < b.p.exerciseId ? -1 : 1),
    );
  for (const { p, i } of order) {
    if (allowed > 0) {
      allowed--;
      continue;
    }
    proposals[i] = {
      exerciseId: p.exerciseId,
      name: p.name,
      action: 'hold',
      reasons: [
        ...p.reasons.slice(0, 1),
        `Ready to progress, but no more than ${PM.maxProgressionsPerWeek} exercises progress in one week: this one waits.`,
      ],
      evidence: p.evidence,
    };
  }

  const check = journalRescreen(journal, today, options.baseline ?? null);
  if (check !== null && check.safety !== 'clear') {
    // A new red flag pauses the programme: nothing progresses until the patient has been seen.
    const flags = check.newFindings.filter((f) => f.level === check.safety);
    const why = `Programme paused by the re-screen (${flags.map((f) => f.flagName).join(', ')}: ${check.safety}): no change until the patient has been assessed.`;
    for (const [i, p] of proposals.entries()) {
      proposals[i] = {
        exerciseId: p.exerciseId,
        name: p.name,
        action: 'hold',
        reasons: [why],
        evidence: ['finucane-2020', 'nice-ng59'],
      };
    }
  }
  const alerts: Alert[] = [];
  if (check !== null) alerts.push(redFlagAlert(check));
  for (const a of [
    ...painAlerts(journal, today),
    engagementAlert(plan, journal, today, { disengaged: marked }),
    ...functionAlerts(measures, today),
  ]) {
    if (a !== null) alerts.push(a);
  }
  const changes = measureChanges(measures, today);
  return {
    ruleSetVersion: RULE_SET_VERSION,
    asOf: today,
    weekOfPlan: week,
    proposals,
    alerts,
    rescreen: check,
    reviewPrompts: reviewPrompts(week, measures, changes, plan.startDate),
    measures: changes,
  };
}
