import { transact } from '../db/transact.js';
import { formatDate, journalEntrySchema, proposeChanges, toUtcDate } from '@backplan/core';
import type { Insertable, Kysely } from 'kysely';
import { z } from 'zod';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { auditRow } from '../audit.js';
import { toJson } from '../db/dialect.js';
import { insertRecordOnce } from '../db/record-write.js';
import { activePlanVersion, patientPlanVersion, type PlanVersion } from '../db/plan-content.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import {
  presentRedFlag,
  storedEntry,
  type JournalEntryRow,
  type StoredEntry,
} from '../presenters/daily.js';
import { evaluateWithRecord, laterDate, todayOf } from './evaluate-progress.js';

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

/** The active plan version of a patient, or a 404 that says what is missing. */
export async function activePlan(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string,
): Promise<PlanVersion> {
  const plan = await activePlanVersion(db, clinicId, patientId);
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
 * Records a session once per client key, with its audit event, all or nothing. A session that
 * reports new symptoms is re-evaluated in the same transaction, so its red flag and critical alert
 * come in this very response; any other leaves a mark, and the progress queue re-evaluates
 * proposals and alerts right after the commit. A retry returns the stored entry and writes nothing.
 */
export async function recordJournalEntry(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  body: JournalBody;
}): Promise<RecordJournalResult> {
  const { db, ctx, patient, body } = props;
  const clinicId = patient.clinic_id;
  const today = todayOf(ctx);
  const byKey = (q: Kysely<Database>) =>
    q
      .selectFrom('journal_entry')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patient.id)
      .where('client_key', '=', body.clientKey)
      .executeTakeFirst();
  const retried = async (q: Kysely<Database>): Promise<RecordJournalResult> => {
    const row = await byKey(q);
    if (row === undefined) throw new Error('journal entry vanished after a key conflict');
    const asOf = laterDate(today, row.performed_on);
    return {
      created: false,
      row,
      redFlag: presentRedFlag(rescreenOf(storedEntry(row), row.id, asOf)),
    };
  };

  let plans: { active: PlanVersion; followed: PlanVersion };
  try {
    plans = await plansToLogAgainst(db, ctx, patient, body);
  } catch (error) {
    // A retry of an entry already stored is answered with it, even if the plan has moved on.
    if ((await byKey(db)) !== undefined) return retried(db);
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
  const id = newId();
  const values = {
    clinic_id: clinicId,
    id,
    patient_id: patient.id,
    plan_id: plans.followed.id,
    client_key: body.clientKey,
    performed_on: entry.performedOn,
    entry: toJson(entry),
    created_at: ctx.now.toISOString(),
  };
  const asOf = laterDate(today, entry.performedOn);
  const audit = { action: 'journal-entry.create', resourceType: 'journal-entry', resourceId: id };

  if (entry.newSymptoms.length > 0) {
    return transact(db, async (trx) => {
      const row = await insertEntry(trx, values);
      if (row === undefined) return retried(trx);
      const redFlag = await evaluateWithRecord({
        trx,
        ctx,
        patientId: patient.id,
        // Proposals are about the active plan, whichever version the session followed.
        plan: plans.active,
        asOf,
        audit,
      });
      return { created: true, row, redFlag };
    });
  }
  const row = await insertRecordOnce(
    db,
    'journal_entry',
    values,
    auditRow(ctx, { ...audit, patientId: patient.id }),
    { clinic_id: clinicId, patient_id: patient.id, as_of: asOf, since: ctx.now.toISOString() },
  );
  // The key is taken: a retry, or a concurrent retry that won the race.
  if (row === undefined) return retried(db);
  return { created: true, row, redFlag: null };
}

/** Inserts an entry unless its client key is taken; `undefined` when it is. */
const insertEntry = (trx: Kysely<Database>, values: Insertable<Database['journal_entry']>) =>
  trx
    .insertInto('journal_entry')
    .values(values)
    .onConflict((oc) => oc.columns(['clinic_id', 'patient_id', 'client_key']).doNothing())
    .returningAll()
    .executeTakeFirst();

/**
 * The active plan version and the one a session was done against (the active one unless the
 * device names another of the patient's), after checking the session against it: not in the future, and only
 * exercises of that plan. Throws the validation error naming the field.
 */
async function plansToLogAgainst(
  trx: Kysely<Database>,
  ctx: RequestContext,
  patient: PatientRow,
  body: JournalBody,
): Promise<{ active: PlanVersion; followed: PlanVersion }> {
  const clinicId = patient.clinic_id;
  const active = await activePlan(trx, clinicId, patient.id);
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
  return { active, followed };
}
