import type { Kysely } from 'kysely';
import { recordAudit } from '../audit.js';
import { canAdministerClinic } from '../auth/policies.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import type { Database, Role } from '../db/schema.js';
import { transact } from '../db/transact.js';
import { AppError } from '../errors.js';
import { INVITE_DAYS } from './create-patient.js';

/** Said when the actor's own clinic already has an account for the e-mail (never another's). */
export const EMAIL_IN_USE_HERE = 'Someone at this clinic already has an account with this email.';

/**
 * An admin invites a therapist or an admin: a one-time, expiring link that creates a new account.
 * Only the admin's own clinic is looked at: whether the e-mail has an account elsewhere changes
 * nothing (accounts are unique per clinic and e-mail, see docs/ARCHITECTURE.md).
 */
export async function issueStaffInvite(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  email: string;
  role: Exclude<Role, 'patient'>;
}): Promise<{ token: string; expiresAt: string }> {
  const { ctx } = props;
  if (!canAdministerClinic(ctx.actor, ctx.actor.clinicId))
    throw new AppError('forbidden', 'Only a clinic admin can do this.');
  const email = props.email.trim().toLowerCase();
  return transact(props.db, async (trx) => {
    const existing = await trx
      .selectFrom('user')
      .select('id')
      .where('clinic_id', '=', ctx.actor.clinicId)
      .where('email', '=', email)
      .executeTakeFirst();
    if (existing !== undefined) {
      throw new AppError('conflict', EMAIL_IN_USE_HERE, [
        { path: 'body.email', message: 'Already in use at this clinic.' },
      ]);
    }
    const token = newToken();
    const expiresAt = new Date(ctx.now.getTime() + INVITE_DAYS * 86_400_000).toISOString();
    await trx
      .insertInto('invite')
      .values({
        token_hash: hashToken(token),
        clinic_id: ctx.actor.clinicId,
        role: props.role,
        email,
        patient_id: null,
        created_by: ctx.actor.userId,
        expires_at: expiresAt,
        used_at: null,
        created_at: ctx.now.toISOString(),
      })
      .execute();
    await recordAudit(trx, ctx, {
      action: 'invite.create',
      resourceType: 'user',
      resourceId: null,
      patientId: null,
    });
    return { token, expiresAt };
  });
}
