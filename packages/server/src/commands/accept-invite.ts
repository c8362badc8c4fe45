import type { Kysely } from 'kysely';
import { createSession } from '../auth/sessions.js';
import { hashToken, newId } from '../auth/tokens.js';
import { isUniqueViolation } from '../db/dialect.js';
import type { Database, InviteRow, UserRow } from '../db/schema.js';
import { transact } from '../db/transact.js';
import { AppError } from '../errors.js';
import type { LoginResult } from './login.js';
import { hashNewPassword } from './new-password.js';

const GONE = 'This invite link has expired or was already used. Ask your clinic for a new one.';
/** The invitee learns only that they already have an account here, nothing about it (issue 13). */
export const ACCOUNT_EXISTS =
  'This e-mail already has an account at this clinic: sign in with it, or ask your clinic for help.';

/**
 * Turns a one-time invite into a new account with the chosen password and signs it in. An invite
 * only ever creates an account: when the invite's clinic already has one for the e-mail, it is
 * refused and the account is left as it is (no password, role or patient changes), so a patient
 * invite cannot reach a staff account nor the reverse. The invite is marked used in the same
 * transaction as the account is created, so a link works exactly once.
 */
export async function acceptInvite(props: {
  db: Kysely<Database>;
  token: string;
  password: string;
  name: string | undefined;
  now: Date;
}): Promise<LoginResult> {
  const { db, now } = props;
  const invite = await db
    .selectFrom('invite')
    .selectAll()
    .where('token_hash', '=', hashToken(props.token))
    .executeTakeFirst();
  if (invite === undefined || invite.used_at !== null || invite.expires_at <= now.toISOString())
    throw new AppError('gone', GONE, [
      { path: 'body.token', message: 'Expired, used or unknown.' },
    ]);
  if (await accountExists(db, invite)) throw new AppError('conflict', ACCOUNT_EXISTS);
  // A patient is called what their therapist recorded, unless they say otherwise.
  const patient =
    invite.patient_id === null
      ? undefined
      : await db
          .selectFrom('patient')
          .select('display_name')
          .where('clinic_id', '=', invite.clinic_id)
          .where('id', '=', invite.patient_id)
          .executeTakeFirst();
  const name = props.name ?? patient?.display_name ?? invite.email;
  const hash = await hashNewPassword({
    db,
    password: props.password,
    name,
    email: invite.email,
    userId: null,
    now,
  });
  const user: UserRow = {
    id: newId(),
    clinic_id: invite.clinic_id,
    email: invite.email,
    name,
    role: invite.role,
    password_hash: hash,
    status: 'active',
    created_at: now.toISOString(),
  };
  return transact(db, async (trx) => {
    const claimed = await trx
      .updateTable('invite')
      .set({ used_at: now.toISOString() })
      .where('token_hash', '=', invite.token_hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (claimed.numUpdatedRows !== 1n) throw new AppError('gone', GONE);
    try {
      await trx.insertInto('user').values(user).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('conflict', ACCOUNT_EXISTS);
      throw error;
    }
    if (invite.patient_id !== null) {
      await trx
        .updateTable('patient')
        .set({ user_id: user.id })
        .where('clinic_id', '=', invite.clinic_id)
        .where('id', '=', invite.patient_id)
        .where('user_id', 'is', null)
        .execute();
    }
    return { user, ...(await createSession(trx, user, now)) };
  });
}

async function accountExists(db: Kysely<Database>, invite: InviteRow): Promise<boolean> {
  const row = await db
    .selectFrom('user')
    .select('id')
    .where('clinic_id', '=', invite.clinic_id)
    .where('email', '=', invite.email)
    .executeTakeFirst();
  return row !== undefined;
}
