import { RULE_SET_VERSION } from '../assessment/assess.js';
import { formatDate, toUtcDate } from '../assessment/parse.js';
import { CATALOG } from '../catalog/index.js';
import type { Catalog } from '../catalog/types.js';
import type { PlanForProgress as Plan } from './plan-for-progress.js';
import { JOURNAL_RED_FLAG_SYMPTOMS } from '../red-flags/questions.js';
import { screenRedFlags } from '../red-flags/screen.js';
import type { JournalSymptomId, RedFlagQuestionId } from '../red-flags/types.js';
import { daysBetween } from '../stratification/stage.js';
import { engagementAlert, functionAlerts, painAlerts } from './alerts.js';
import { indexJournal, proposeForExercise, sessionsOf } from './exercise-proposal.js';
import type { Journal, MeasureRecord } from './journal.js';
import { measureChanges, reviewPrompts } from './review.js';
import { ALERTS, PAIN_MONITORING as PM } from './rules.js';
import type {
  Alert,
  ExerciseProposal,
  ProgressOptions,
  ProgressReport,
  JournalRescreen,
} from './types.js';

/** Red-flag symptoms reported in the journal recently re-run the screen (red-flags.md). */
function rescreen(journal: Journal, asOf: string): JournalRescreen | null {
  const since = formatDate(
    new Date((toUtcDate(asOf)?.getTime() ?? 0) - ALERTS.redFlagWindowDays * 86_400_000),
  );
  const recent = journal.entries.filter(
    (e) => e.newSymptoms.length > 0 && e.performedOn <= asOf && e.performedOn >= since,
  );
  if (recent.length === 0) return null;
  const symptoms = [...new Set(recent.flatMap((e) => e.newSymptoms))] as JournalSymptomId[];
  const answers: Partial<Record<RedFlagQuestionId, boolean>> = {};
  for (const s of JOURNAL_RED_FLAG_SYMPTOMS) {
    if (symptoms.includes(s.id)) for (const q of s.answersYes) answers[q] = true;
  }
  // Only what the symptoms answer: age-based facts stay unknown and raise nothing here.
  const result = screenRedFlags({
    answers,
    context: {
      age: Number.NaN,
      ageAtOnset: Number.NaN,
      symptomDurationDays: Number.NaN,
      firstEpisode: false,
    },
  });
  const reportedOn =
    recent
      .map((e) => e.performedOn)
      .sort()
      .at(-1) ?? asOf;
  return { symptoms, reportedOn, triage: result.triage, findings: result.findings };
}

/**
 * From the plan, the journal and repeated measures: a progress, hold or regress proposal per
 * exercise (at most two progressions a week), alerts on pain, engagement, function and red-flag
 * symptoms, a re-screen when the journal reports one, review prompts, and important change on the
 * measures. Proposals are for a clinician to accept; nothing here changes the plan.
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

  const indexed = indexJournal(journal, today);
  const sessions = new Map(
    plan.exercises.map((item) => [item.exerciseId, sessionsOf(item.exerciseId, indexed)]),
  );
  const proposals: ExerciseProposal[] = plan.exercises.map((item) =>
    proposeForExercise(item, sessions.get(item.exerciseId) ?? [], catalog),
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

  const check = rescreen(journal, today);
  if (check !== null && (check.triage === 'emergency' || check.triage === 'urgent')) {
    // A new red flag pauses the programme: nothing progresses until the patient has been seen.
    const why = `Programme paused by the re-screen (${check.findings.map((f) => f.flagName).join(', ')}: ${check.triage}): no change until the patient has been assessed.`;
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
  if (check !== null && check.findings.length > 0) {
    alerts.push({
      type: 'red-flag',
      level: 'critical',
      message: `New red-flag symptom reported on ${check.reportedOn}: ${check.findings.map((f) => `${f.flagName} (${f.level})`).join(', ')}. Act on the screen now.`,
      on: check.reportedOn,
      evidence: ['finucane-2020', 'nice-ng59'],
    });
  }
  for (const a of [
    ...painAlerts(journal, today),
    engagementAlert(plan, journal, today),
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
