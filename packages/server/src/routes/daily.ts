import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Deps } from '../app.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit, type AuditFacts } from '../audit.js';
import {
  canManagePatient,
  canReadPatient,
  canRecordForPatient,
  isStaff,
  type PatientRef,
} from '../auth/policies.js';
import { newId } from '../auth/tokens.js';
import { decideProposal } from '../commands/decide-proposal.js';
import { journalBody, latestAllowedDate, recordJournalEntry } from '../commands/record-journal.js';
import { morningCheckBody, recordMorningCheck } from '../commands/record-morning-check.js';
import { journalItem, readJournal, readToday, todayView } from '../commands/today.js';
import { requireActor, type RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import {
  alertView,
  feedbackView,
  journalEntryView,
  measureView,
  morningCheckView,
  presentAlert,
  presentFeedback,
  presentJournalEntry,
  presentMeasure,
  presentMorningCheck,
  presentProposal,
  proposalView,
  redFlagView,
} from '../presenters/daily.js';
import { patientParams } from './patients.js';

const id = z.string().min(1).max(100);
const isoDate = z.iso.date();
export const PHYSICAL_MEASURES = [
  'fingertip-to-floor-cm',
  'straight-leg-raise-deg',
  'hip-internal-rotation-deg',
  'biering-sorensen-s',
  'trunk-flexor-endurance-s',
  'side-bridge-s',
  'five-times-sit-to-stand-s',
  'walking-minutes-per-day',
  'steps-per-day',
] as const;
const measureBody = z.strictObject({
  kind: z.enum(PHYSICAL_MEASURES),
  side: z.enum(['left', 'right']).optional(),
  value: z.number().min(-1000).max(1_000_000),
  takenOn: isoDate,
});
const feedbackBody = z.strictObject({
  body: z.string().trim().min(1).max(2000),
  journalEntryId: id.optional(),
});
const created = <T extends z.ZodType>(view: T) => ({ 200: view, 201: view });
const redFlag = { redFlag: redFlagView.nullable() };

/** The patient the request is about: 404 unless readable (existence is not revealed), 403 unless allowed. */
async function patientFor(
  db: Kysely<Database>,
  ctx: RequestContext,
  patientId: string,
  may: (a: Actor, p: PatientRef) => boolean = canReadPatient,
): Promise<PatientRow> {
  const row = await db
    .selectFrom('patient')
    .selectAll()
    .where('clinic_id', '=', ctx.actor.clinicId)
    .where('id', '=', patientId)
    .executeTakeFirst();
  const ref = row === undefined ? null : { clinicId: row.clinic_id, id: row.id };
  if (
    row === undefined ||
    ref === null ||
    row.status === 'erased' ||
    !canReadPatient(ctx.actor, ref)
  )
    throw new AppError('not-found', 'No such patient.');
  if (!may(ctx.actor, ref))
    throw new AppError('forbidden', 'You may not do this for this patient.');
  return row;
}

/** The patient's daily loop: today, journal, morning checks, proposals, alerts, notes, measures. */
export function registerDailyRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;
  /** A read or write and its audit event in one transaction. */
  const audited = <T>(
    ctx: RequestContext,
    facts: AuditFacts,
    work: (trx: Kysely<Database>) => Promise<T>,
  ) =>
    db.transaction().execute(async (trx) => {
      const result = await work(trx);
      await recordAudit(trx, ctx, facts);
      return result;
    });
  const facts = (
    action: string,
    resourceType: string,
    resourceId: string | null,
    patientId: string | null,
  ) => ({
    action,
    resourceType,
    resourceId,
    patientId,
  });
  const base = '/api/patients/:patientId';

  r.get(
    `${base}/today`,
    {
      schema: {
        params: patientParams,
        querystring: z.strictObject({ date: isoDate.optional() }),
        response: { 200: z.object({ today: todayView }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const today = await readToday({
        db,
        ctx,
        patientId: request.params.patientId,
        date: request.query.date,
      });
      return { today };
    },
  );

  r.post(
    `${base}/journal`,
    {
      schema: {
        params: patientParams,
        body: journalBody,
        response: created(z.object({ entry: journalEntryView, ...redFlag })),
      },
    },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canRecordForPatient);
      const result = await recordJournalEntry({ db, ctx, patient, body: request.body });
      return reply
        .code(result.created ? 201 : 200)
        .send({ entry: presentJournalEntry(result.row), redFlag: result.redFlag });
    },
  );

  r.post(
    `${base}/morning-checks`,
    {
      schema: {
        params: patientParams,
        body: morningCheckBody,
        response: created(z.object({ morningCheck: morningCheckView, ...redFlag })),
      },
    },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canRecordForPatient);
      const result = await recordMorningCheck({ db, ctx, patient, body: request.body });
      return reply
        .code(result.created ? 201 : 200)
        .send({ morningCheck: presentMorningCheck(result.row), redFlag: result.redFlag });
    },
  );

  r.get(
    `${base}/journal`,
    {
      schema: {
        params: patientParams,
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(60) }),
        response: { 200: z.object({ entries: z.array(journalItem) }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const p = await patientFor(db, ctx, request.params.patientId);
      return audited(ctx, facts('journal.read', 'journal-entry', null, p.id), (trx) =>
        readJournal({ trx, patient: p, limit: request.query.limit }),
      );
    },
  );

  r.get(
    `${base}/proposals`,
    {
      schema: {
        params: patientParams,
        response: { 200: z.object({ proposals: z.array(proposalView) }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const p = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      return audited(ctx, facts('proposal.list', 'proposal', null, p.id), async (trx) => {
        const rows = await trx
          .selectFrom('proposal')
          .selectAll()
          .where('clinic_id', '=', p.clinic_id)
          .where('patient_id', '=', p.id)
          .where('status', '=', 'open')
          .orderBy('created_at')
          .execute();
        return { proposals: rows.map(presentProposal) };
      });
    },
  );

  r.post(
    `${base}/proposals/:proposalId/decision`,
    {
      schema: {
        params: patientParams.extend({ proposalId: id }),
        body: z.strictObject({ decision: z.enum(['accept', 'reject']) }),
        response: {
          200: z.object({
            proposal: proposalView,
            plan: z.object({ id: z.string(), version: z.number() }).nullable(),
          }),
        },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      const { proposal, plan } = await decideProposal({
        db,
        ctx,
        patient,
        proposalId: request.params.proposalId,
        decision: request.body.decision,
      });
      return {
        proposal: presentProposal(proposal),
        plan: plan === null ? null : { id: plan.id, version: plan.version },
      };
    },
  );

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
      return audited(ctx, facts('alert.list', 'alert', null, p.id), async (trx) => {
        let q = trx
          .selectFrom('alert')
          .selectAll()
          .where('clinic_id', '=', p.clinic_id)
          .where('patient_id', '=', p.id);
        if (request.query.status !== undefined) q = q.where('status', '=', request.query.status);
        const rows = await q.orderBy('on_date', 'desc').orderBy('created_at', 'desc').execute();
        return { alerts: rows.map(presentAlert) };
      });
    },
  );

  r.get(
    '/api/alerts',
    { schema: { response: { 200: z.object({ alerts: z.array(alertView) }) } } },
    async (request) => {
      const ctx = await requireActor(request, deps);
      if (!isStaff(ctx.actor)) throw new AppError('forbidden', 'Only clinic staff see alerts.');
      return audited(ctx, facts('alert.list', 'alert', null, null), async (trx) => {
        const rows = await trx
          .selectFrom('alert')
          .selectAll()
          .where('clinic_id', '=', ctx.actor.clinicId)
          .where('status', '=', 'open')
          .orderBy('created_at', 'desc')
          .execute();
        return { alerts: rows.map(presentAlert) };
      });
    },
  );

  r.post(
    `${base}/alerts/:alertId/acknowledge`,
    {
      schema: {
        params: patientParams.extend({ alertId: id }),
        response: { 200: z.object({ alert: alertView }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const p = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      const alertId = request.params.alertId;
      return audited(ctx, facts('alert.acknowledge', 'alert', alertId, p.id), async (trx) => {
        const row = await trx
          .updateTable('alert')
          .set({ status: 'acknowledged', acknowledged_by: ctx.actor.userId })
          .where('clinic_id', '=', p.clinic_id)
          .where('patient_id', '=', p.id)
          .where('id', '=', alertId)
          .returningAll()
          .executeTakeFirst();
        if (row === undefined) throw new AppError('not-found', 'No such alert.');
        return { alert: presentAlert(row) };
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
      const p = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      const row = {
        clinic_id: p.clinic_id,
        id: newId(),
        patient_id: p.id,
        journal_entry_id: request.body.journalEntryId ?? null,
        author_id: ctx.actor.userId,
        body: request.body.body,
        created_at: ctx.now.toISOString(),
      };
      await audited(ctx, facts('feedback.create', 'feedback', row.id, p.id), async (trx) => {
        if (row.journal_entry_id !== null) {
          const entry = await trx
            .selectFrom('journal_entry')
            .select('id')
            .where('clinic_id', '=', p.clinic_id)
            .where('patient_id', '=', p.id)
            .where('id', '=', row.journal_entry_id)
            .executeTakeFirst();
          if (entry === undefined) {
            throw new AppError(
              'validation-failed',
              'No journal entry of this patient has that id.',
              [{ path: 'body.journalEntryId', message: 'Not a journal entry of this patient.' }],
            );
          }
        }
        await trx.insertInto('feedback').values(row).execute();
      });
      return reply
        .code(201)
        .send({ feedback: presentFeedback({ ...row, author_name: ctx.actor.name }) });
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
      const p = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      const b = request.body;
      if (b.takenOn > latestAllowedDate(ctx)) {
        throw new AppError('validation-failed', 'A measure cannot be taken in the future.', [
          { path: 'body.takenOn', message: 'Must not be later than today.' },
        ]);
      }
      const row = {
        clinic_id: p.clinic_id,
        id: newId(),
        patient_id: p.id,
        kind: b.kind,
        side: b.side ?? null,
        value: b.value,
        answers: null,
        taken_on: b.takenOn,
        created_by: ctx.actor.userId,
        created_at: ctx.now.toISOString(),
      };
      await audited(ctx, facts('measure.create', 'measure', row.id, p.id), (trx) =>
        trx.insertInto('measure').values(row).execute(),
      );
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
      const p = await patientFor(db, ctx, request.params.patientId);
      return audited(ctx, facts('measure.list', 'measure', null, p.id), async (trx) => {
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
