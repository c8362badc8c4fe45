import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Transaction } from 'kysely';
import type { Deps } from '../app.js';
import type { AuditFacts } from '../audit.js';
import { isStaff } from '../auth/policies.js';
import { makePlan, makePlanBody } from '../commands/make-plan.js';
import { findPlan } from '../commands/plan-versions.js';
import {
  previewEditsBody,
  previewPlanEdits,
  publishBody,
  publishPlan,
} from '../commands/publish-plan.js';
import { requireActor, type RequestContext } from '../context.js';
import { latestGoalMeasures } from '../db/goal-measures.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import { pageOf, pageQuery, pageQueryFields, pageView, type SortColumn } from '../paging.js';
import {
  planSummaryView,
  planVersionView,
  planWarningView,
  presentPlanSummary,
  presentPlanVersion,
  presentWarnings,
} from '../presenters/clinical.js';
import { auditedClinicalRead, requirePatient } from './clinical-access.js';

const key = z.string().min(1).max(100);
const patientParams = z.strictObject({ patientId: key });
const planParams = patientParams.extend({ planId: key });
/** Newest version first. */
const PLAN_ORDER: readonly SortColumn[] = [
  { column: 'created_at', direction: 'desc' },
  { column: 'version', direction: 'desc' },
  { column: 'id', direction: 'desc' },
];
const planWithWarnings = planVersionView.extend({ warnings: z.array(planWarningView) });

/** Plans: generated as drafts, previewed and published with edits, read by version. */
export function registerPlanRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;
  const auditedRead = <T>(
    ctx: RequestContext,
    patientId: string,
    facts: Omit<AuditFacts, 'patientId'>,
    load: (trx: Transaction<Database>, patient: PatientRow) => Promise<T>,
  ) => auditedClinicalRead(db, ctx, patientId, facts, load);

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
      const measures = await latestGoalMeasures(db, patient.clinic_id, patient.id);
      return reply.code(201).send(presentPlanVersion(row, measures));
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
      const measures = await latestGoalMeasures(db, patient.clinic_id, patient.id);
      return reply
        .code(201)
        .send({ ...presentPlanVersion(row, measures), warnings: presentWarnings(warnings) });
    },
  );

  r.get(
    '/api/patients/:patientId/plans',
    {
      schema: {
        params: patientParams,
        querystring: z.object(pageQueryFields),
        response: { 200: pageView(planSummaryView) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const facts = { action: 'plan.list', resourceType: 'plan', resourceId: null };
      return auditedRead(ctx, request.params.patientId, facts, async (trx, patient) => {
        let q = trx
          .selectFrom('plan')
          .selectAll()
          .where('clinic_id', '=', patient.clinic_id)
          .where('patient_id', '=', patient.id);
        if (!isStaff(ctx.actor)) q = q.where('status', '!=', 'draft');
        const rows = await pageQuery(q, PLAN_ORDER, request.query).execute();
        const keyOf = (p: (typeof rows)[number]) => [p.created_at, p.version, p.id];
        return pageOf(rows, request.query.limit, PLAN_ORDER, keyOf, presentPlanSummary);
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
      return auditedRead(ctx, patientId, facts, async (trx, patient) => {
        const row = await findPlan(trx, ctx, patient.id, planId);
        // A draft is the therapist's until published: the patient does not see it exists.
        if (row.status === 'draft' && !isStaff(ctx.actor))
          throw new AppError('not-found', 'No such plan.');
        return presentPlanVersion(
          row,
          await latestGoalMeasures(trx, patient.clinic_id, patient.id),
        );
      });
    },
  );
}
