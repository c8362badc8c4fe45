import { anyAssessmentSchema } from '@backplan/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Deps } from '../app.js';
import type { AuditFacts } from '../audit.js';
import { recordAssessment } from '../commands/record-assessment.js';
import {
  findAssessment,
  latestReview,
  redFlagReviewBody,
  reviewRedFlag,
} from '../commands/review-red-flag.js';
import { requireActor, type RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { pageOf, pageQuery, pageQueryFields, pageView, type SortColumn } from '../paging.js';
import {
  assessmentSummaryView,
  assessmentView,
  presentAssessment,
  presentAssessmentSummary,
  presentRedFlagReview,
  redFlagReviewView,
} from '../presenters/clinical.js';
import { auditedClinicalRead, requirePatient } from './clinical-access.js';
import { registerPlanRoutes } from './plans.js';

const key = z.string().min(1).max(100);
const patientParams = z.strictObject({ patientId: key });
const assessmentParams = patientParams.extend({ assessmentId: key });
/** Newest assessment first. */
const ASSESSMENT_ORDER: readonly SortColumn[] = [
  { column: 'assessed_on', direction: 'desc' },
  { column: 'created_at', direction: 'desc' },
  { column: 'id', direction: 'desc' },
];

/** Clinical routes: assessments and red-flag reviews; then the plans. */
export function registerClinicalRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;

  /** A read of patient data: authorised and loaded in one read transaction, then audited. */
  const auditedRead = <T>(
    ctx: RequestContext,
    patientId: string,
    facts: Omit<AuditFacts, 'patientId'>,
    load: (trx: Transaction<Database>, patient: PatientRow) => Promise<T>,
  ) => auditedClinicalRead(db, ctx, patientId, facts, load);

  r.post(
    '/api/patients/:patientId/assessments',
    {
      schema: {
        params: patientParams,
        // Version 1 bodies are read too: migrated to the current version first.
        body: z.strictObject({ assessment: anyAssessmentSchema }),
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
        querystring: z.object(pageQueryFields),
        response: { 200: pageView(assessmentSummaryView) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const facts = { action: 'assessment.list', resourceType: 'assessment', resourceId: null };
      return auditedRead(ctx, request.params.patientId, facts, async (trx, patient) => {
        const query = trx
          .selectFrom('assessment')
          .selectAll()
          .where('clinic_id', '=', patient.clinic_id)
          .where('patient_id', '=', patient.id);
        const page = await pageQuery(query, ASSESSMENT_ORDER, request.query).execute();
        const keyOf = (a: (typeof page)[number]) => [a.assessed_on, a.created_at, a.id];
        return pageOf(page, request.query.limit, ASSESSMENT_ORDER, keyOf, (row) =>
          presentAssessmentSummary(row),
        );
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

  registerPlanRoutes(app, deps);
}
