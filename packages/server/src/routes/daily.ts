import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { calendarDate } from '@backplan/core';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { canManagePatient, canReadPatient, canRecordForPatient } from '../auth/policies.js';
import { decideProposal, decisionBody } from '../commands/decide-proposal.js';
import { journalBody, recordJournalEntry } from '../commands/record-journal.js';
import { morningCheckBody, recordMorningCheck } from '../commands/record-morning-check.js';
import { journalItem, readJournal } from '../commands/read-journal.js';
import { recordSymptomReport, symptomReportBody } from '../commands/record-symptom-report.js';
import { readToday, todayView } from '../commands/today.js';
import { contextOf, requireActor, sessionKeyOf } from '../context.js';
import { fastSerializerCompiler } from '../fast-serializer.js';
import {
  journalEntryView,
  morningCheckView,
  presentJournalEntry,
  presentMorningCheck,
  presentProposal,
  proposalView,
} from '../presenters/daily.js';
import { planWarningView, presentWarnings } from '../presenters/clinical.js';
import { presentSymptomReport, redFlagView, symptomReportView } from '../presenters/safety.js';
import { registerCareRoutes } from './care.js';
import { registerQuestionnaireRoutes } from './questionnaires.js';
import {
  actorAndPatient,
  auditedRead,
  auditFacts as facts,
  patientFor,
  settleRecord,
} from './patient-access.js';
import { patientParams } from './patients.js';
import { pageOf, pageQuery, pageQueryFields, pageView, type SortColumn } from '../paging.js';

export { PHYSICAL_MEASURES } from '../commands/record-measure.js';

const id = z.string().min(1).max(100);
const isoDate = calendarDate;
const created = <T extends z.ZodType>(view: T) => ({ 200: view, 201: view });
const redFlag = { redFlag: redFlagView.nullable() };

/**
 * The patient's daily loop: today, journal, morning checks, proposals; then the care routes
 * (alerts, feedback, measures) and the repeated questionnaires.
 */
/** Open proposals, oldest first; one evaluation's proposals by exercise. */
const PROPOSAL_ORDER: readonly SortColumn[] = [
  { column: 'created_at', direction: 'asc' },
  { column: 'exercise_id', direction: 'asc' },
  { column: 'id', direction: 'asc' },
];

export function registerDailyRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;
  const base = '/api/patients/:patientId';

  r.get(
    `${base}/today`,
    {
      schema: {
        params: patientParams,
        querystring: z.strictObject({ date: isoDate.optional() }),
        response: { 200: z.object({ today: todayView }) },
      },
      serializerCompiler: fastSerializerCompiler,
    },
    async (request) => {
      // The day's query looks up the session too: one round trip for the hottest read.
      const session = sessionKeyOf(request, deps);
      const today = await readToday({
        db,
        session,
        authenticate: (row) => contextOf(request, session, row),
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
      serializerCompiler: fastSerializerCompiler,
    },
    async (request, reply) => {
      const { ctx, patient, activePlanId } = await actorAndPatient(
        request,
        deps,
        request.params.patientId,
        canRecordForPatient,
      );
      const result = await recordJournalEntry({
        db,
        ctx,
        patient,
        activePlanId,
        body: request.body,
      });
      // A red flag's alert and pause were written with the entry; the rest is re-evaluated after.
      await settleRecord(deps, ctx, patient, result, 'journal-entry');
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
      serializerCompiler: fastSerializerCompiler,
    },
    async (request, reply) => {
      const { ctx, patient, activePlanId } = await actorAndPatient(
        request,
        deps,
        request.params.patientId,
        canRecordForPatient,
      );
      const result = await recordMorningCheck({
        db,
        ctx,
        patient,
        activePlanId,
        body: request.body,
      });
      await settleRecord(deps, ctx, patient, result, 'morning-check');
      return reply
        .code(result.created ? 201 : 200)
        .send({ morningCheck: presentMorningCheck(result.row), redFlag: result.redFlag });
    },
  );

  r.post(
    `${base}/symptom-reports`,
    {
      schema: {
        params: patientParams,
        body: symptomReportBody,
        response: created(z.object({ report: symptomReportView, ...redFlag })),
      },
    },
    async (request, reply) => {
      // The patient, or clinic staff taking a report on the phone: whoever may read the record.
      const { ctx, patient } = await actorAndPatient(
        request,
        deps,
        request.params.patientId,
        canReadPatient,
      );
      const result = await recordSymptomReport({ db, ctx, patient, body: request.body });
      await settleRecord(deps, ctx, patient, result, 'symptom-report');
      return reply
        .code(result.created ? 201 : 200)
        .send({ report: presentSymptomReport(result.row), redFlag: result.redFlag });
    },
  );

  r.get(
    `${base}/journal`,
    {
      schema: {
        params: patientParams,
        querystring: z.strictObject(pageQueryFields),
        response: { 200: pageView(journalItem) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const p = await patientFor(db, ctx, request.params.patientId);
      return auditedRead(db, ctx, facts('journal.read', 'journal-entry', null, p.id), (trx) =>
        readJournal({ trx, patient: p, page: request.query }),
      );
    },
  );

  r.get(
    `${base}/proposals`,
    {
      schema: {
        params: patientParams,
        querystring: z.object(pageQueryFields),
        response: { 200: pageView(proposalView) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const p = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      await deps.progress.settle(p.clinic_id, p.id);
      return auditedRead(db, ctx, facts('proposal.list', 'proposal', null, p.id), async (trx) => {
        const open = trx
          .selectFrom('proposal')
          .selectAll()
          .where('clinic_id', '=', p.clinic_id)
          .where('patient_id', '=', p.id)
          .where('status', '=', 'open');
        const rows = await pageQuery(open, PROPOSAL_ORDER, request.query).execute();
        const keyOf = (r: (typeof rows)[number]) => [r.created_at, r.exercise_id, r.id];
        return pageOf(rows, request.query.limit, PROPOSAL_ORDER, keyOf, presentProposal);
      });
    },
  );

  r.post(
    `${base}/proposals/:proposalId/decision`,
    {
      schema: {
        params: patientParams.extend({ proposalId: id }),
        body: decisionBody,
        response: {
          200: z.object({
            proposal: proposalView,
            plan: z.object({ id: z.string(), version: z.number() }).nullable(),
            warnings: z.array(planWarningView),
          }),
        },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      // Decide on the proposals as they stand after every acknowledged record.
      await deps.progress.settle(patient.clinic_id, patient.id);
      const { proposal, plan, warnings } = await decideProposal({
        db,
        ctx,
        patient,
        proposalId: request.params.proposalId,
        ...request.body,
      });
      return {
        proposal: presentProposal(proposal),
        plan: plan === null ? null : { id: plan.id, version: plan.version },
        warnings: presentWarnings(warnings),
      };
    },
  );

  registerCareRoutes(app, deps);
  registerQuestionnaireRoutes(app, deps);
}
