import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { canCreatePatient } from '../auth/policies.js';
import { hashToken, newId, newToken } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import { phoneSchema } from '../phone.js';
import { EMAIL_IN_USE_HERE } from './issue-invite.js';

/** How long a patient's invite link stays valid [design]. */
export const INVITE_DAYS = 7;

export const createPatientBody = z.strictObject({
  displayName: z.string().trim().min(1).max(100),
  email: z.email().max(200),
  therapistId: z.string().min(1).max(100).optional(),
  phone: phoneSchema.optional().describe("The patient's phone number."),
});

/**
 * Creates a patient record and a one-time invite for them to set a password, with the audit event,
 * in one transaction. A therapist creates patients for themself; an admin names the therapist.
 */
export async function createPatient(
  props: { db: Kysely<Database>; ctx: RequestContext } & z.output<typeof createPatientBody>,
): Promise<{ patient: PatientRow; inviteToken: string; inviteExpiresAt: string }> {
  const { ctx } = props;
  if (!canCreatePatient(ctx.actor))
    throw new AppError('forbidden', 'Only clinic staff can add patients.');
  const therapistId =
    props.therapistId ?? (ctx.actor.role === 'therapist' ? ctx.actor.userId : undefined);
  if (therapistId === undefined) {
    throw new AppError('validation-failed', 'Choose the therapist for this patient.', [
      { path: 'body.therapistId', message: 'Required when an admin adds a patient.' },
    ]);
  }
  const email = props.email.trim().toLowerCase();
  const now = ctx.now.toISOString();
  return transact(props.db, async (trx) => {
    const therapist = await trx
      .selectFrom('user')
      .select('id')
      .where('id', '=', therapistId)
      .where('clinic_id', '=', ctx.actor.clinicId)
      .where('role', '=', 'therapist')
      .executeTakeFirst();
    if (therapist === undefined) {
      throw new AppError('validation-failed', 'No therapist in this clinic has that id.', [
        { path: 'body.therapistId', message: 'Not a therapist of this clinic.' },
      ]);
    }
    // Only this clinic's accounts count: another clinic's say nothing here (issue 13).
    const taken = await trx
      .selectFrom('user')
      .select('id')
      .where('clinic_id', '=', ctx.actor.clinicId)
      .where('email', '=', email)
      .executeTakeFirst();
    if (taken !== undefined) {
      throw new AppError('conflict', EMAIL_IN_USE_HERE, [
        { path: 'body.email', message: 'Already in use at this clinic.' },
      ]);
    }
    const patient: PatientRow = {
      clinic_id: ctx.actor.clinicId,
      id: newId(),
      user_id: null,
      therapist_id: therapistId,
      display_name: props.displayName.trim(),
      email,
      status: 'active',
      created_at: now,
      phone: props.phone ?? null,
      emergency_contact_name: null,
      emergency_contact_phone: null,
      safety_state: 'clear',
      safety_detail: null,
      safety_since: null,
      programme_paused_at: null,
      last_safety_decision: null,
      disengaged_at: null,
    };
    await trx
      .insertInto('patient')
      .values({ ...patient, safety_detail: null, last_safety_decision: null })
      .execute();
    const inviteToken = newToken();
    const inviteExpiresAt = new Date(ctx.now.getTime() + INVITE_DAYS * 86_400_000).toISOString();
    await trx
      .insertInto('invite')
      .values({
        token_hash: hashToken(inviteToken),
        clinic_id: ctx.actor.clinicId,
        role: 'patient',
        email,
        patient_id: patient.id,
        created_by: ctx.actor.userId,
        expires_at: inviteExpiresAt,
        used_at: null,
        created_at: now,
      })
      .execute();
    await recordAudit(trx, ctx, {
      action: 'patient.create',
      resourceType: 'patient',
      resourceId: patient.id,
      patientId: patient.id,
    });
    return { patient, inviteToken, inviteExpiresAt };
  });
}
