import { formatDate, journalEntrySchema, proposeChanges, toUtcDate } from '@backplan/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { newSequentialId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { auditRow } from '../audit.js';
import { toJson } from '../db/dialect.js';
import { insertRecordOnce } from '../db/record-write.js';
import { patientPlanVersion, planVersion, type PlanVersion } from '../db/plan-content.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import {
  presentRedFlag,
  storedEntry,
  type JournalEntryRow,
  type StoredEntry,
} from '../presenters/daily.js';
import { laterDate, todayOf } from './evaluate-progress.js';

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

/** The 404 of a record for a patient whose therapist has published no plan yet. */
export function noActivePlan(): AppError {
  return new AppError('not-found', 'This patient has no active plan yet: nothing to log against.');
}

/**
 * The patient's active plan version, from the id the route looked up with the patient (null when
 * none is published), or `noActivePlan`.
 */
async function activePlan(
  db: Kysely<Database>,
  clinicId: string,
  activePlanId: string | null,
): Promise<PlanVersion> {
  const plan = activePlanId === null ? undefined : await planVersion(db, clinicId, activePlanId);
  if (plan === undefined) throw noActivePlan();
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
  /** What the re-screen of the entry's symptoms says: shown to the patient at once. */
  readonly redFlag: ReturnType<typeof presentRedFlag>;
}

/**
 * Records a session once per client key, with its audit event and its mark for the progress
 * queue, all or nothing. The red flag of the session's own symptoms comes in the answer; the
 * route has the queue re-evaluate a session with symptoms before it answers, so the critical alert
 * is there at once. A retry returns the stored entry and writes nothing.
 */
export async function recordJournalEntry(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  /** The id of the patient's active plan version, looked up with the patient (null: none). */
  activePlanId: string | null;
  body: JournalBody;
}): Promise<RecordJournalResult> {
  const { db, ctx, patient, body } = props;
  const clinicId = patient.clinic_id;
  const today = todayOf(ctx);
  const answer = (created: boolean, row: JournalEntryRow): RecordJournalResult => ({
    created,
    row,
    redFlag: presentRedFlag(
      rescreenOf(storedEntry(row), row.id, laterDate(today, row.performed_on)),
    ),
  });
  const retried = async (): Promise<RecordJournalResult> => {
    const row = await db
      .selectFrom('journal_entry')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patient.id)
      .where('client_key', '=', body.clientKey)
      .executeTakeFirst();
    if (row === undefined) throw new Error('journal entry vanished after a key conflict');
    return answer(false, row);
  };

  let followed: PlanVersion;
  try {
    followed = await planToLogAgainst(db, ctx, patient, body, props.activePlanId);
  } catch (error) {
    // A retry of an entry already stored is answered with it, even if the plan has moved on.
    const stored = await retried().catch(() => undefined);
    if (stored !== undefined) return stored;
    throw error;
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
  // Time-ordered: the patient's records are appended, and their creation time is in them anyway.
  const id = newSequentialId(ctx.now.getTime());
  const row = await insertRecordOnce(
    db,
    'journal_entry',
    {
      clinic_id: clinicId,
      id,
      patient_id: patient.id,
      plan_id: followed.id,
      client_key: body.clientKey,
      performed_on: entry.performedOn,
      entry: toJson(entry),
      created_at: ctx.now.toISOString(),
    },
    auditRow(ctx, {
      action: 'journal-entry.create',
      resourceType: 'journal-entry',
      resourceId: id,
      patientId: patient.id,
    }),
    {
      clinic_id: clinicId,
      patient_id: patient.id,
      as_of: laterDate(today, entry.performedOn),
      since: ctx.now.toISOString(),
    },
  );
  // The key is taken: a retry, or a concurrent retry that won the race.
  if (row === undefined) return retried();
  return answer(true, row);
}

/**
 * The plan version a session was done against (the active one unless the device names another of
 * the patient's), after checking the session against it: not in the future, and only exercises
 * of that plan. Throws the validation error naming the field.
 */
async function planToLogAgainst(
  trx: Kysely<Database>,
  ctx: RequestContext,
  patient: PatientRow,
  body: JournalBody,
  activePlanId: string | null,
): Promise<PlanVersion> {
  const clinicId = patient.clinic_id;
  const active = await activePlan(trx, clinicId, activePlanId);
  const followed =
    body.planId === undefined || body.planId === active.id
      ? active
      : await patientPlanVersion(trx, clinicId, patient.id, body.planId);
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
  const unknown = body.exercises.findIndex(
    (x) => !followed.content.exercises.some((e) => e.exerciseId === x.exerciseId),
  );
  if (unknown >= 0) {
    throw new AppError('validation-failed', 'That exercise is not in the plan.', [
      { path: `body.exercises.${unknown}.exerciseId`, message: 'Not an exercise of the plan.' },
    ]);
  }
  return followed;
}
