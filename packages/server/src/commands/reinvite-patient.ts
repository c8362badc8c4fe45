import type { Kysely } from 'kysely';
import { recordAudit } from '../audit.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { transact } from '../db/transact.js';
import { INVITE_DAYS } from './create-patient.js';

/**
 * A fresh invite for a patient (lost link, forgotten password): the clinic never sets a patient's
 * password (issue 13), so the patient's old account, if any, is retired (disabled, signed out
 * everywhere, its e-mail freed for the new one) and the patient's earlier links stop working.
 * The new invite creates a new account linked to the same record. Authorised by the caller
 * (`canManagePatient` on the loaded patient).
 */
export async function reinvitePatient(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
}): Promise<{ token: string; expiresAt: string }> {
  const { ctx, patient } = props;
  const at = ctx.now.toISOString();
  const token = newToken();
  const expiresAt = new Date(ctx.now.getTime() + INVITE_DAYS * 86_400_000).toISOString();
  await transact(props.db, async (trx) => {
    const key = { clinic: patient.clinic_id, patient: patient.id };
    await trx
      .updateTable('invite')
      .set({ expires_at: at })
      .where('clinic_id', '=', key.clinic)
      .where('patient_id', '=', key.patient)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .execute();
    const current = await trx
      .selectFrom('patient')
      .select('user_id')
      .where('clinic_id', '=', key.clinic)
      .where('id', '=', key.patient)
      .executeTakeFirst();
    const oldUser = current?.user_id ?? null;
    if (oldUser !== null) {
      await trx.deleteFrom('session').where('user_id', '=', oldUser).execute();
      await trx
        .updateTable('user')
        .set({ status: 'disabled', email: `retired-${oldUser}` })
        .where('id', '=', oldUser)
        .where('clinic_id', '=', key.clinic)
        .where('role', '=', 'patient')
        .execute();
      await trx
        .updateTable('patient')
        .set({ user_id: null })
        .where('clinic_id', '=', key.clinic)
        .where('id', '=', key.patient)
        .execute();
    }
    await trx
      .insertInto('invite')
      .values({
        token_hash: hashToken(token),
        clinic_id: key.clinic,
        role: 'patient',
        email: patient.email,
        patient_id: patient.id,
        created_by: ctx.actor.userId,
        expires_at: expiresAt,
        used_at: null,
        created_at: at,
      })
      .execute();
    await recordAudit(trx, ctx, {
      action: 'patient.reinvite',
      resourceType: 'patient',
      resourceId: patient.id,
      patientId: patient.id,
    });
  });
  return { token, expiresAt };
}
