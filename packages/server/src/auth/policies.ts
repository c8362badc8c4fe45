import type { Actor } from './actor.js';

/**
 * Who may do what, as short pure predicates: one place to read the whole access model.
 * A patient sees only their own record; a therapist and an admin only their clinic's; nobody
 * sees another clinic's data.
 */
export interface PatientRef {
  readonly clinicId: string;
  readonly id: string;
}

export const isStaff = (a: Actor) => a.role === 'therapist' || a.role === 'admin';

/** Read a patient's record and everything under it. */
export function canReadPatient(a: Actor, p: PatientRef): boolean {
  if (a.clinicId !== p.clinicId) return false;
  return isStaff(a) || (a.role === 'patient' && a.patientId === p.id);
}

/** Write clinical data (assessments, plans, decisions) for a patient: their clinic's staff. */
export function canManagePatient(a: Actor, p: PatientRef): boolean {
  return a.clinicId === p.clinicId && isStaff(a);
}

/**
 * Record the outcome of a red flag (red-flags.md: closed only by a recorded decision of a
 * clinician): a therapist of the patient's clinic. An admin manages the clinic, not its care.
 */
export function canDecideSafety(a: Actor, p: PatientRef): boolean {
  return a.clinicId === p.clinicId && a.role === 'therapist';
}

/** Write what the patient records (journal, morning checks, questionnaires): the patient. */
export function canRecordForPatient(a: Actor, p: PatientRef): boolean {
  return a.clinicId === p.clinicId && a.role === 'patient' && a.patientId === p.id;
}

/** Create patients and their invites. */
export const canCreatePatient = (a: Actor) => isStaff(a);

/** Manage therapists, issue reset links, read the audit trail. */
export const canAdministerClinic = (a: Actor, clinicId: string) =>
  a.role === 'admin' && a.clinicId === clinicId;
