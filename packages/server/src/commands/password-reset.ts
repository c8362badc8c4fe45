import type { Kysely } from 'kysely';
import { recordAudit } from '../audit.js';
import { canAdministerClinic } from '../auth/policies.js';
import { createSession } from '../auth/sessions.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import type { Database, UserRow } from '../db/schema.js';
import { transact } from '../db/transact.js';
import { AppError } from '../errors.js';
import type { LoginResult } from './login.js';
import { hashNewPassword } from './new-password.js';

/** How long a reset link stays valid [design]: shorter than an invite, it opens a live account. */
export const RESET_HOURS = 24;

const GONE =
  'This reset link has expired or was already used. Ask your clinic admin for a new one.';

/**
 * An admin issues a one-time link that sets a new password for a staff account of their clinic.
 * Never for a patient: an admin manages the clinic, not its patients' accounts (issue 13).
 */
export async function issuePasswordReset(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  userId: string;
}): Promise<{ token: string; expiresAt: string }> {
  const { ctx } = props;
  if (!canAdministerClinic(ctx.actor, ctx.actor.clinicId))
    throw new AppError('forbidden', 'Only a clinic admin can do this.');
  const token = newToken();
  const expiresAt = new Date(ctx.now.getTime() + RESET_HOURS * 3_600_000).toISOString();
  await transact(props.db, async (trx) => {
    const user = await trx
      .selectFrom('user')
      .select(['id', 'role'])
      .where('id', '=', props.userId)
      .where('clinic_id', '=', ctx.actor.clinicId)
      .where('role', '!=', 'patient')
      .executeTakeFirst();
    if (user === undefined) throw new AppError('not-found', 'No such staff member in this clinic.');
    await trx
      .insertInto('password_reset')
      .values({
        token_hash: hashToken(token),
        clinic_id: ctx.actor.clinicId,
        user_id: user.id,
        created_by: ctx.actor.userId,
        expires_at: expiresAt,
        used_at: null,
        created_at: ctx.now.toISOString(),
      })
      .execute();
    await recordAudit(trx, ctx, {
      action: 'user.reset-link',
      resourceType: 'user',
      resourceId: user.id,
      patientId: null,
    });
  });
  return { token, expiresAt };
}

/**
 * Sets the new password of a reset link's account, ends every session the account had, and signs
 * it in. Only an active staff account; the link works once.
 */
export async function completePasswordReset(props: {
  db: Kysely<Database>;
  token: string;
  password: string;
  now: Date;
}): Promise<LoginResult> {
  const { db, now } = props;
  const at = now.toISOString();
  const reset = await db
    .selectFrom('password_reset')
    .innerJoin('user', (j) =>
      j
        .onRef('user.id', '=', 'password_reset.user_id')
        .onRef('user.clinic_id', '=', 'password_reset.clinic_id'),
    )
    .select(['password_reset.token_hash', 'password_reset.used_at', 'password_reset.expires_at'])
    .selectAll('user')
    .where('password_reset.token_hash', '=', hashToken(props.token))
    .executeTakeFirst();
  if (
    reset === undefined ||
    reset.used_at !== null ||
    reset.expires_at <= at ||
    reset.status !== 'active' ||
    reset.role === 'patient'
  )
    throw new AppError('gone', GONE, [
      { path: 'body.token', message: 'Expired, used or unknown.' },
    ]);
  const hash = await hashNewPassword({
    db,
    password: props.password,
    name: reset.name,
    email: reset.email,
    userId: reset.id,
    now,
  });
  return transact(db, async (trx) => {
    const claimed = await trx
      .updateTable('password_reset')
      .set({ used_at: at })
      .where('token_hash', '=', reset.token_hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (claimed.numUpdatedRows !== 1n) throw new AppError('gone', GONE);
    await trx.updateTable('user').set({ password_hash: hash }).where('id', '=', reset.id).execute();
    await trx.deleteFrom('session').where('user_id', '=', reset.id).execute();
    const signedIn: UserRow = {
      id: reset.id,
      clinic_id: reset.clinic_id,
      email: reset.email,
      name: reset.name,
      role: reset.role,
      password_hash: hash,
      status: reset.status,
      created_at: reset.created_at,
    };
    return { user: signedIn, ...(await createSession(trx, signedIn, now)) };
  });
}
