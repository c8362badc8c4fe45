import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.js';
import { assertPasswordAllowed } from '../auth/password-rule.js';
import { reserveGuess } from '../auth/sign-in-guard.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import { accountOpenedBy, activeAccounts, SignInLocked } from './login.js';

/**
 * Checks a password someone chooses for an account (an invite, a reset) and returns its hash.
 * Besides the rule (password-rule.ts), the password must not open another account of the same
 * e-mail (in another clinic): sign-in finds the account by e-mail and password, so two accounts
 * of one e-mail must never share one. Trying a password against those accounts is a sign-in
 * guess, so it is counted by the same guard: an invite cannot be used to guess passwords.
 */
export async function hashNewPassword(props: {
  db: Kysely<Database>;
  password: string;
  name: string;
  email: string;
  /** The account whose password this is (a reset), not compared with itself. */
  userId: string | null;
  now: Date;
}): Promise<string> {
  const { db, password, email } = props;
  assertPasswordAllowed({ password, name: props.name, email });
  const others = (await activeAccounts(db, email)).filter((a) => a.id !== props.userId);
  if (others.length > 0 && !(await reserveGuess(db, email, props.now))) throw new SignInLocked();
  if ((await accountOpenedBy(others, password)) !== undefined) {
    const message = 'You use this password for another account. Choose a different one.';
    throw new AppError('validation-failed', message, [{ path: 'body.password', message }]);
  }
  return hashPassword(password);
}
