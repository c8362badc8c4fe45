import { formatDate, journalEntrySchema, journalPlanIssues, toUtcDate } from '@backplan/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { newSequentialId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { auditRow, recordAudit } from '../audit.js';
import { toJson } from '../db/dialect.js';
import { insertRecordIn, insertRecordOnce, storedRecord } from '../db/record-write.js';
import { transact } from '../db/transact.js';
import { patientPlanVersion, planVersion, type PlanVersion } from '../db/plan-content.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import { storedEntry, type JournalEntryRow, type StoredEntry } from '../presenters/daily.js';
import type { RedFlagView } from '../presenters/safety.js';
import { ENGAGEMENT_ACTIONS } from './mark-engagement.js';
import { redFlagOfRetry, screenReportedSymptoms } from './screen-symptoms.js';
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

/** The 409 of a session while a red flag has paused the programme (red-flags.md). */
export function programmePaused(): AppError {
  return new AppError(
    'programme-paused',
    'Your programme is paused for your safety: a red flag needs your clinic first, so no ' +
      'session can be logged until they have spoken with you. You can still report symptoms.',
  );
}

export interface RecordJournalResult {
  readonly created: boolean;
  readonly row: JournalEntryRow;
  /** What the re-screen of the entry's symptoms says: shown to the patient at once. */
  readonly redFlag: RedFlagView | null;
}

/**
 * Records a session once per client key, with its audit event and its mark for the progress
 * queue, all or nothing. Red-flag symptoms are re-screened with the latest assessment and, in
 * the same transaction, raise the alert and pause the programme when urgent or emergency; a
 * session of a patient marked disengaged ends the disengagement. While the programme is paused a
 * new session is refused (409 `programme-paused`). A retry returns the stored entry and writes
 * nothing.
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
  const stored = async (): Promise<RecordJournalResult | undefined> => {
    const row = await storedRecord(db, 'journal_entry', patient, body.clientKey);
    if (row === undefined) return undefined;
    const symptoms = storedEntry(row).newSymptoms;
    return { created: false, row, redFlag: await redFlagOfRetry(db, patient, symptoms) };
  };
  const retried = async (): Promise<RecordJournalResult> => {
    const found = await stored();
    if (found === undefined) throw new Error('journal entry vanished after a key conflict');
    return found;
  };

  let followed: PlanVersion;
  try {
    if (patient.programme_paused_at !== null) throw programmePaused();
    followed = await planToLogAgainst(db, ctx, patient, body, props.activePlanId);
  } catch (error) {
    // A retry of an entry already stored is answered with it, even if the plan has moved on or
    // the entry's own red flag paused the programme.
    const found = await stored().catch(() => undefined);
    if (found !== undefined) return found;
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
  const values = {
    clinic_id: clinicId,
    id,
    patient_id: patient.id,
    plan_id: followed.id,
    client_key: body.clientKey,
    performed_on: entry.performedOn,
    entry: toJson(entry),
    created_at: ctx.now.toISOString(),
  };
  const audit = auditRow(ctx, {
    action: 'journal-entry.create',
    resourceType: 'journal-entry',
    resourceId: id,
    patientId: patient.id,
  });
  const mark = {
    clinic_id: clinicId,
    patient_id: patient.id,
    as_of: laterDate(today, entry.performedOn),
    since: ctx.now.toISOString(),
  };
  // The everyday session is the hot path: its one statement alone (one unit on SQLite).
  if (entry.newSymptoms.length === 0 && patient.disengaged_at === null) {
    const row = await insertRecordOnce(db, 'journal_entry', values, audit, mark);
    return row === undefined ? retried() : { created: true, row, redFlag: null };
  }
  const written = await transact(db, async (trx) => {
    const row = await insertRecordIn(trx, 'journal_entry', values, audit, mark);
    if (row === undefined) return undefined;
    if (patient.disengaged_at !== null) await endDisengagement(trx, ctx, patient);
    const redFlag = await screenReportedSymptoms(trx, ctx, patient, {
      source: 'journal',
      symptoms: entry.newSymptoms,
      on: entry.performedOn,
    });
    return { created: true, row, redFlag };
  });
  // The key is taken: a retry, or a concurrent retry that won the race.
  return written ?? retried();
}

/** A session by the patient ends a clinician's "disengaged" mark (progression.md), audited. */
async function endDisengagement(
  trx: Kysely<Database>,
  ctx: RequestContext,
  patient: PatientRow,
): Promise<void> {
  await trx
    .updateTable('patient')
    .set({ disengaged_at: null })
    .where('clinic_id', '=', patient.clinic_id)
    .where('id', '=', patient.id)
    .execute();
  await recordAudit(trx, ctx, {
    action: ENGAGEMENT_ACTIONS.engaged,
    resourceType: 'patient',
    resourceId: patient.id,
    patientId: patient.id,
  });
}

/**
 * The plan version a session was done against (the active one unless the device names another of
 * the patient's), after checking the session against it: not in the future (400), and not before
 * the plan version began nor with an exercise it does not hold (422 `does-not-match-plan`, the
 * core's `journalPlanIssues`). Throws the error naming the field.
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
  const issues = journalPlanIssues(followed.content, { entries: [body] });
  const first = issues[0];
  if (first !== undefined) {
    // The one entry is the body: `entries.0.x` is `body.x`.
    const fields = issues.map((i) => ({
      path: `body.${i.path.slice('entries.0.'.length)}`,
      message: i.message,
    }));
    throw new AppError('does-not-match-plan', first.message, fields);
  }
  return followed;
}
