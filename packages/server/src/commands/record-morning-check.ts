import { morningCheckSchema, type MorningCheck } from '@backplan/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { newSequentialId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { auditRow } from '../audit.js';
import { toJson } from '../db/dialect.js';
import { insertRecordIn, insertRecordOnce, storedRecord } from '../db/record-write.js';
import { transact } from '../db/transact.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import { storedCheck, type MorningCheckRow } from '../presenters/daily.js';
import type { RedFlagView } from '../presenters/safety.js';
import { redFlagOfRetry, screenReportedSymptoms } from './screen-symptoms.js';
import { laterDate, todayOf } from './evaluate-progress.js';
import { clientKeySchema, latestAllowedDate, noActivePlan } from './record-journal.js';

/** The next-morning check as the patient's device sends it, with its idempotency key. */
export const morningCheckBody = morningCheckSchema.extend({ clientKey: clientKeySchema });
export type MorningCheckBody = z.output<typeof morningCheckBody>;

export interface RecordMorningCheckResult {
  readonly created: boolean;
  readonly row: MorningCheckRow;
  readonly redFlag: RedFlagView | null;
}

/**
 * Records a next-morning check once per client key, with its audit event and a mark for the
 * progress queue, which re-evaluates proposals and alerts right after the commit. Red-flag
 * symptoms are re-screened with the latest assessment and raise the red flag in the same
 * transaction. Allowed while the programme is paused. A retry returns the stored check and writes
 * nothing.
 */
export async function recordMorningCheck(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  /** The id of the patient's active plan version, looked up with the patient (null: none). */
  activePlanId: string | null;
  body: MorningCheckBody;
}): Promise<RecordMorningCheckResult> {
  const { db, ctx, patient, body } = props;
  const clinicId = patient.clinic_id;
  const retried = async (): Promise<RecordMorningCheckResult | undefined> => {
    const row = await storedRecord(db, 'morning_check', patient, body.clientKey);
    if (row === undefined) return undefined;
    const symptoms = storedCheck(row).newSymptoms;
    return { created: false, row, redFlag: await redFlagOfRetry(db, patient, symptoms) };
  };
  try {
    if (props.activePlanId === null) throw noActivePlan();
    if (body.date > latestAllowedDate(ctx)) {
      throw new AppError('validation-failed', 'A morning check cannot be for a future date.', [
        { path: 'body.date', message: 'Must not be later than today.' },
      ]);
    }
  } catch (error) {
    // A retry of a check already stored is answered with it.
    const stored = await retried();
    if (stored !== undefined) return stored;
    throw error;
  }
  const check: MorningCheck = {
    date: body.date,
    pain: body.pain,
    stiffness: body.stiffness,
    comparedWithUsual: body.comparedWithUsual,
    newSymptoms: body.newSymptoms,
  };
  // Time-ordered: the patient's records are appended, and their creation time is in them anyway.
  const id = newSequentialId(ctx.now.getTime());
  const values = {
    clinic_id: clinicId,
    id,
    patient_id: patient.id,
    client_key: body.clientKey,
    date: body.date,
    check: toJson(check),
    created_at: ctx.now.toISOString(),
  };
  const audit = auditRow(ctx, {
    action: 'morning-check.create',
    resourceType: 'morning-check',
    resourceId: id,
    patientId: patient.id,
  });
  const mark = {
    clinic_id: clinicId,
    patient_id: patient.id,
    as_of: laterDate(todayOf(ctx), body.date),
    since: ctx.now.toISOString(),
  };
  const written =
    check.newSymptoms.length === 0
      ? await insertRecordOnce(db, 'morning_check', values, audit, mark).then((row) =>
          row === undefined ? undefined : { created: true, row, redFlag: null },
        )
      : await transact(db, async (trx) => {
          const row = await insertRecordIn(trx, 'morning_check', values, audit, mark);
          if (row === undefined) return undefined;
          const redFlag = await screenReportedSymptoms(trx, ctx, patient, {
            source: 'morning-check',
            symptoms: check.newSymptoms,
            on: check.date,
          });
          return { created: true, row, redFlag };
        });
  if (written !== undefined) return written;
  // The key is taken: a retry, or a concurrent retry that won the race.
  const stored = await retried();
  if (stored === undefined) throw new Error('morning check vanished after a key conflict');
  return stored;
}
