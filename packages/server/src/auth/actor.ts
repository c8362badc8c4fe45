import type { Role } from '../db/schema.js';

/** Who is making a request: the signed-in user, their clinic and role, and (for a patient) record. */
export interface Actor {
  readonly userId: string;
  readonly clinicId: string;
  readonly role: Role;
  readonly name: string;
  /** The patient record of a patient user; null for staff. */
  readonly patientId: string | null;
  readonly sessionHash: string;
  readonly csrfToken: string;
}
