import type { AssessmentResult, Journal, Plan } from '@backplan/core';
import { RULE_SET_VERSION } from '@backplan/core';
import type { Transaction } from 'kysely';
import { newId } from '../auth/tokens.js';
import { toJson } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import type { DemoPatient } from './demo-people.js';

export interface DemoIds {
  readonly clinicId: string;
  readonly therapistId: string;
  readonly user: string;
  readonly patient: string;
  readonly episode: string;
  readonly assessment: string;
  readonly plan: string;
}

/**
 * A demo patient's records as the API would have left them: the account, the patient with contact
 * details, the episode, the assessment, the published plan, and the journal and measures. The
 * caller evaluates proposals and alerts with the server's own evaluation.
 */
export async function insertDemoRecords(
  trx: Transaction<Database>,
  props: {
    ids: DemoIds;
    p: DemoPatient;
    patientHash: string;
    onsetDate: string;
    result: AssessmentResult;
    plan: Plan;
    journal: Journal;
    at: string;
    /** The first visit: when the assessment and the plan were made and published. */
    visitAt: string;
  },
): Promise<void> {
  const { ids, p, at, result: r, plan, journal } = props;
  const base = { clinic_id: ids.clinicId, patient_id: ids.patient, created_at: at };
  await trx
    .insertInto('user')
    .values({
      id: ids.user,
      clinic_id: ids.clinicId,
      email: p.email,
      name: p.name,
      role: 'patient',
      password_hash: props.patientHash,
      status: 'active',
      created_at: at,
    })
    .execute();
  await trx
    .insertInto('patient')
    .values({
      clinic_id: ids.clinicId,
      id: ids.patient,
      user_id: ids.user,
      therapist_id: ids.therapistId,
      display_name: p.name,
      email: p.email,
      status: 'active',
      created_at: at,
      phone: p.phone,
      emergency_contact_name: p.emergencyContact?.name ?? null,
      emergency_contact_phone: p.emergencyContact?.phone ?? null,
    })
    .execute();
  await trx
    .insertInto('episode')
    .values({
      clinic_id: ids.clinicId,
      id: ids.episode,
      patient_id: ids.patient,
      onset_date: props.onsetDate,
      status: 'open',
      created_at: at,
    })
    .execute();
  await trx
    .insertInto('assessment')
    .values({
      ...base,
      id: ids.assessment,
      episode_id: ids.episode,
      kind: r.kind,
      assessed_on: r.asOf,
      answers: toJson(r.assessment),
      result: toJson(r),
      triage: r.screen.triage,
      rule_version: RULE_SET_VERSION,
      created_by: ids.therapistId,
      created_at: props.visitAt,
    })
    .execute();
  await trx
    .insertInto('plan')
    .values({
      ...base,
      id: ids.plan,
      episode_id: ids.episode,
      assessment_id: ids.assessment,
      version: 1,
      status: 'active',
      plan: toJson(plan),
      rule_version: plan.ruleSetVersion,
      created_by: ids.therapistId,
      created_at: props.visitAt,
    })
    .execute();
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
        client_key: null,
        created_by: ids.therapistId,
      })
      .execute();
  }
}
