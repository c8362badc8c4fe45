import type { Kysely } from 'kysely';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { createSession } from '../auth/sessions.js';
import { releaseGuess, reserveGuess } from '../auth/sign-in-guard.js';
import type { Database, UserRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import { HashQueueFull, type HashQueue } from '../hash-queue.js';

// Checked when the e-mail has no account, so the answer takes as long as for a wrong password.
const hashStarted = performance.now();
const DUMMY_HASH = await hashPassword('not-a-real-password');
/** How long one hash took on this machine at start-up: the hash queue's first estimate. */
export const HASH_MS_AT_START = performance.now() - hashStarted;

export interface LoginResult {
  readonly user: UserRow;
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** Why a sign-in was refused, for the audit trail only: the answer is the same for all of them. */
export type SignInRefusal = 'locked-out' | 'unknown-account' | 'wrong-password';

/** The one answer to every refused sign-in, whatever the reason (issue 13). */
export class SignInRefused extends AppError {
  constructor(
    readonly reason: SignInRefusal,
    /** The accounts of the e-mail, for the audit trail. */
    readonly accounts: readonly UserRow[],
  ) {
    super('unauthenticated', 'The email or password is not right.', [
      { path: 'body.password', message: 'The email or password is not right.' },
    ]);
  }
}

/** The locked answer: the same for an e-mail with and without an account. */
export class SignInLocked extends AppError {
  readonly reason = 'locked-out' as const;
  constructor() {
    super('locked-out', 'Too many failed sign-ins with this email. Wait 15 minutes and try again.');
  }
}

/**
 * Checks an e-mail and password. Five guesses per e-mail per 15 minutes, counted atomically in
 * the database before the password is checked; an unknown e-mail is counted and hashed like a
 * known one. An e-mail may have an account in several clinics: the password says which one (two
 * accounts of one e-mail never share a password, see `assertPasswordNotReused`).
 */
export async function login(props: {
  db: Kysely<Database>;
  email: string;
  password: string;
  now: Date;
  /** The app's bound on password hashes (sign-in is the one hash anyone can ask for). */
  hashes?: HashQueue;
}): Promise<LoginResult> {
  const { db, now } = props;
  const email = props.email.trim().toLowerCase();
  if (!(await reserveGuess(db, email, now))) throw new SignInLocked();
  const accounts = await activeAccounts(db, email);
  const opened = await accountOpenedBy(accounts, props.password, props.hashes).catch(
    async (error: unknown) => {
      // Too busy to check the password: the guess was not used, so it is given back.
      if (error instanceof HashQueueFull) await releaseGuess(db, email);
      throw error;
    },
  );
  if (opened === undefined)
    throw new SignInRefused(accounts.length === 0 ? 'unknown-account' : 'wrong-password', accounts);
  await releaseGuess(db, email);
  return { user: opened, ...(await createSession(db, opened, now)) };
}

/** The active, password-holding accounts of an e-mail, in every clinic. */
export function activeAccounts(db: Kysely<Database>, email: string): Promise<UserRow[]> {
  return db
    .selectFrom('user')
    .selectAll()
    .where('email', '=', email)
    .where('status', '=', 'active')
    .where('password_hash', 'is not', null)
    .orderBy('created_at')
    .execute();
}

/** The account the password opens; hashes once even when there is none (timing). */
export async function accountOpenedBy(
  accounts: readonly UserRow[],
  password: string,
  queue?: HashQueue,
): Promise<UserRow | undefined> {
  const hashes =
    accounts.length === 0 ? [DUMMY_HASH] : accounts.map((a) => a.password_hash ?? DUMMY_HASH);
  const ok = await Promise.all(hashes.map((h) => verifyPassword(password, h, queue)));
  return accounts.find((_, i) => ok[i] === true);
}
