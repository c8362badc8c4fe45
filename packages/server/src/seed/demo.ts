import { transact } from '../db/transact.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assess, CATALOG, generatePlan } from '@backplan/core';
import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit.js';
import { hashPassword } from '../auth/password.js';
import { newId } from '../auth/tokens.js';
import { createClinic } from '../commands/create-clinic.js';
import { evaluateIfDue } from '../commands/progress-queue.js';
import { recordSymptomReport } from '../commands/record-symptom-report.js';
import type { RequestContext } from '../context.js';
import type { Database } from '../db/schema.js';
import {
  DEMO_CLINIC_PHONE,
  DEMO_PASSWORD,
  DEMO_PATIENTS,
  DEMO_STAFF,
  type DemoPatient,
} from './demo-people.js';
import { demoJournal, isoDay } from './demo-history.js';
import { insertDemoRecords, type DemoIds } from './demo-records.js';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/assessments/', import.meta.url));
const DAY_MS = 86_400_000;

/** Creates the demo clinic when the database has no clinic yet; true when it did. */
export async function seedDemoIfEmpty(db: Kysely<Database>, now: Date): Promise<boolean> {
  const any = await db.selectFrom('clinic').select('id').limit(1).executeTakeFirst();
  if (any !== undefined) return false;
  const { clinicId, userIds } = await createClinic({
    db,
    name: 'Riverside Physiotherapy (demo)',
    now,
    users: DEMO_STAFF.map((s) => ({ ...s, password: DEMO_PASSWORD })),
  });
  await db
    .updateTable('clinic')
    .set({ phone: DEMO_CLINIC_PHONE })
    .where('id', '=', clinicId)
    .execute();
  const patientHash = await hashPassword(DEMO_PASSWORD);
  for (const p of DEMO_PATIENTS) {
    const therapist = DEMO_STAFF.find((s) => s.email === p.therapist);
    await seedPatient(db, {
      clinicId,
      therapist: { id: userIds[p.therapist] ?? '', name: therapist?.name ?? '' },
      patientHash,
      p,
      now,
    });
  }
  return true;
}

/** The context of a request the demo's history stands for: who, and when. */
function contextOf(
  actor: Pick<Actor, 'userId' | 'clinicId' | 'role' | 'name' | 'patientId'>,
  now: Date,
): RequestContext {
  const full: Actor = { ...actor, sessionHash: '', csrfToken: '' };
  return { actor: full, requestId: `demo-seed:${newId()}`, ip: '127.0.0.1', now };
}

async function seedPatient(
  db: Kysely<Database>,
  props: {
    clinicId: string;
    therapist: { id: string; name: string };
    patientHash: string;
    p: DemoPatient;
    now: Date;
  },
): Promise<void> {
  const { clinicId, therapist, p, now } = props;
  const start = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - p.weeks * 7 * DAY_MS,
  );
  const example = JSON.parse(readFileSync(`${EXAMPLES}${p.example}.json`, 'utf8')) as {
    assessedOn: string;
    history: { onsetDate: string };
  };
  // Keep the example's time since onset, moved so the assessment happened at the start.
  const shift = start.getTime() - Date.parse(example.assessedOn);
  const onsetDate = isoDay(new Date(Date.parse(example.history.onsetDate) + shift));
  const input = {
    ...example,
    assessedOn: isoDay(start),
    history: { ...example.history, onsetDate },
  };
  const result = assess(input, isoDay(start));
  if (!result.ok) throw new Error(`demo assessment ${p.example} is invalid`);
  const generated = generatePlan(result.value, CATALOG, { startDate: isoDay(start) });
  if (!generated.ok) throw new Error(`demo plan ${p.example}: ${generated.error.message}`);
  const plan = generated.value;
  const journal = demoJournal(p, plan, start, now);
  const ids: DemoIds = {
    clinicId,
    therapistId: therapist.id,
    user: newId(),
    patient: newId(),
    episode: newId(),
    assessment: newId(),
    plan: newId(),
  };
  const staff = contextOf(
    { userId: therapist.id, clinicId, role: 'therapist', name: therapist.name, patientId: null },
    new Date(start.getTime() + 9 * 3_600_000),
  );
  const at = now.toISOString();
  await transact(db, async (trx) => {
    await insertDemoRecords(trx, {
      ids,
      p,
      patientHash: props.patientHash,
      onsetDate,
      result: result.value,
      plan,
      journal,
      at,
      visitAt: staff.now.toISOString(),
    });
    // The plan was generated and published at the first visit.
    for (const action of ['plan.create', 'plan.publish'])
      await recordAudit(trx, staff, {
        action,
        resourceType: 'plan',
        resourceId: ids.plan,
        patientId: ids.patient,
      });
    if (p.course === 'improving') {
      await trx
        .insertInto('feedback')
        .values({
          clinic_id: clinicId,
          patient_id: ids.patient,
          created_at: at,
          id: newId(),
          journal_entry_id: null,
          author_id: therapist.id,
          body: 'Great consistency this week. Keep the movements slow and smooth; we will look at progressing at your next visit.',
        })
        .execute();
    }
    await trx
      .insertInto('evaluation_due')
      .values({
        clinic_id: clinicId,
        patient_id: ids.patient,
        id: newId(),
        as_of: isoDay(now),
        since: at,
      })
      .execute();
  });
  // Proposals and alerts as the server's own evaluation makes them from this history.
  await evaluateIfDue(db, { clinicId, patientId: ids.patient, now });
  if (p.reports !== undefined) await reportSymptoms(db, { ids, p, now });
}

/** Red-flag symptoms reported through the app, by the patient, as the API takes them. */
async function reportSymptoms(
  db: Kysely<Database>,
  props: { ids: DemoIds; p: DemoPatient; now: Date },
): Promise<void> {
  const { ids, p, now } = props;
  if (p.reports === undefined) return;
  const at = new Date(now.getTime() - p.reports.hoursAgo * 3_600_000);
  const ctx = contextOf(
    {
      userId: ids.user,
      clinicId: ids.clinicId,
      role: 'patient',
      name: p.name,
      patientId: ids.patient,
    },
    at,
  );
  const patient = await db
    .selectFrom('patient')
    .selectAll()
    .where('clinic_id', '=', ids.clinicId)
    .where('id', '=', ids.patient)
    .executeTakeFirstOrThrow();
  await recordSymptomReport({
    db,
    ctx,
    patient,
    body: {
      clientKey: `demo-report-${isoDay(at)}`,
      reportedOn: isoDay(at),
      symptoms: [...p.reports.symptoms],
    },
  });
  await evaluateIfDue(db, { clinicId: ids.clinicId, patientId: ids.patient, now });
}
