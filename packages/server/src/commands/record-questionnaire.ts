import {
  calendarDate,
  INSTRUMENTS,
  REPEATED_OUTCOMES,
  scoreInstrument,
  type AssessmentOutcomes,
  type RepeatedOutcome,
  type ScoreError,
  type ScoreResult,
} from '@backplan/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { auditRow } from '../audit.js';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { toJson } from '../db/dialect.js';
import { insertRecordOnce, storedRecord } from '../db/record-write.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError, type FieldError } from '../errors.js';
import type { MeasureRow } from '../presenters/daily.js';
import { laterDate, todayOf } from './evaluate-progress.js';
import { latestOutcomes } from './questionnaires-due.js';
import { clientKeySchema, latestAllowedDate } from './record-journal.js';

/** A questionnaire as the patient's device sends it: one option position per item, null if skipped. */
export const questionnaireBody = z.strictObject({
  clientKey: clientKeySchema,
  instrument: z.enum(REPEATED_OUTCOMES),
  answers: z.array(z.number().int().min(0).max(100).nullable()).min(1).max(50),
  takenOn: calendarDate,
});
export type QuestionnaireBody = z.output<typeof questionnaireBody>;

export type QuestionnaireRow = MeasureRow & { kind: RepeatedOutcome; client_key: string };

export interface RecordQuestionnaireResult {
  readonly created: boolean;
  readonly row: QuestionnaireRow;
}

/**
 * At most this many answers to one questionnaire per patient in any 24 hours [design]: a
 * questionnaire is due every two weeks, so this leaves room for corrections and a device that
 * resends, while a flood (10,000 NPRS answers in 9 s were taken once) cannot fill the record or
 * drive the progress queue. Concurrent submits may pass it by a few; it bounds, it does not count.
 */
export const QUESTIONNAIRE_DAILY_MAX = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A 429 once the patient has given `QUESTIONNAIRE_DAILY_MAX` answers to it in 24 hours. */
async function checkDailyBound(
  db: Kysely<Database>,
  ctx: RequestContext,
  patient: PatientRow,
  instrument: RepeatedOutcome,
): Promise<void> {
  const since = new Date(ctx.now.getTime() - DAY_MS).toISOString();
  const { count } = await db
    .selectFrom('measure')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('clinic_id', '=', patient.clinic_id)
    .where('patient_id', '=', patient.id)
    .where('kind', '=', instrument)
    .where('client_key', 'is not', null)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  if (count >= QUESTIONNAIRE_DAILY_MAX) {
    throw new AppError(
      'rate-limited',
      `This questionnaire has been answered ${QUESTIONNAIRE_DAILY_MAX} times in the last 24 hours; please try again tomorrow.`,
      [{ path: 'body.instrument', message: 'Answered too often today; try again tomorrow.' }],
    );
  }
}

const invalid = (message: string, fields: readonly FieldError[]) =>
  new AppError('validation-failed', message, fields);

/** The fields a scoring error is about: the answers it names, or the list as a whole. */
function scoreErrorFields(error: ScoreError, answers: readonly (number | null)[]): FieldError[] {
  switch (error.kind) {
    case 'answer-out-of-range':
      return [
        {
          path: `body.answers.${error.itemNumber - 1}`,
          message: 'Choose one of the answers shown.',
        },
      ];
    case 'too-many-skipped':
      return answers.flatMap((a, i) =>
        a === null ? [{ path: `body.answers.${i}`, message: 'Please answer this question.' }] : [],
      );
    case 'wrong-item-count':
    case 'invalid-answers':
    case 'unknown-instrument':
      return [{ path: 'body.answers', message: error.message }];
  }
}

/** The score of the answers, or a 400 naming the answer at fault. */
function scoreOrReject(body: QuestionnaireBody, outcomes: AssessmentOutcomes): ScoreResult {
  if (!outcomes.instruments.includes(body.instrument)) {
    throw invalid('This questionnaire is not one of those chosen for this patient.', [
      { path: 'body.instrument', message: 'Not one of your questionnaires.' },
    ]);
  }
  const activities = outcomes.psfsActivities.length;
  // The PSFS rates the same activities as the assessment: one answer for each.
  if (body.instrument === 'psfs' && body.answers.length !== activities) {
    throw invalid(`PSFS: expected ${activities} answers, one per activity named.`, [
      { path: 'body.answers', message: `Rate each of the ${activities} activities.` },
    ]);
  }
  const scored = scoreInstrument(INSTRUMENTS[body.instrument], body.answers);
  if (!scored.ok) throw invalid(scored.error.message, scoreErrorFields(scored.error, body.answers));
  return scored.value;
}

/**
 * Records a patient's answers to one of their questionnaires once per client key: scored with the
 * core's scorer and stored as a measure of that instrument (answers and score), with its audit
 * event and a mark for the progress queue, so function alerts and the review see the new score.
 * A retry returns the stored answers and writes nothing. The caller has checked that the actor
 * records for this patient.
 */
export async function recordQuestionnaire(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  body: QuestionnaireBody;
}): Promise<RecordQuestionnaireResult> {
  const { db, ctx, patient, body } = props;
  const byKey = async (): Promise<QuestionnaireRow | undefined> => {
    const row = await storedRecord(db, 'measure', patient, body.clientKey);
    return row as QuestionnaireRow | undefined;
  };
  const retried = async () => {
    const row = await byKey();
    if (row === undefined) throw new Error('questionnaire answers vanished after a key conflict');
    return { created: false, row };
  };

  let outcomes: AssessmentOutcomes;
  let score: ScoreResult;
  try {
    if (body.takenOn > latestAllowedDate(ctx)) {
      throw invalid('A questionnaire cannot be answered in the future.', [
        { path: 'body.takenOn', message: 'Must not be later than today.' },
      ]);
    }
    outcomes = await latestOutcomes(db, patient);
    score = scoreOrReject(body, outcomes);
    await checkDailyBound(db, ctx, patient, body.instrument);
  } catch (error) {
    // A retry of answers already stored is answered with them, even if a new assessment came.
    if (error instanceof AppError && (await byKey()) !== undefined) return retried();
    throw error;
  }
  const answers =
    body.instrument === 'psfs'
      ? outcomes.psfsActivities.map((activity, i) => ({ activity, rating: body.answers[i] }))
      : body.answers;
  const id = newId();
  const values = {
    clinic_id: patient.clinic_id,
    id,
    patient_id: patient.id,
    kind: body.instrument,
    side: null,
    value: score.score,
    answers: toJson(answers),
    taken_on: body.takenOn,
    client_key: body.clientKey,
    created_by: ctx.actor.userId,
    created_at: ctx.now.toISOString(),
  };
  const audit = {
    action: 'questionnaire-response.create',
    resourceType: 'measure',
    resourceId: id,
    patientId: patient.id,
  };
  const row = await insertRecordOnce(db, 'measure', values, auditRow(ctx, audit), {
    clinic_id: patient.clinic_id,
    patient_id: patient.id,
    as_of: laterDate(todayOf(ctx), body.takenOn),
    since: ctx.now.toISOString(),
  });
  if (row === undefined) return retried();
  return { created: true, row: row as QuestionnaireRow };
}
