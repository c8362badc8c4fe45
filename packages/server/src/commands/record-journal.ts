import { formatDate, journalEntrySchema, proposeChanges, toUtcDate } from '@backplan/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { toJson } from '../db/dialect.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import {
  presentRedFlag,
  storedEntry,
  type JournalEntryRow,
  type PlanRow,
  type StoredEntry,
} from '../presenters/daily.js';
import { afterPatientRecord, laterDate, planOf, todayOf } from './evaluate-progress.js';

export const clientKeySchema = z.string().min(1).max(100);

/** A session as the patient's device sends it; `clientKey` makes a retried POST harmless. */
export const journalBody = journalEntrySchema.omit({ id: true }).extend({
  clientKey: clientKeySchema,
  /** The plan version the patient was following; default the active one. */
  planId: z.string().min(1).max(100).optional(),
});
export type JournalBody = z.output<typeof journalBody>;

/** The latest date a device may send: tomorrow in UTC covers every time zone ahead of UTC. */
export function latestAllowedDate(ctx: RequestContext): string {
  return formatDate(new Date(ctx.now.getTime() + 86_400_000));
}

/** The active plan of a patient, or a 404 that says what is missing. */
export async function activePlan(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string,
): Promise<PlanRow> {
  const plan = await db
    .selectFrom('plan')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (plan === undefined) {
    throw new AppError('not-found', 'This patient has no active plan yet: nothing to log against.');
  }
  return plan;
}

/** The red-flag outcome of one stored entry, for a retry (pure: the plan does not matter). */
function rescreenOf(entry: StoredEntry, id: string, asOf: string) {
  if (entry.newSymptoms.length === 0) return null;
  const journal = { entries: [{ id, ...entry }], morningChecks: [], measures: [] };
  return proposeChanges({ startDate: entry.performedOn, exercises: [] }, journal, [], asOf)
    .rescreen;
}

export interface RecordJournalResult {
  readonly created: boolean;
  readonly row: JournalEntryRow;
  readonly redFlag: ReturnType<typeof presentRedFlag>;
}

/**
 * Records a session once per client key, with its audit event, then re-evaluates proposals and
 * alerts in the same transaction, so a red-flag symptom raises its critical alert in this very
 * request. A retry returns the stored entry and writes nothing.
 */
export async function recordJournalEntry(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  body: JournalBody;
}): Promise<RecordJournalResult> {
  const { ctx, patient, body } = props;
  const clinicId = patient.clinic_id;
  const today = todayOf(ctx);
  return props.db.transaction().execute(async (trx) => {
    const byKey = () =>
      trx
        .selectFrom('journal_entry')
        .selectAll()
        .where('clinic_id', '=', clinicId)
        .where('patient_id', '=', patient.id)
        .where('client_key', '=', body.clientKey)
        .executeTakeFirst();
    const retried = (row: JournalEntryRow): RecordJournalResult => {
      const asOf = laterDate(today, row.performed_on);
      return {
        created: false,
        row,
        redFlag: presentRedFlag(rescreenOf(storedEntry(row), row.id, asOf)),
      };
    };
    const existing = await byKey();
    if (existing !== undefined) return retried(existing);

    const active = await activePlan(trx, clinicId, patient.id);
    const followed =
      body.planId === undefined || body.planId === active.id
        ? active
        : await trx
            .selectFrom('plan')
            .selectAll()
            .where('clinic_id', '=', clinicId)
            .where('patient_id', '=', patient.id)
            .where('id', '=', body.planId)
            .executeTakeFirst();
    if (followed === undefined) {
      throw new AppError('validation-failed', 'No plan of this patient has that id.', [
        { path: 'body.planId', message: 'Not a plan of this patient.' },
      ]);
    }
    if (body.performedOn > latestAllowedDate(ctx) || toUtcDate(body.performedOn) === null) {
      throw new AppError('validation-failed', 'A session cannot be logged in the future.', [
        { path: 'body.performedOn', message: 'Must not be later than today.' },
      ]);
    }
    const known = new Set(planOf(followed).exercises.map((e) => e.exerciseId));
    const unknown = body.exercises.findIndex((x) => !known.has(x.exerciseId));
    if (unknown >= 0) {
      throw new AppError('validation-failed', 'That exercise is not in the plan.', [
        { path: `body.exercises.${unknown}.exerciseId`, message: 'Not an exercise of the plan.' },
      ]);
    }

    const entry: StoredEntry = {
      performedOn: body.performedOn,
      exercises: body.exercises,
      painBefore: body.painBefore,
      painDuring: body.painDuring,
      effort: body.effort,
      legPainSpread: body.legPainSpread,
      newSymptoms: body.newSymptoms,
      ...(body.notes === undefined ? {} : { notes: body.notes }),
    };
    const id = newId();
    const row = await trx
      .insertInto('journal_entry')
      .values({
        clinic_id: clinicId,
        id,
        patient_id: patient.id,
        plan_id: followed.id,
        client_key: body.clientKey,
        performed_on: entry.performedOn,
        entry: toJson(entry),
        created_at: ctx.now.toISOString(),
      })
      .onConflict((oc) => oc.columns(['clinic_id', 'patient_id', 'client_key']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row === undefined) {
      // A concurrent retry won the race: answer as a retry.
      const stored = await byKey();
      if (stored === undefined) throw new Error('journal entry vanished after a key conflict');
      return retried(stored);
    }
    const redFlag = await afterPatientRecord({
      trx,
      ctx,
      patientId: patient.id,
      plan: active,
      asOf: laterDate(today, entry.performedOn),
      audit: { action: 'journal-entry.create', resourceType: 'journal-entry', resourceId: id },
    });
    return { created: true, row, redFlag };
  });
}
