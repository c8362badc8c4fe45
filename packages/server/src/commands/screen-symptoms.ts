import {
  migrateAssessment,
  rescreen,
  screenInputOf,
  type Assessment,
  type ScreenInput,
} from '@backplan/core';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../context.js';
import { readJson } from '../db/dialect.js';
import type { Database, PatientRow } from '../db/schema.js';
import { presentRedFlag, type RedFlagView, type SafetySource } from '../presenters/safety.js';
import { enterSafetyState } from './safety.js';

type PatientKey = Pick<PatientRow, 'clinic_id' | 'id'>;

/**
 * The screen input of the patient's latest assessment (its answers and context), or null when
 * there is none: the baseline every re-screen combines new symptoms with (red-flags.md).
 */
export async function baselineOf(
  db: Kysely<Database>,
  patient: PatientKey,
): Promise<ScreenInput | null> {
  const row = await db
    .selectFrom('assessment')
    .select(['answers', 'assessed_on'])
    .where('clinic_id', '=', patient.clinic_id)
    .where('patient_id', '=', patient.id)
    .orderBy('assessed_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  // Stored only after validation against the assessment schema of its day; an earlier version's
  // row is migrated on read.
  return row === undefined
    ? null
    : screenInputOf(migrateAssessment(readJson(row.answers)) as Assessment, row.assessed_on);
}

/**
 * Red-flag symptoms a patient reported (a session, a morning check, a symptom report), re-screened
 * with the latest assessment; in the caller's transaction, the red flag they raise (the alert, and
 * the safety state when urgent or emergency). The answer the patient sees at once, or null when
 * no known red-flag symptom was reported.
 */
export async function screenReportedSymptoms(
  trx: Kysely<Database>,
  ctx: RequestContext,
  patient: PatientKey,
  report: { source: SafetySource; symptoms: readonly string[]; on: string },
): Promise<RedFlagView | null> {
  if (report.symptoms.length === 0) return null;
  const check = rescreen({ baseline: await baselineOf(trx, patient), symptoms: report.symptoms });
  if (check.symptoms.length === 0) return null;
  const entered = await enterSafetyState(trx, ctx, patient, {
    source: report.source,
    triage: check.result.triage,
    findings: check.newFindings,
    symptoms: check.symptoms,
    reportedAt: ctx.now.toISOString(),
    on: report.on,
  });
  return presentRedFlag(check, entered.paused);
}

/** The same answer for a retried record, which writes nothing again. */
export async function redFlagOfRetry(
  db: Kysely<Database>,
  patient: PatientKey & Pick<PatientRow, 'programme_paused_at'>,
  symptoms: readonly string[],
): Promise<RedFlagView | null> {
  if (symptoms.length === 0) return null;
  const check = rescreen({ baseline: await baselineOf(db, patient), symptoms });
  return presentRedFlag(check, patient.programme_paused_at !== null);
}
