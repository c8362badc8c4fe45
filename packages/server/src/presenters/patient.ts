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
