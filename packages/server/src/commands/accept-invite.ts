import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.js';
import { createSession } from '../auth/sessions.js';
import { hashToken, newId } from '../auth/tokens.js';
import type { Database, UserRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { LoginResult } from './login.js';

/**
 * Turns a one-time invite into an account with the chosen password and signs it in. The invite is
 * marked used in the same transaction, so a link works exactly once.
 */
export async function acceptInvite(props: {
  db: Kysely<Database>;
  token: string;
  password: string;
  name: string | undefined;
  now: Date;
}): Promise<LoginResult> {
  const { db, now } = props;
  const hash = await hashPassword(props.password);
  return transact(db, async (trx) => {
    const invite = await trx
      .selectFrom('invite')
      .selectAll()
      .where('token_hash', '=', hashToken(props.token))
      .executeTakeFirst();
    if (invite === undefined || invite.used_at !== null || invite.expires_at <= now.toISOString()) {
      throw new AppError(
        'gone',
        'This invite link has expired or was already used. Ask your clinic for a new one.',
        [{ path: 'body.token', message: 'Expired, used or unknown.' }],
      );
    }
    const claimed = await trx
      .updateTable('invite')
      .set({ used_at: now.toISOString() })
      .where('token_hash', '=', invite.token_hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (claimed.numUpdatedRows !== 1n)
      throw new AppError('gone', 'This invite link was already used.');
    const existing = await trx
      .selectFrom('user')
      .selectAll()
      .where('email', '=', invite.email)
      .executeTakeFirst();
    let user: UserRow;
    if (existing === undefined) {
      // A patient is called what their therapist recorded, unless they say otherwise.
      const patient =
        invite.patient_id === null
          ? undefined
          : await trx
              .selectFrom('patient')
              .select('display_name')
              .where('clinic_id', '=', invite.clinic_id)
              .where('id', '=', invite.patient_id)
              .executeTakeFirst();
      user = {
        id: newId(),
        clinic_id: invite.clinic_id,
        email: invite.email,
        name: props.name ?? patient?.display_name ?? invite.email,
        role: invite.role,
        password_hash: hash,
        status: 'active',
        failed_logins: 0,
        locked_until: null,
        created_at: now.toISOString(),
      };
      await trx.insertInto('user').values(user).execute();
    } else {
      // A reset link for an existing account sets a new password.
      if (existing.clinic_id !== invite.clinic_id)
        throw new AppError('conflict', 'This email belongs to another account.');
      await trx
        .updateTable('user')
        .set({ password_hash: hash, failed_logins: 0, locked_until: null })
        .where('id', '=', existing.id)
        .execute();
      user = { ...existing, password_hash: hash };
    }
    if (invite.patient_id !== null) {
      await trx
        .updateTable('patient')
        .set({ user_id: user.id })
        .where('clinic_id', '=', invite.clinic_id)
        .where('id', '=', invite.patient_id)
        .execute();
    }
    return { user, ...(await createSession(trx, user, now)) };
  });
}
