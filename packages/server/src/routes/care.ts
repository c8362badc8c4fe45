import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { canManagePatient, canReadPatient, isStaff } from '../auth/policies.js';
import { acknowledgeAlert, acknowledgeBody } from '../commands/acknowledge-alert.js';
import { addFeedback, feedbackBody } from '../commands/add-feedback.js';
import { measureBody, recordMeasure } from '../commands/record-measure.js';
import { requireActor } from '../context.js';
import { alertRows } from '../db/alert-rows.js';
import { AppError } from '../errors.js';
import {
  alertView,
  feedbackView,
  measureView,
  presentAlert,
  presentFeedback,
  presentMeasure,
} from '../presenters/daily.js';
import { auditedRead, auditFacts as facts, patientFor } from './patient-access.js';
import { patientParams } from './patients.js';

const id = z.string().min(1).max(100);

/** The clinician's side of the daily loop: alerts, feedback to the patient, physical measures. */
export function registerCareRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;
  const base = '/api/patients/:patientId';

  r.get(
    `${base}/alerts`,
    {
      schema: {
        params: patientParams,
        querystring: z.strictObject({ status: z.enum(['open', 'acknowledged']).optional() }),
        response: { 200: z.object({ alerts: z.array(alertView) }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const p = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      await deps.progress.settle(p.clinic_id, p.id);
      return auditedRead(db, ctx, facts('alert.list', 'alert', null, p.id), async (trx) => {
        const where = { clinicId: p.clinic_id, patientId: p.id, status: request.query.status };
        return { alerts: (await alertRows(trx, where)).map(presentAlert) };
      });
    },
  );

  r.get(
    '/api/alerts',
    { schema: { response: { 200: z.object({ alerts: z.array(alertView) }) } } },
    async (request) => {
      const ctx = await requireActor(request, deps);
      if (!isStaff(ctx.actor)) throw new AppError('forbidden', 'Only clinic staff see alerts.');
      await deps.progress.settleClinic(ctx.actor.clinicId);
      return auditedRead(db, ctx, facts('alert.list', 'alert', null, null), async (trx) => {
        const rows = await alertRows(trx, { clinicId: ctx.actor.clinicId, status: 'open' });
        return { alerts: rows.map(presentAlert) };
      });
    },
  );

  r.post(
    `${base}/alerts/:alertId/acknowledge`,
    {
      schema: {
        params: patientParams.extend({ alertId: id }),
        body: acknowledgeBody,
        response: { 200: z.object({ alert: alertView }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      await deps.progress.settle(patient.clinic_id, patient.id);
      const { alertId } = request.params;
      const row = await acknowledgeAlert({ db, ctx, patient, alertId, body: request.body });
      return { alert: presentAlert(row) };
    },
  );

  r.get(
    `${base}/feedback`,
    {
      schema: {
        params: patientParams,
        querystring: z.strictObject({
          /** `notes`: only the notes to the patient; `all`: comments on entries as well. */
          kind: z.enum(['notes', 'all']).default('notes'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ feedback: z.array(feedbackView) }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const p = await patientFor(db, ctx, request.params.patientId, canReadPatient);
      return auditedRead(db, ctx, facts('feedback.list', 'feedback', null, p.id), async (trx) => {
        let q = trx
          .selectFrom('feedback')
          .leftJoin('user', 'user.id', 'feedback.author_id')
          .selectAll('feedback')
          .select('user.name as author_name')
          .where('feedback.clinic_id', '=', p.clinic_id)
          .where('feedback.patient_id', '=', p.id);
        if (request.query.kind === 'notes') q = q.where('feedback.journal_entry_id', 'is', null);
        const rows = await q
          .orderBy('feedback.created_at', 'desc')
          .limit(request.query.limit)
          .execute();
        return { feedback: rows.map(presentFeedback) };
      });
    },
  );

  r.post(
    `${base}/feedback`,
    {
      schema: {
        params: patientParams,
        body: feedbackBody,
        response: { 201: z.object({ feedback: feedbackView }) },
      },
    },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      const row = await addFeedback({ db, ctx, patient, body: request.body });
      return reply.code(201).send({ feedback: presentFeedback(row) });
    },
  );

  r.post(
    `${base}/measures`,
    {
      schema: {
        params: patientParams,
        body: measureBody,
        response: { 201: z.object({ measure: measureView }) },
      },
    },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      const row = await recordMeasure({ db, ctx, patient, body: request.body });
      return reply.code(201).send({ measure: presentMeasure(row) });
    },
  );

  r.get(
    `${base}/measures`,
    {
      schema: {
        params: patientParams,
        querystring: z.strictObject({ kind: id.optional() }),
        response: { 200: z.object({ measures: z.array(measureView) }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const p = await patientFor(db, ctx, request.params.patientId, canReadPatient);
      return auditedRead(db, ctx, facts('measure.list', 'measure', null, p.id), async (trx) => {
        let q = trx
          .selectFrom('measure')
          .selectAll()
          .where('clinic_id', '=', p.clinic_id)
          .where('patient_id', '=', p.id);
        if (request.query.kind !== undefined) q = q.where('kind', '=', request.query.kind);
        const rows = await q.orderBy('taken_on').orderBy('created_at').execute();
        return { measures: rows.map(presentMeasure) };
      });
    },
  );
}
