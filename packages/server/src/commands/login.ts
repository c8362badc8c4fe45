import type { Kysely } from 'kysely';
import { LOGIN_LIMITS } from '../auth/login-limits.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { createSession } from '../auth/sessions.js';
import type { Database, UserRow } from '../db/schema.js';
import { AppError } from '../errors.js';

// Compared against when the email is unknown, so the response time does not reveal accounts.
const DUMMY_HASH = await hashPassword('not-a-real-password');

export interface LoginResult {
  readonly user: UserRow;
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/**
 * Checks an email and password. Five failures lock the account for 15 minutes; the message never
 * says whether the email exists.
 */
export async function login(props: {
  db: Kysely<Database>;
  email: string;
  password: string;
  now: Date;
}): Promise<LoginResult> {
  const { db, now } = props;
  const email = props.email.trim().toLowerCase();
  const user = await db
    .selectFrom('user')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  const lockedUntil = user?.locked_until ?? null;
  if (lockedUntil !== null && lockedUntil > now.toISOString()) {
    throw new AppError(
      'locked-out',
      `Too many failed sign-ins: this account is locked until ${lockedUntil}.`,
    );
  }
  const ok = await verifyPassword(props.password, user?.password_hash ?? DUMMY_HASH);
  if (user === undefined || user.password_hash === null || user.status !== 'active' || !ok) {
    if (user !== undefined) {
      const failures = user.failed_logins + 1;
      const lock = failures >= LOGIN_LIMITS.failuresBeforeLockout;
      await db
        .updateTable('user')
        .set({
          failed_logins: lock ? 0 : failures,
          locked_until: lock
            ? new Date(now.getTime() + LOGIN_LIMITS.lockoutMinutes * 60_000).toISOString()
            : user.locked_until,
        })
        .where('id', '=', user.id)
        .execute();
    }
    throw new AppError('unauthenticated', 'The email or password is not right.', [
      { path: 'body.password', message: 'The email or password is not right.' },
    ]);
  }
  await db
    .updateTable('user')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', user.id)
    .execute();
  return { user, ...(await createSession(db, user, now)) };
}
