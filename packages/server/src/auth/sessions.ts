import type { Kysely } from 'kysely';
import { preparedQuery } from '../db/prepared.js';
import type { Database, Role, UserRow } from '../db/schema.js';
import type { Actor } from './actor.js';
import { hashToken, newToken } from './tokens.js';

/** How long a session lasts without signing in again [design]. */
export const SESSION_HOURS = 12;
export const SESSION_COOKIE = 'bp_session';

/** Starts a session; the token goes in the cookie, only its hash in the database. */
export async function createSession(
  db: Kysely<Database>,
  user: UserRow,
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await db
    .insertInto('session')
    .values({
      id_hash: hashToken(token),
      user_id: user.id,
      clinic_id: user.clinic_id,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/**
 * The session with its user and, for a patient, their record: every request's first data. Routes
 * of the hot path (the patient's day, journal entries) join their own first query onto this one,
 * so the session costs no extra round trip; every other request runs it alone (`findActor`).
 * The columns are named `actor*` so they cannot clash with the joined data's.
 */
export function sessionActor(db: Kysely<Database>, sessionHash: string) {
  return db
    .selectFrom('session')
    .innerJoin('user', 'user.id', 'session.user_id')
    .leftJoin('patient as self', (j) =>
      j.onRef('self.user_id', '=', 'user.id').onRef('self.clinic_id', '=', 'user.clinic_id'),
    )
    .select([
      'user.id as actorUserId',
      'user.clinic_id as actorClinicId',
      'user.role as actorRole',
      'user.name as actorName',
      'user.status as actorStatus',
      'session.csrf_token as actorCsrfToken',
      'session.expires_at as actorExpiresAt',
      'self.id as actorPatientId',
    ])
    .where('session.id_hash', '=', sessionHash);
}

/**
 * `sessionActor` with the patient the request names, looked for only in the actor's clinic, and
 * that patient's active plan version (both null when there is none): the start of the hot routes'
 * single query (the day, journal entries, morning checks).
 */
export function sessionWithPatient(db: Kysely<Database>, sessionHash: string, patientId: string) {
  return sessionActor(db, sessionHash)
    .leftJoin('patient', (join) =>
      join.onRef('patient.clinic_id', '=', 'user.clinic_id').on('patient.id', '=', patientId),
    )
    .leftJoin('plan', (join) =>
      join
        .onRef('plan.clinic_id', '=', 'patient.clinic_id')
        .onRef('plan.patient_id', '=', 'patient.id')
        .on('plan.status', '=', 'active'),
    );
}

/** The actor's columns of a row that `sessionActor` began. */
export interface ActorColumns {
  readonly actorUserId: string;
  readonly actorClinicId: string;
  readonly actorRole: Role;
  readonly actorName: string;
  readonly actorStatus: string;
  readonly actorCsrfToken: string;
  readonly actorExpiresAt: string;
  readonly actorPatientId: string | null;
}

/** The actor of a session row, or null when there is none, it has expired or the user is disabled. */
export function actorOf(
  row: ActorColumns | undefined,
  sessionHash: string,
  now: Date,
): Actor | null {
  if (row === undefined || row.actorStatus !== 'active' || row.actorExpiresAt <= now.toISOString())
    return null;
  return {
    userId: row.actorUserId,
    clinicId: row.actorClinicId,
    role: row.actorRole,
    name: row.actorName,
    patientId: row.actorRole === 'patient' ? row.actorPatientId : null,
    sessionHash,
    csrfToken: row.actorCsrfToken,
  };
}

const actorOfSession = preparedQuery((db, a: { sessionHash: string }) =>
  sessionActor(db, a.sessionHash),
);

/** The session's row alone, for routes that do not join their first query onto it. */
export async function sessionRow(
  db: Kysely<Database>,
  sessionHash: string,
): Promise<ActorColumns | undefined> {
  const [row] = await actorOfSession(db, { sessionHash });
  return row;
}

/** The actor behind a session token, or null when it is unknown, expired or the user disabled. */
export async function findActor(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<Actor | null> {
  const sessionHash = hashToken(token);
  return actorOf(await sessionRow(db, sessionHash), sessionHash, now);
}

export async function endSession(db: Kysely<Database>, sessionHash: string): Promise<void> {
  await db.deleteFrom('session').where('id_hash', '=', sessionHash).execute();
}
