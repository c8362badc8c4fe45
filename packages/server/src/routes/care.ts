import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { canManagePatient, canReadPatient, isStaff } from '../auth/policies.js';
import { acknowledgeAlert, acknowledgeBody } from '../commands/acknowledge-alert.js';
import { addFeedback, feedbackBody } from '../commands/add-feedback.js';
import { measureBody, recordMeasure } from '../commands/record-measure.js';
import { requireActor } from '../context.js';
import { alertPage } from '../db/alert-rows.js';
import { AppError } from '../errors.js';
import { pageOf, pageQuery, pageQueryFields, pageView, type SortColumn } from '../paging.js';
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

/** Newest first. */
const FEEDBACK_ORDER: readonly SortColumn[] = [
  { column: 'feedback.created_at', direction: 'desc' },
  { column: 'feedback.id', direction: 'desc' },
];

/** A patient's measures in the order they were taken (the charts' order). */
const MEASURE_ORDER: readonly SortColumn[] = [
  { column: 'taken_on', direction: 'asc' },
  { column: 'created_at', direction: 'asc' },
  { column: 'id', direction: 'asc' },
];

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
        querystring: z.strictObject({
          status: z.enum(['open', 'acknowledged']).optional(),
          ...pageQueryFields,
        }),
        response: { 200: pageView(alertView) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const p = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      await deps.progress.settle(p.clinic_id, p.id);
      return auditedRead(db, ctx, facts('alert.list', 'alert', null, p.id), async (trx) => {
        const { status, ...page } = request.query;
        const where = { clinicId: p.clinic_id, patientId: p.id, status };
        return alertPage(trx, where, page, presentAlert);
      });
    },
  );

  r.get(
    '/api/alerts',
    {
      schema: {
        querystring: z.object(pageQueryFields),
        response: { 200: pageView(alertView) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      if (!isStaff(ctx.actor)) throw new AppError('forbidden', 'Only clinic staff see alerts.');
      await deps.progress.settleClinic(ctx.actor.clinicId);
      return auditedRead(db, ctx, facts('alert.list', 'alert', null, null), async (trx) => {
        const where = { clinicId: ctx.actor.clinicId, status: 'open' as const };
        return alertPage(trx, where, request.query, presentAlert);
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
          ...pageQueryFields,
        }),
        response: { 200: pageView(feedbackView) },
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
        const rows = await pageQuery(q, FEEDBACK_ORDER, request.query).execute();
        const keyOf = (f: (typeof rows)[number]) => [f.created_at, f.id];
        return pageOf(rows, request.query.limit, FEEDBACK_ORDER, keyOf, presentFeedback);
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
        querystring: z.strictObject({ kind: id.optional(), ...pageQueryFields }),
        response: { 200: pageView(measureView) },
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
        const rows = await pageQuery(q, MEASURE_ORDER, request.query).execute();
        const keyOf = (m: (typeof rows)[number]) => [m.taken_on, m.created_at, m.id];
        return pageOf(rows, request.query.limit, MEASURE_ORDER, keyOf, presentMeasure);
      });
    },
  );
}
