import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { LOGIN_LIMITS } from './login-limits.js';
import { hashToken } from './tokens.js';

/**
 * The account lockout, counted in the database per e-mail whether or not it has an account, so a
 * locked, a wrong and an unknown e-mail answer alike (issue 13). A guess is reserved with one
 * atomic upsert before the password is checked: however many sign-ins run at once, at most
 * `failuresBeforeLockout` of them get to check a password in a window. A right password gives its
 * reservation back; wrong ones stay counted until the window ends.
 */
export async function reserveGuess(
  db: Kysely<Database>,
  email: string,
  now: Date,
): Promise<boolean> {
  const key = guardKey(email);
  const at = now.toISOString();
  const windowOpenedAfter = new Date(
    now.getTime() - LOGIN_LIMITS.lockoutMinutes * 60_000,
  ).toISOString();
  const result = await sql<{ guesses: number }>`
    insert into sign_in_guard (key_hash, guesses, window_start) values (${key}, 1, ${at})
    on conflict (key_hash) do update set
      guesses = case when sign_in_guard.window_start <= ${windowOpenedAfter} then 1
                     else sign_in_guard.guesses + 1 end,
      window_start = case when sign_in_guard.window_start <= ${windowOpenedAfter} then ${at}
                          else sign_in_guard.window_start end
    returning guesses`.execute(db);
  const guesses = result.rows[0]?.guesses ?? Infinity;
  // A new window: drop the windows that have ended, so unknown e-mails do not pile up.
  if (guesses === 1)
    await db.deleteFrom('sign_in_guard').where('window_start', '<=', windowOpenedAfter).execute();
  return guesses <= LOGIN_LIMITS.failuresBeforeLockout;
}

/** Gives back the guess a right password used. */
export async function releaseGuess(db: Kysely<Database>, email: string): Promise<void> {
  await db
    .updateTable('sign_in_guard')
    .set((eb) => ({ guesses: eb('guesses', '-', 1) }))
    .where('key_hash', '=', guardKey(email))
    .where('guesses', '>', 0)
    .execute();
}

function guardKey(email: string): string {
  return hashToken(`sign-in:${email.trim().toLowerCase()}`);
}
