import { safetyStateOf, type Finding, type Triage } from '@backplan/core';
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit.js';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { dialectOf, toJson } from '../db/dialect.js';
import type { Database, PatientRow, SafetyState } from '../db/schema.js';
import { safetyFindingOf, type SafetyDetail, type SafetySource } from '../presenters/safety.js';

/** Safety states by urgency. */
export const RANK: Record<SafetyState, number> = { clear: 0, urgent: 1, emergency: 2 };
const moreUrgent = (a: SafetyState, b: SafetyState) => (RANK[b] > RANK[a] ? b : a);

/** What a red flag reported or found: the triage, the findings behind it, the symptoms. */
export interface RedFlagFacts {
  readonly source: SafetySource;
  readonly triage: Triage;
  readonly findings: readonly Finding[];
  readonly symptoms: readonly string[];
  /** When it was reported or assessed (a timestamp). */
  readonly reportedAt: string;
  /** The date of the record that brought it (the alert's date); default the report's. */
  readonly on?: string | undefined;
}

const summary = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.flagName} (${f.level})`).join(', ');

/** Where a red flag came from, in the alert's words. */
const SOURCE_TEXT: Record<SafetySource, string> = {
  intake: 'at intake',
  reassessment: 'at re-assessment',
  journal: 'in a session log',
  'morning-check': 'in a morning check',
  'symptom-report': 'in a symptom report',
};

/** The alert's sentence: what happened, where, what it means for the programme. */
function alertMessage(
  facts: RedFlagFacts,
  state: SafetyState,
  findings: readonly Finding[],
): string {
  const where = SOURCE_TEXT[facts.source];
  const what =
    facts.symptoms.length > 0
      ? `The patient reported ${facts.symptoms.map((id) => id.replaceAll('-', ' ')).join(', ')} ${where}`
      : `Red flag found ${where}`;
  const flags = findings.length > 0 ? `: ${summary(findings)}` : '';
  return state === 'clear'
    ? `${what}${flags}. Review the screen and record what was done.`
    : `${state === 'emergency' ? 'Emergency' : 'Urgent'}. ${what}${flags}. The programme is paused until a therapist records the outcome.`;
}

/**
 * The patient-level safety state (red-flags.md), in the caller's transaction with the write that
 * brought the red flag: an emergency or urgent finding makes the patient's state the more urgent
 * of the current and the new one, pauses the programme and raises a critical `red-flag` alert
 * carrying the findings; audited `safety.enter`. Any reported red-flag symptom raises the alert
 * even when the findings stay below urgent (no pause then; audited `alert.create`). Returns the
 * alert and whether the programme is paused now.
 */
export async function enterSafetyState(
  trx: Kysely<Database>,
  ctx: RequestContext,
  patient: Pick<PatientRow, 'clinic_id' | 'id'>,
  facts: RedFlagFacts,
): Promise<{ alertId: string; state: SafetyState; paused: boolean }> {
  const now = ctx.now.toISOString();
  // The patient row first: locked before anything else is written, as the decision does too.
  const current = await currentState(trx, patient);
  const state = safetyStateOf(facts.findings);
  const pausing = facts.findings.filter((f) => f.level === 'emergency' || f.level === 'urgent');
  const alertId = newId();
  const detail: SafetyDetail = {
    source: facts.source,
    reportedAt: facts.reportedAt,
    symptoms: [...facts.symptoms],
    findings: (state === 'clear' ? facts.findings : pausing).map(safetyFindingOf),
    alertId,
    state,
  };
  const message = alertMessage(facts, state, state === 'clear' ? facts.findings : pausing);
  await trx
    .insertInto('alert')
    .values({
      clinic_id: patient.clinic_id,
      id: alertId,
      patient_id: patient.id,
      type: 'red-flag',
      level: 'critical',
      message,
      on_date: facts.on ?? facts.reportedAt.slice(0, 10),
      // Every red flag is its own alert, closed only by its own recorded outcome.
      dedupe_key: `red-flag:${alertId}`,
      status: 'open',
      acknowledged_by: null,
      created_at: now,
      outcome: null,
      note: null,
      decided_at: null,
      detail: toJson(detail),
    })
    .execute();
  if (state === 'clear') {
    await recordAudit(trx, ctx, {
      action: 'alert.create',
      resourceType: 'alert',
      resourceId: alertId,
      patientId: patient.id,
    });
    return {
      alertId,
      state: current.safety_state,
      paused: current.programme_paused_at !== null,
    };
  }
  const next = moreUrgent(current.safety_state, state);
  await trx
    .updateTable('patient')
    .set({
      safety_state: next,
      // The detail names the most urgent red flag: a later, less urgent one does not replace it.
      ...(RANK[state] >= RANK[current.safety_state] ? { safety_detail: toJson(detail) } : {}),
      safety_since: current.safety_since ?? now,
      programme_paused_at: current.programme_paused_at ?? now,
    })
    .where('clinic_id', '=', patient.clinic_id)
    .where('id', '=', patient.id)
    .execute();
  await recordAudit(trx, ctx, {
    action: 'safety.enter',
    resourceType: 'patient',
    resourceId: patient.id,
    patientId: patient.id,
  });
  return { alertId, state: next, paused: true };
}

/** The patient's safety columns, locked on PostgreSQL so two red flags cannot race. */
export async function currentState(trx: Kysely<Database>, p: Pick<PatientRow, 'clinic_id' | 'id'>) {
  let q = trx
    .selectFrom('patient')
    .select(['safety_state', 'safety_since', 'programme_paused_at', 'status'])
    .where('clinic_id', '=', p.clinic_id)
    .where('id', '=', p.id);
  if (dialectOf(trx) === 'postgres') q = q.forUpdate();
  return q.executeTakeFirstOrThrow();
}
