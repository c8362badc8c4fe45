import {
  rescoreGoals,
  upgradePlan,
  type AssessmentResult,
  type Plan,
  type PlanWarning,
} from '@backplan/core';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { readJson } from '../db/dialect.js';
import type { GoalMeasures } from '../db/goal-measures.js';
import type { AssessmentTable, PlanTable, RedFlagReviewTable } from '../db/schema.js';

/**
 * Assessments, red-flag reviews and plan versions as the API shows them: explicit mappings from
 * rows. The core's AssessmentResult and Plan are JSON already and pass through whole (they carry
 * every conclusion with its reasons and evidence).
 */
export type AssessmentRow = Selectable<AssessmentTable>;
export type PlanRow = Selectable<PlanTable>;
export type RedFlagReviewRow = Selectable<RedFlagReviewTable>;

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

const resultView = z.custom<AssessmentResult>(isObject).meta({
  type: 'object',
  description:
    'The core AssessmentResult: red-flag screen, plan gate, stage, scores, STarT Back risk, ' +
    'approach, tolerance, directional preference, prediction rules, psychosocial flags and gaps.',
});
const planBody = z.custom<Plan>(isObject).meta({
  type: 'object',
  description:
    'The core Plan: exercises with doses, lessons, activity goal, interventions, phases, ' +
    'referrals, reasons and evidence.',
});

export const planGateView = z.object({
  status: z.enum(['blocked', 'incomplete', 'needs-review', 'allowed']),
  reasons: z.array(z.string()),
  evidence: z.array(z.string()),
});

export const redFlagReviewView = z.object({
  id: z.string(),
  assessmentId: z.string(),
  reviewedBy: z.string(),
  reviewedOn: z.string(),
  outcome: z.string(),
  recordedBy: z.string(),
  createdAt: z.string(),
});

export const assessmentSummaryView = z.object({
  id: z.string(),
  patientId: z.string(),
  episodeId: z.string(),
  assessedOn: z.string(),
  kind: z.enum(['initial', 'reassessment']),
  triage: z.string(),
  planGate: planGateView,
  ruleVersion: z.string(),
  createdAt: z.string(),
});

export const assessmentView = assessmentSummaryView.extend({
  result: resultView,
  redFlagReview: redFlagReviewView.nullable(),
});

export const planSummaryView = z.object({
  id: z.string(),
  patientId: z.string(),
  episodeId: z.string(),
  assessmentId: z.string(),
  version: z.number().int(),
  /** A draft is invisible to the patient until published; then active, later superseded. */
  status: z.enum(['draft', 'active', 'superseded']),
  ruleVersion: z.string(),
  createdAt: z.string(),
});

export const goalProgressView = z.object({
  goalId: z.string(),
  current: z.number().nullable(),
  met: z.boolean().nullable(),
  text: z.string(),
});

export const planVersionView = planSummaryView.extend({
  plan: planBody,
  goalProgress: z
    .array(goalProgressView)
    .describe("The plan's goals re-scored with the patient's latest measures, one per goal."),
});

export const planWarningView = z.object({
  code: z.string(),
  subject: z.string(),
  message: z.string(),
  evidence: z.array(z.string()),
});

/** A stored assessment result (written by this server from the core's output). */
export function readResult(row: AssessmentRow): AssessmentResult {
  return readJson(row.result) as AssessmentResult;
}

/**
 * A stored plan version's plan (written by this server from the core's output), brought up to
 * the current Plan shape: a version stored before a field existed reads with its default.
 */
export function readPlan(row: Pick<PlanRow, 'plan'>): Plan {
  return upgradePlan(readJson(row.plan));
}

export function presentRedFlagReview(r: RedFlagReviewRow): z.output<typeof redFlagReviewView> {
  return {
    id: r.id,
    assessmentId: r.assessment_id,
    reviewedBy: r.reviewed_by,
    reviewedOn: r.reviewed_on,
    outcome: r.outcome,
    recordedBy: r.created_by,
    createdAt: r.created_at,
  };
}

export function presentAssessmentSummary(
  row: AssessmentRow,
  result: AssessmentResult = readResult(row),
): z.output<typeof assessmentSummaryView> {
  const gate = result.planGate;
  return {
    id: row.id,
    patientId: row.patient_id,
    episodeId: row.episode_id,
    assessedOn: row.assessed_on,
    kind: row.kind,
    triage: row.triage,
    planGate: { status: gate.status, reasons: [...gate.reasons], evidence: [...gate.evidence] },
    ruleVersion: row.rule_version,
    createdAt: row.created_at,
  };
}

export function presentAssessment(
  row: AssessmentRow,
  review: RedFlagReviewRow | undefined,
): z.output<typeof assessmentView> {
  const result = readResult(row);
  return {
    ...presentAssessmentSummary(row, result),
    result,
    redFlagReview: review === undefined ? null : presentRedFlagReview(review),
  };
}

export function presentPlanSummary(row: PlanRow): z.output<typeof planSummaryView> {
  return {
    id: row.id,
    patientId: row.patient_id,
    episodeId: row.episode_id,
    assessmentId: row.assessment_id,
    version: row.version,
    status: row.status,
    ruleVersion: row.rule_version,
    createdAt: row.created_at,
  };
}

/** A plan version with its goals re-scored against the patient's latest measures. */
export function presentPlanVersion(
  row: PlanRow,
  measures: GoalMeasures,
): z.output<typeof planVersionView> {
  const plan = readPlan(row);
  return {
    ...presentPlanSummary(row),
    plan,
    goalProgress: rescoreGoals(plan.goals, measures).map((g) => ({ ...g })),
  };
}

export function presentWarnings(
  warnings: readonly PlanWarning[],
): z.output<typeof planWarningView>[] {
  return warnings.map((w) => ({
    code: w.code,
    subject: w.subject,
    message: w.message,
    evidence: [...w.evidence],
  }));
}
