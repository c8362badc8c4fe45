import { transact } from '../db/transact.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assess, CATALOG, generatePlan, proposeChanges, RULE_SET_VERSION } from '@backplan/core';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.js';
import { newId } from '../auth/tokens.js';
import { createClinic } from '../commands/create-clinic.js';
import { toJson } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import { DEMO_PASSWORD, DEMO_PATIENTS, DEMO_STAFF, type DemoPatient } from './demo-people.js';
import { demoJournal, isoDay } from './demo-history.js';

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
  const patientHash = await hashPassword(DEMO_PASSWORD);
  for (const p of DEMO_PATIENTS)
    await seedPatient(db, {
      clinicId,
      therapistId: userIds[p.therapist] ?? '',
      patientHash,
      p,
      now,
    });
  return true;
}

async function seedPatient(
  db: Kysely<Database>,
  props: { clinicId: string; therapistId: string; patientHash: string; p: DemoPatient; now: Date },
): Promise<void> {
  const { clinicId, therapistId, p, now } = props;
  const start = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - p.weeks * 7 * DAY_MS,
  );
  const example = JSON.parse(readFileSync(`${EXAMPLES}${p.example}.json`, 'utf8')) as {
    assessedOn: string;
    history: { onsetDate: string };
  };
  // Keep the example's time since onset, moved so the assessment happened at the start.
  const shift = start.getTime() - Date.parse(example.assessedOn);
  const input = {
    ...example,
    assessedOn: isoDay(start),
    history: {
      ...example.history,
      onsetDate: isoDay(new Date(Date.parse(example.history.onsetDate) + shift)),
    },
  };
  const result = assess(input, isoDay(start));
  if (!result.ok) throw new Error(`demo assessment ${p.example} is invalid`);
  const generated = generatePlan(result.value, CATALOG, { startDate: isoDay(start) });
  if (!generated.ok) throw new Error(`demo plan ${p.example}: ${generated.error.message}`);
  const plan = generated.value;
  const journal = demoJournal(p, plan, start, now);
  const report = proposeChanges(plan, journal, journal.measures, now);
  const at = now.toISOString();
  const ids = {
    user: newId(),
    patient: newId(),
    episode: newId(),
    assessment: newId(),
    plan: newId(),
  };
  await transact(db, async (trx) => {
    await trx
      .insertInto('user')
      .values({
        id: ids.user,
        clinic_id: clinicId,
        email: p.email,
        name: p.name,
        role: 'patient',
        password_hash: props.patientHash,
        status: 'active',
        failed_logins: 0,
        locked_until: null,
        created_at: at,
      })
      .execute();
    await trx
      .insertInto('patient')
      .values({
        clinic_id: clinicId,
        id: ids.patient,
        user_id: ids.user,
        therapist_id: therapistId,
        display_name: p.name,
        email: p.email,
        status: 'active',
        created_at: at,
      })
      .execute();
    await trx
      .insertInto('episode')
      .values({
        clinic_id: clinicId,
        id: ids.episode,
        patient_id: ids.patient,
        onset_date: input.history.onsetDate,
        status: 'open',
        created_at: at,
      })
      .execute();
    const r = result.value;
    await trx
      .insertInto('assessment')
      .values({
        clinic_id: clinicId,
        id: ids.assessment,
        patient_id: ids.patient,
        episode_id: ids.episode,
        kind: r.kind,
        assessed_on: r.asOf,
        answers: toJson(r.assessment),
        result: toJson(r),
        triage: r.screen.triage,
        rule_version: RULE_SET_VERSION,
        created_by: therapistId,
        created_at: at,
      })
      .execute();
    await trx
      .insertInto('plan')
      .values({
        clinic_id: clinicId,
        id: ids.plan,
        patient_id: ids.patient,
        episode_id: ids.episode,
        assessment_id: ids.assessment,
        version: 1,
        status: 'active',
        plan: toJson(plan),
        rule_version: plan.ruleSetVersion,
        created_by: therapistId,
        created_at: at,
      })
      .execute();
    const base = { clinic_id: clinicId, patient_id: ids.patient, created_at: at };
    for (const e of journal.entries) {
      await trx
        .insertInto('journal_entry')
        .values({
          ...base,
          id: newId(),
          plan_id: ids.plan,
          client_key: e.id,
          performed_on: e.performedOn,
          entry: toJson(e),
        })
        .execute();
    }
    for (const m of journal.morningChecks) {
      await trx
        .insertInto('morning_check')
        .values({
          ...base,
          id: newId(),
          client_key: `demo-${m.date}`,
          date: m.date,
          check: toJson(m),
        })
        .execute();
    }
    for (const m of journal.measures) {
      await trx
        .insertInto('measure')
        .values({
          ...base,
          id: newId(),
          kind: m.instrument,
          side: null,
          value: m.score,
          answers: null,
          taken_on: m.takenOn,
          created_by: therapistId,
        })
        .execute();
    }
    for (const proposal of report.proposals.filter((x) => x.action !== 'hold')) {
      await trx
        .insertInto('proposal')
        .values({
          ...base,
          id: newId(),
          plan_id: ids.plan,
          exercise_id: proposal.exerciseId,
          action: proposal.action,
          proposal: toJson(proposal),
          status: 'open',
          decided_by: null,
          decided_at: null,
        })
        .execute();
    }
    for (const alert of report.alerts) {
      await trx
        .insertInto('alert')
        .values({
          ...base,
          id: newId(),
          type: alert.type,
          level: alert.level,
          message: alert.message,
          on_date: alert.on,
          dedupe_key: `${alert.type}:${alert.on}`,
          status: 'open',
          acknowledged_by: null,
        })
        .execute();
    }
    if (p.course === 'improving') {
      await trx
        .insertInto('feedback')
        .values({
          ...base,
          id: newId(),
          journal_entry_id: null,
          author_id: therapistId,
          body: 'Great consistency this week. Keep the movements slow and smooth; we will look at progressing at your next visit.',
        })
        .execute();
    }
  });
}
