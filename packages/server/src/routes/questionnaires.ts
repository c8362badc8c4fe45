import { calendarDate, formatDate } from '@backplan/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { canReadPatient, canRecordForPatient } from '../auth/policies.js';
import { readDueQuestionnaires } from '../commands/questionnaires-due.js';
import { questionnaireBody, recordQuestionnaire } from '../commands/record-questionnaire.js';
import { requireActor } from '../context.js';
import {
  dueQuestionnairesView,
  presentQuestionnaireResponse,
  questionnaireResponseView,
} from '../presenters/questionnaire.js';
import { auditedRead, auditFacts as facts, patientFor, settleRecord } from './patient-access.js';
import { patientParams } from './patients.js';

const response = z.object({ response: questionnaireResponseView });

/**
 * The patient's repeated questionnaires: which are due now (the patient and their clinic's staff
 * may ask), and the patient's answers, scored and stored as measures.
 */
export function registerQuestionnaireRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;
  const base = '/api/patients/:patientId';

  r.get(
    `${base}/questionnaires/due`,
    {
      schema: {
        params: patientParams,
        /** `date`: the day as the patient's own calendar has it (default: today in UTC). */
        querystring: z.strictObject({ date: calendarDate.optional() }),
        response: { 200: dueQuestionnairesView },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canReadPatient);
      const asOf = request.query.date ?? formatDate(ctx.now);
      const audit = facts('questionnaire-due.read', 'questionnaire', null, patient.id);
      return auditedRead(db, ctx, audit, (trx) => readDueQuestionnaires({ trx, patient, asOf }));
    },
  );

  r.post(
    `${base}/questionnaire-responses`,
    {
      schema: {
        params: patientParams,
        body: questionnaireBody,
        response: { 200: response, 201: response },
      },
    },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canRecordForPatient);
      const result = await recordQuestionnaire({ db, ctx, patient, body: request.body });
      await settleRecord(deps, ctx, patient, result, 'questionnaire-response', 'measure');
      return reply
        .code(result.created ? 201 : 200)
        .send({ response: presentQuestionnaireResponse(result.row) });
    },
  );
}
