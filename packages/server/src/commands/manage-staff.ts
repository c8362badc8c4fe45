import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../audit.js';
import { canAdministerClinic } from '../auth/policies.js';
import type { RequestContext } from '../context.js';
import type { Database, UserRow } from '../db/schema.js';
import { transact } from '../db/transact.js';
import { AppError } from '../errors.js';

export type StaffRole = 'admin' | 'therapist';
export type StaffChange =
  | { readonly kind: 'deactivate' }
  | { readonly kind: 'reactivate' }
  | { readonly kind: 'role'; readonly role: StaffRole };

export const LAST_ADMIN = 'This is the clinic’s last active admin: make someone else admin first.';

/**
 * An admin deactivates, reactivates or changes the role of a staff member of their clinic. Every
 * session of the account ends (a deactivated therapist is out at once; a new role starts from a
 * new sign-in), the change is audited, and the clinic always keeps an active admin (409).
 */
export async function changeStaff(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  userId: string;
  change: StaffChange;
}): Promise<UserRow> {
  const { ctx, change } = props;
  if (!canAdministerClinic(ctx.actor, ctx.actor.clinicId))
    throw new AppError('forbidden', 'Only a clinic admin can do this.');
  return transact(props.db, async (trx) => {
    await lockClinicStaff(trx, ctx.actor.clinicId);
    const user = await trx
      .selectFrom('user')
      .selectAll()
      .where('id', '=', props.userId)
      .where('clinic_id', '=', ctx.actor.clinicId)
      .where('role', '!=', 'patient')
      .executeTakeFirst();
    if (user === undefined) throw new AppError('not-found', 'No such staff member in this clinic.');
    const next: UserRow = {
      ...user,
      status:
        change.kind === 'deactivate'
          ? 'disabled'
          : change.kind === 'reactivate'
            ? 'active'
            : user.status,
      role: change.kind === 'role' ? change.role : user.role,
    };
    const losesAdmin =
      user.role === 'admin' &&
      user.status === 'active' &&
      (next.role !== 'admin' || next.status !== 'active');
    if (losesAdmin && (await otherActiveAdmins(trx, user)) === 0)
      throw new AppError('conflict', LAST_ADMIN);
    await trx
      .updateTable('user')
      .set({ status: next.status, role: next.role })
      .where('id', '=', user.id)
      .execute();
    if (change.kind !== 'reactivate')
      await trx.deleteFrom('session').where('user_id', '=', user.id).execute();
    await recordAudit(trx, ctx, {
      action: change.kind === 'role' ? `user.role-${change.role}` : `user.${change.kind}`,
      resourceType: 'user',
      resourceId: user.id,
      patientId: null,
    });
    return next;
  });
}

/**
 * Serialises staff changes of one clinic: two admins demoting each other at once must not leave
 * none. PostgreSQL: a row lock on the clinic, held to commit; SQLite has one writer already.
 */
async function lockClinicStaff(trx: Transaction<Database>, clinicId: string): Promise<void> {
  await trx
    .updateTable('clinic')
    .set((eb) => ({ name: eb.ref('name') }))
    .where('id', '=', clinicId)
    .execute();
}

async function otherActiveAdmins(trx: Transaction<Database>, user: UserRow): Promise<number> {
  const row = await trx
    .selectFrom('user')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('clinic_id', '=', user.clinic_id)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .where('id', '!=', user.id)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
