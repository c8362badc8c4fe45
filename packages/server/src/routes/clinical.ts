import { transact } from '../db/transact.js';
import { assessmentSchema } from '@backplan/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { recordReadAudit, type AuditFacts } from '../audit.js';
import { patientFor } from './patient-access.js';
import { canManagePatient, canReadPatient } from '../auth/policies.js';
import { findPlan, makePlan, makePlanBody } from '../commands/make-plan.js';
import {
  previewEditsBody,
  previewPlanEdits,
  publishBody,
  publishPlan,
} from '../commands/publish-plan.js';
import { recordAssessment } from '../commands/record-assessment.js';
import {
  findAssessment,
  latestReview,
  redFlagReviewBody,
  reviewRedFlag,
} from '../commands/review-red-flag.js';
import { requireActor, type RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import {
  assessmentSummaryView,
  assessmentView,
  planSummaryView,
  planVersionView,
  planWarningView,
  presentAssessment,
  presentAssessmentSummary,
  presentPlanSummary,
  presentPlanVersion,
  presentRedFlagReview,
  presentWarnings,
  redFlagReviewView,
} from '../presenters/clinical.js';

const key = z.string().min(1).max(100);
const patientParams = z.strictObject({ patientId: key });
const assessmentParams = patientParams.extend({ assessmentId: key });
const planParams = patientParams.extend({ planId: key });
const planWithWarnings = planVersionView.extend({ warnings: z.array(planWarningView) });

/**
 * The patient of the actor's clinic they may read, or a 404: a missing patient and another
 * clinic's (or another patient's) look the same. `manage` then needs clinic staff (403).
 */
async function requirePatient(
  db: Kysely<Database>,
  ctx: RequestContext,
  patientId: string,
  access: 'read' | 'manage',
): Promise<PatientRow> {
  return patientFor(db, ctx, patientId, access === 'manage' ? canManagePatient : canReadPatient);
}

/** Clinical routes: assessments, red-flag reviews, plans and their versions. */
export function registerClinicalRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;

  /** A read of patient data: authorise and load in one read transaction, then audit it. */
  async function auditedRead<T>(
    ctx: RequestContext,
    patientId: string,
    facts: Omit<AuditFacts, 'patientId'>,
    load: (trx: Transaction<Database>, patient: PatientRow) => Promise<T>,
  ): Promise<T> {
    const { patient, value } = await transact(db, async (trx) => {
      const p = await requirePatient(trx, ctx, patientId, 'read');
      return { patient: p, value: await load(trx, p) };
    });
    await recordReadAudit(db, ctx, { ...facts, patientId: patient.id });
    return value;
  }

  r.post(
    '/api/patients/:patientId/assessments',
    {
      schema: {
        params: patientParams,
        body: z.strictObject({ assessment: assessmentSchema }),
        response: { 201: z.object({ assessment: assessmentView }) },
      },
    },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      const patient = await requirePatient(db, ctx, request.params.patientId, 'manage');
      const row = await recordAssessment({ db, ctx, patient, ...request.body });
      return reply.code(201).send({ assessment: presentAssessment(row, undefined) });
    },
  );

  r.get(
    '/api/patients/:patientId/assessments',
    {
      schema: {
        params: patientParams,
        response: { 200: z.object({ assessments: z.array(assessmentSummaryView) }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const facts = { action: 'assessment.list', resourceType: 'assessment', resourceId: null };
      return auditedRead(ctx, request.params.patientId, facts, async (trx, patient) => {
        const rows = await trx
          .selectFrom('assessment')
          .selectAll()
          .where('clinic_id', '=', patient.clinic_id)
          .where('patient_id', '=', patient.id)
          .orderBy('assessed_on', 'desc')
          .orderBy('created_at', 'desc')
          .execute();
        return { assessments: rows.map((row) => presentAssessmentSummary(row)) };
      });
    },
  );

  r.get(
    '/api/patients/:patientId/assessments/:assessmentId',
    {
      schema: {
        params: assessmentParams,
        response: { 200: z.object({ assessment: assessmentView }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const { patientId, assessmentId } = request.params;
      const facts = {
        action: 'assessment.read',
        resourceType: 'assessment',
        resourceId: assessmentId,
      };
      return auditedRead(ctx, patientId, facts, async (trx, patient) => {
        const row = await findAssessment(trx, ctx, patient.id, assessmentId);
        const review = await latestReview(trx, ctx.actor.clinicId, row.id);
        return { assessment: presentAssessment(row, review) };
      });
    },
  );

  r.post(
    '/api/patients/:patientId/assessments/:assessmentId/red-flag-review',
    {
      schema: {
        params: assessmentParams,
        body: redFlagReviewBody,
        response: { 201: z.object({ review: redFlagReviewView }) },
      },
    },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      const { patientId, assessmentId } = request.params;
      const patient = await requirePatient(db, ctx, patientId, 'manage');
      const row = await reviewRedFlag({ db, ctx, patient, assessmentId, ...request.body });
      return reply.code(201).send({ review: presentRedFlagReview(row) });
    },
  );

  r.post(
    '/api/patients/:patientId/plans',
    {
      schema: {
        params: patientParams,
        body: makePlanBody,
        response: { 201: planVersionView },
      },
    },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      const patient = await requirePatient(db, ctx, request.params.patientId, 'manage');
      const row = await makePlan({ db, ctx, patient, ...request.body });
      return reply.code(201).send(presentPlanVersion(row));
    },
  );

  r.post(
    '/api/patients/:patientId/plans/:planId/preview-edits',
    {
      schema: {
        params: planParams,
        body: previewEditsBody,
        response: {
          200: z.object({
            plan: planVersionView.shape.plan,
            warnings: z.array(planWarningView),
          }),
        },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const { patientId, planId } = request.params;
      const patient = await requirePatient(db, ctx, patientId, 'manage');
      const edited = await previewPlanEdits({ db, ctx, patient, planId, ...request.body });
      return { plan: edited.plan, warnings: presentWarnings(edited.warnings) };
    },
  );

  r.post(
    '/api/patients/:patientId/plans/:planId/publish',
    { schema: { params: planParams, body: publishBody, response: { 201: planWithWarnings } } },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      const { patientId, planId } = request.params;
      const patient = await requirePatient(db, ctx, patientId, 'manage');
      const { row, warnings } = await publishPlan({ db, ctx, patient, planId, ...request.body });
      return reply
        .code(201)
        .send({ ...presentPlanVersion(row), warnings: presentWarnings(warnings) });
    },
  );

  r.get(
    '/api/patients/:patientId/plans',
    {
      schema: {
        params: patientParams,
        response: { 200: z.object({ plans: z.array(planSummaryView) }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const facts = { action: 'plan.list', resourceType: 'plan', resourceId: null };
      return auditedRead(ctx, request.params.patientId, facts, async (trx, patient) => {
        const rows = await trx
          .selectFrom('plan')
          .selectAll()
          .where('clinic_id', '=', patient.clinic_id)
          .where('patient_id', '=', patient.id)
          .orderBy('created_at', 'desc')
          .orderBy('version', 'desc')
          .execute();
        return { plans: rows.map(presentPlanSummary) };
      });
    },
  );

  r.get(
    '/api/patients/:patientId/plans/:planId',
    { schema: { params: planParams, response: { 200: planVersionView } } },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const { patientId, planId } = request.params;
      const facts = { action: 'plan.read', resourceType: 'plan', resourceId: planId };
      return auditedRead(ctx, patientId, facts, async (trx, patient) =>
        presentPlanVersion(await findPlan(trx, ctx, patient.id, planId)),
      );
    },
  );
}
