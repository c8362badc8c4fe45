import type { Role } from '../api/session';

/** Where each role starts. */
export const HOME: Record<Role, string> = {
  patient: '/patient',
  therapist: '/clinic',
  admin: '/admin',
};
