import { z } from 'zod';
import type { PatientRow } from '../db/schema.js';
import { readSafetyDecision, readSafetyDetail, SAFETY_OUTCOMES, SAFETY_SOURCES } from './safety.js';

/** A patient as the API shows it: an explicit mapping, never the row as is. */
export const patientView = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  therapistId: z.string(),
  status: z.enum(['active', 'discharged', 'erased']),
  hasAccount: z.boolean(),
  createdAt: z.string(),
});

export function presentPatient(p: PatientRow): z.output<typeof patientView> {
  return {
    id: p.id,
    displayName: p.display_name,
    email: p.email,
    therapistId: p.therapist_id,
    status: p.status,
    hasAccount: p.user_id !== null,
    createdAt: p.created_at,
  };
}

/** Why the patient is in a safety state, as the clinic's list and the dashboard show it. */
export const patientSafetyView = z.object({
  state: z.enum(['urgent', 'emergency']),
  since: z.string().nullable(),
  source: z.enum(SAFETY_SOURCES).nullable(),
  symptoms: z.array(z.string()),
  findings: z.array(z.object({ flagName: z.string(), level: z.string() })),
});

export const safetyDecisionView = z.object({
  outcome: z.enum(SAFETY_OUTCOMES),
  note: z.string().nullable(),
  decidedAt: z.string(),
  decidedByName: z.string().nullable(),
});

function safetyOf(p: PatientRow): z.output<typeof patientSafetyView> | null {
  if (p.safety_state === 'clear') return null;
  const d = readSafetyDetail(p.safety_detail);
  return {
    state: p.safety_state,
    since: p.safety_since,
    source: d?.source ?? null,
    symptoms: [...(d?.symptoms ?? [])],
    findings: (d?.findings ?? []).map((f) => ({ flagName: f.flagName, level: f.level })),
  };
}

function decisionOf(p: PatientRow): z.output<typeof safetyDecisionView> | null {
  const d = readSafetyDecision(p.last_safety_decision);
  return d === null
    ? null
    : {
        outcome: d.outcome,
        note: d.note ?? null,
        decidedAt: d.decidedAt,
        decidedByName: d.decidedByName ?? null,
      };
}

/** A patient with what a clinician's list needs at a glance. */
export const patientSummaryView = patientView.extend({
  therapistName: z.string().nullable(),
  activePlan: z.object({ id: z.string(), version: z.number() }).nullable(),
  /** The date of the latest logged session, if any. */
  lastSessionOn: z.string().nullable(),
  phone: z.string().nullable(),
  emergencyContact: z.object({ name: z.string(), phone: z.string() }).nullable(),
  /** Null when clear; else the state and its reason (the list puts these patients first). */
  safety: patientSafetyView.nullable(),
  programmePaused: z.boolean(),
  disengagedAt: z.string().nullable(),
  lastSafetyDecision: safetyDecisionView.nullable(),
});

export type PatientSummaryRow = PatientRow & {
  therapist_name: string | null;
  plan_id: string | null;
  plan_version: number | null;
  last_session_on: string | null;
};

export function presentPatientSummary(p: PatientSummaryRow): z.output<typeof patientSummaryView> {
  return {
    ...presentPatient(p),
    therapistName: p.therapist_name,
    activePlan:
      p.plan_id === null || p.plan_version === null
        ? null
        : { id: p.plan_id, version: p.plan_version },
    lastSessionOn: p.last_session_on,
    phone: p.phone,
    emergencyContact:
      p.emergency_contact_name === null || p.emergency_contact_phone === null
        ? null
        : { name: p.emergency_contact_name, phone: p.emergency_contact_phone },
    safety: safetyOf(p),
    programmePaused: p.programme_paused_at !== null,
    disengagedAt: p.disengaged_at,
    lastSafetyDecision: decisionOf(p),
  };
}
