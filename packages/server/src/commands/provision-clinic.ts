import type { Kysely } from 'kysely';
import { recordSystemAudit } from '../audit.js';
import { hashToken, newId, newToken } from '../auth/tokens.js';
import type { Database } from '../db/schema.js';
import { transact } from '../db/transact.js';
import { INVITE_DAYS } from './create-patient.js';

/** Who created a clinic from the command line, in `invite.created_by` and the audit trail. */
export const OPERATOR = 'operator:cli';

/**
 * Creates a clinic with no accounts and a one-time invite for its first admin (`backplan clinic
 * create`): the admin sets their own password by following the link, so no password passes
 * through the command line. The clinic, the invite and their audit events land together.
 */
export async function provisionClinic(props: {
  db: Kysely<Database>;
  name: string;
  adminEmail: string;
  now: Date;
}): Promise<{ clinicId: string; token: string; expiresAt: string }> {
  const { now } = props;
  const clinicId = newId();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString();
  await transact(props.db, async (trx) => {
    await trx
      .insertInto('clinic')
      .values({ id: clinicId, name: props.name, created_at: now.toISOString() })
      .execute();
    await trx
      .insertInto('invite')
      .values({
        token_hash: hashToken(token),
        clinic_id: clinicId,
        role: 'admin',
        email: props.adminEmail.trim().toLowerCase(),
        patient_id: null,
        created_by: OPERATOR,
        expires_at: expiresAt,
        used_at: null,
        created_at: now.toISOString(),
      })
      .execute();
    for (const [action, resourceType, resourceId] of [
      ['clinic.create', 'clinic', clinicId],
      ['invite.create', 'user', null],
    ] as const) {
      await recordSystemAudit(trx, {
        clinicId,
        now,
        action,
        resourceType,
        resourceId,
        patientId: null,
      });
    }
  });
  return { clinicId, token, expiresAt };
}

export interface ClinicListing {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  /** Active staff accounts (admins and therapists). */
  readonly staff: number;
  /** Admin invites not yet used nor expired. */
  readonly pendingAdminInvites: number;
}

/** Every clinic, oldest first, with its active staff and open admin invites (`backplan clinic list`). */
export async function listClinics(db: Kysely<Database>, now: Date): Promise<ClinicListing[]> {
  const rows = await db
    .selectFrom('clinic')
    .select((eb) => [
      'clinic.id',
      'clinic.name',
      'clinic.created_at',
      eb
        .selectFrom('user')
        .select((e) => e.fn.countAll<number | string>().as('n'))
        .whereRef('user.clinic_id', '=', 'clinic.id')
        .where('user.role', '!=', 'patient')
        .where('user.status', '=', 'active')
        .as('staff'),
      eb
        .selectFrom('invite')
        .select((e) => e.fn.countAll<number | string>().as('n'))
        .whereRef('invite.clinic_id', '=', 'clinic.id')
        .where('invite.role', '=', 'admin')
        .where('invite.used_at', 'is', null)
        .where('invite.expires_at', '>', now.toISOString())
        .as('invites'),
    ])
    .orderBy('clinic.created_at')
    .orderBy('clinic.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    staff: Number(r.staff ?? 0),
    pendingAdminInvites: Number(r.invites ?? 0),
  }));
}
