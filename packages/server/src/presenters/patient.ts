import { z } from 'zod';
import type { PatientRow } from '../db/schema.js';

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

/** A patient with what a clinician's list needs at a glance. */
export const patientSummaryView = patientView.extend({
  therapistName: z.string().nullable(),
  activePlan: z.object({ id: z.string(), version: z.number() }).nullable(),
  /** The date of the latest logged session, if any. */
  lastSessionOn: z.string().nullable(),
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
  };
}
