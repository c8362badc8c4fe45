import { morningCheckSchema, type MorningCheck } from '@backplan/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { toJson } from '../db/dialect.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { presentRedFlag } from '../presenters/daily.js';
import { type MorningCheckRow } from '../presenters/daily.js';
import { afterPatientRecord, laterDate, todayOf } from './evaluate-progress.js';
import { activePlan, clientKeySchema, latestAllowedDate } from './record-journal.js';

/** The next-morning check as the patient's device sends it, with its idempotency key. */
export const morningCheckBody = morningCheckSchema.extend({ clientKey: clientKeySchema });
export type MorningCheckBody = z.output<typeof morningCheckBody>;

export interface RecordMorningCheckResult {
  readonly created: boolean;
  readonly row: MorningCheckRow;
  readonly redFlag: ReturnType<typeof presentRedFlag>;
}

/**
 * Records a next-morning check once per client key, with its audit event, and re-evaluates
 * proposals and alerts in the same transaction. A retry returns the stored check, writing nothing.
 */
export async function recordMorningCheck(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  body: MorningCheckBody;
}): Promise<RecordMorningCheckResult> {
  const { ctx, patient, body } = props;
  const clinicId = patient.clinic_id;
  return props.db.transaction().execute(async (trx) => {
    const byKey = () =>
      trx
        .selectFrom('morning_check')
        .selectAll()
        .where('clinic_id', '=', clinicId)
        .where('patient_id', '=', patient.id)
        .where('client_key', '=', body.clientKey)
        .executeTakeFirst();
    const existing = await byKey();
    if (existing !== undefined) return { created: false, row: existing, redFlag: null };

    const plan = await activePlan(trx, clinicId, patient.id);
    if (body.date > latestAllowedDate(ctx)) {
      throw new AppError('validation-failed', 'A morning check cannot be for a future date.', [
        { path: 'body.date', message: 'Must not be later than today.' },
      ]);
    }
    const check: MorningCheck = {
      date: body.date,
      pain: body.pain,
      stiffness: body.stiffness,
      comparedWithUsual: body.comparedWithUsual,
    };
    const id = newId();
    const row = await trx
      .insertInto('morning_check')
      .values({
        clinic_id: clinicId,
        id,
        patient_id: patient.id,
        client_key: body.clientKey,
        date: body.date,
        check: toJson(check),
        created_at: ctx.now.toISOString(),
      })
      .onConflict((oc) => oc.columns(['clinic_id', 'patient_id', 'client_key']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row === undefined) {
      const stored = await byKey();
      if (stored === undefined) throw new Error('morning check vanished after a key conflict');
      return { created: false, row: stored, redFlag: null };
    }
    const redFlag = await afterPatientRecord({
      trx,
      ctx,
      patientId: patient.id,
      plan,
      asOf: laterDate(todayOf(ctx), body.date),
      audit: { action: 'morning-check.create', resourceType: 'morning-check', resourceId: id },
    });
    return { created: true, row, redFlag };
  });
}
