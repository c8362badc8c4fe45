import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit.js';
import { canAdministerClinic } from '../auth/policies.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import type { Database, Role } from '../db/schema.js';
import { AppError } from '../errors.js';
import { INVITE_DAYS } from './create-patient.js';

/**
 * An admin invites a therapist or admin, or issues a password-reset link for a staff account: both
 * are one-time, expiring links that set a password (accepting one for an existing account resets
 * its password).
 */
export async function issueStaffInvite(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  email: string;
  role: Exclude<Role, 'patient'>;
  reset: boolean;
}): Promise<{ token: string; expiresAt: string }> {
  const { ctx } = props;
  if (!canAdministerClinic(ctx.actor, ctx.actor.clinicId))
    throw new AppError('forbidden', 'Only a clinic admin can do this.');
  const email = props.email.trim().toLowerCase();
  return transact(props.db, async (trx) => {
    const existing = await trx
      .selectFrom('user')
      .select(['id', 'clinic_id', 'role'])
      .where('email', '=', email)
      .executeTakeFirst();
    if (props.reset) {
      if (existing === undefined || existing.clinic_id !== ctx.actor.clinicId)
        throw new AppError('not-found', 'No such user in this clinic.');
    } else if (existing !== undefined) {
      throw new AppError('conflict', 'An account with this email already exists.', [
        { path: 'body.email', message: 'Already in use.' },
      ]);
    }
    const token = newToken();
    const expiresAt = new Date(ctx.now.getTime() + INVITE_DAYS * 86_400_000).toISOString();
    await trx
      .insertInto('invite')
      .values({
        token_hash: hashToken(token),
        clinic_id: ctx.actor.clinicId,
        role: existing?.role ?? props.role,
        email,
        patient_id: null,
        created_by: ctx.actor.userId,
        expires_at: expiresAt,
        used_at: null,
        created_at: ctx.now.toISOString(),
      })
      .execute();
    await recordAudit(trx, ctx, {
      action: props.reset ? 'user.reset-link' : 'invite.create',
      resourceType: 'user',
      resourceId: existing?.id ?? null,
      patientId: null,
    });
    return { token, expiresAt };
  });
}
