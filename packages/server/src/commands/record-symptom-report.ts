import { calendarDate, JOURNAL_RED_FLAG_SYMPTOMS, type JournalSymptomId } from '@backplan/core';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { auditRow } from '../audit.js';
import { newSequentialId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { toJson } from '../db/dialect.js';
import { insertRecordIn, storedRecord } from '../db/record-write.js';
import type { Database, PatientRow } from '../db/schema.js';
import { transact } from '../db/transact.js';
import { AppError } from '../errors.js';
import {
  storedSymptomReport,
  type RedFlagView,
  type StoredSymptomReport,
} from '../presenters/safety.js';
import { laterDate, todayOf } from './evaluate-progress.js';
import { clientKeySchema, latestAllowedDate } from './record-journal.js';
import { redFlagOfRetry, screenReportedSymptoms } from './screen-symptoms.js';

const symptomIds = JOURNAL_RED_FLAG_SYMPTOMS.map((s) => s.id) as [
  JournalSymptomId,
  ...JournalSymptomId[],
];

/**
 * Red-flag symptoms reported outside a session (red-flags.md): allowed with or without a plan and
 * while the programme is paused. `clientKey` makes a retried POST harmless.
 */
export const symptomReportBody = z.strictObject({
  clientKey: clientKeySchema,
  reportedOn: calendarDate.describe('The day the symptoms were noticed, YYYY-MM-DD.'),
  symptoms: z.array(z.enum(symptomIds)).min(1).max(7),
  notes: z.string().max(2000).optional(),
});
export type SymptomReportBody = z.output<typeof symptomReportBody>;

export type SymptomReportRow = Selectable<Database['symptom_report']>;

export interface RecordSymptomReportResult {
  readonly created: boolean;
  readonly row: SymptomReportRow;
  readonly redFlag: RedFlagView | null;
}

/**
 * Records a symptom report once per client key, with its audit event and its mark for the progress
 * queue; the symptoms are re-screened with the latest assessment and raise the red flag (the
 * alert, and the safety state when urgent or emergency) in the same transaction. By the patient or
 * by clinic staff (a symptom told on the phone). A retry returns the stored report, writing nothing.
 */
export async function recordSymptomReport(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  body: SymptomReportBody;
}): Promise<RecordSymptomReportResult> {
  const { db, ctx, patient, body } = props;
  const clinicId = patient.clinic_id;
  const stored = async (): Promise<RecordSymptomReportResult | undefined> => {
    const row = await storedRecord(db, 'symptom_report', patient, body.clientKey);
    if (row === undefined) return undefined;
    const symptoms = storedSymptomReport(row).symptoms;
    return { created: false, row, redFlag: await redFlagOfRetry(db, patient, symptoms) };
  };
  if (body.reportedOn > latestAllowedDate(ctx)) {
    const found = await stored();
    if (found !== undefined) return found;
    throw new AppError('validation-failed', 'Symptoms cannot be reported for a future date.', [
      { path: 'body.reportedOn', message: 'Must not be later than today.' },
    ]);
  }
  const report: StoredSymptomReport = {
    reportedOn: body.reportedOn,
    symptoms: [...new Set(body.symptoms)],
    ...(body.notes === undefined ? {} : { notes: body.notes }),
  };
  const id = newSequentialId(ctx.now.getTime());
  const written = await transact(db, async (trx) => {
    const row = await insertRecordIn(
      trx,
      'symptom_report',
      {
        clinic_id: clinicId,
        id,
        patient_id: patient.id,
        client_key: body.clientKey,
        reported_on: report.reportedOn,
        report: toJson(report),
        created_at: ctx.now.toISOString(),
      },
      auditRow(ctx, {
        action: 'symptom-report.create',
        resourceType: 'symptom-report',
        resourceId: id,
        patientId: patient.id,
      }),
      {
        clinic_id: clinicId,
        patient_id: patient.id,
        as_of: laterDate(todayOf(ctx), report.reportedOn),
        since: ctx.now.toISOString(),
      },
    );
    if (row === undefined) return undefined;
    const redFlag = await screenReportedSymptoms(trx, ctx, patient, {
      source: 'symptom-report',
      symptoms: report.symptoms,
      on: report.reportedOn,
    });
    return { created: true, row, redFlag };
  });
  if (written !== undefined) return written;
  // The key is taken: a retry, or a concurrent retry that won the race.
  const found = await stored();
  if (found === undefined) throw new Error('symptom report vanished after a key conflict');
  return found;
}
