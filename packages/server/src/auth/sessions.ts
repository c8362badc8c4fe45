import type { Kysely } from 'kysely';
import { preparedQuery } from '../db/prepared.js';
import type { Database, UserRow } from '../db/schema.js';
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

/** The actor behind a session token, or null when it is unknown, expired or the user disabled. */
/** The session with its user (and patient record, for a patient): every request's first query. */
const actorOfSession = preparedQuery((db, a: { sessionHash: string }) =>
  db
    .selectFrom('session')
    .innerJoin('user', 'user.id', 'session.user_id')
    .leftJoin('patient', (j) =>
      j.onRef('patient.user_id', '=', 'user.id').onRef('patient.clinic_id', '=', 'user.clinic_id'),
    )
    .select([
      'user.id as userId',
      'user.clinic_id as clinicId',
      'user.role',
      'user.name',
      'user.status',
      'session.csrf_token as csrfToken',
      'session.expires_at as expiresAt',
      'patient.id as patientId',
    ])
    .where('session.id_hash', '=', a.sessionHash),
);

export async function findActor(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<Actor | null> {
  const sessionHash = hashToken(token);
  const [row] = await actorOfSession(db, { sessionHash });
  if (row === undefined || row.status !== 'active' || row.expiresAt <= now.toISOString())
    return null;
  return {
    userId: row.userId,
    clinicId: row.clinicId,
    role: row.role,
    name: row.name,
    patientId: row.role === 'patient' ? row.patientId : null,
    sessionHash,
    csrfToken: row.csrfToken,
  };
}

export async function endSession(db: Kysely<Database>, sessionHash: string): Promise<void> {
  await db.deleteFrom('session').where('id_hash', '=', sessionHash).execute();
}
