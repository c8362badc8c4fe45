/** Two clinics with staff, and helpers to sign in through the API, for server tests. */
import type { FastifyInstance } from 'fastify';
import { createClinic } from './commands/create-clinic.js';
import type { TestApp } from './test-app.js';
import { TEST_NOW } from './test-app.js';

export const PASSWORD = 'correct horse battery';

export const STAFF = {
  adminA: 'admin@a.example',
  therapistA: 'therapist@a.example',
  adminB: 'admin@b.example',
  therapistB: 'therapist@b.example',
} as const;

export async function seedTwoClinics(t: TestApp) {
  const db = t.testDb.db.kysely;
  const a = await createClinic({
    db,
    name: 'Clinic A',
    now: TEST_NOW,
    users: [
      { email: STAFF.adminA, name: 'Ada Admin', role: 'admin', password: PASSWORD },
      { email: STAFF.therapistA, name: 'Theo Therapist', role: 'therapist', password: PASSWORD },
    ],
  });
  const b = await createClinic({
    db,
    name: 'Clinic B',
    now: TEST_NOW,
    users: [
      { email: STAFF.adminB, name: 'Bea Admin', role: 'admin', password: PASSWORD },
      { email: STAFF.therapistB, name: 'Bo Therapist', role: 'therapist', password: PASSWORD },
    ],
  });
  return { a, b };
}

export interface Session {
  readonly cookie: string;
  readonly csrf: string;
  readonly patientId: string | null;
}

/** Signs in through the API and returns what a browser would keep. */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password = PASSWORD,
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'bp_session');
  const body = res.json<{ csrfToken: string; user: { patientId: string | null } }>();
  if (cookie === undefined) throw new Error('no session cookie');
  return {
    cookie: `bp_session=${cookie.value}`,
    csrf: body.csrfToken,
    patientId: body.user.patientId,
  };
}

/** Headers of a signed-in request (with the CSRF token, needed for writes). */
export const as = (s: Session) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });

/** Creates a patient as a therapist and accepts the invite; returns both sessions. */
export async function createPatientWithAccount(
  app: FastifyInstance,
  therapist: Session,
  email: string,
  name = 'Pat Patient',
) {
  const created = await app.inject({
    method: 'POST',
    url: '/api/patients',
    headers: as(therapist),
    payload: { displayName: name, email },
  });
  if (created.statusCode !== 201) throw new Error(`create patient failed: ${created.body}`);
  const { patient, invite } = created.json<{ patient: { id: string }; invite: { url: string } }>();
  const token = invite.url.split('/').at(-1) ?? '';
  const accepted = await app.inject({
    method: 'POST',
    url: '/api/invites/accept',
    payload: { token, password: PASSWORD },
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  return { patientId: patient.id, session: await signIn(app, email) };
}
