import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import type { RequestContext } from '../context.js';
import type { Database } from '../db/schema.js';
import { phoneSchema } from '../phone.js';

export const clinicSettingsBody = z.strictObject({
  phone: phoneSchema
    .nullable()
    .describe(
      "The clinic's phone number, shown on the patient's seek-care screen; null clears it.",
    ),
});

export interface ClinicSettings {
  readonly id: string;
  readonly name: string;
  readonly phone: string | null;
}

/** The actor's clinic: its name and phone number. */
export async function readClinic(db: Kysely<Database>, clinicId: string): Promise<ClinicSettings> {
  return db
    .selectFrom('clinic')
    .select(['id', 'name', 'phone'])
    .where('id', '=', clinicId)
    .executeTakeFirstOrThrow();
}

/** Sets the clinic's phone number with the audit event, in one transaction (the caller is an admin). */
export async function updateClinic(
  props: { db: Kysely<Database>; ctx: RequestContext } & z.output<typeof clinicSettingsBody>,
): Promise<ClinicSettings> {
  const { ctx } = props;
  return transact(props.db, async (trx) => {
    await trx
      .updateTable('clinic')
      .set({ phone: props.phone })
      .where('id', '=', ctx.actor.clinicId)
      .execute();
    await recordAudit(trx, ctx, {
      action: 'clinic.update',
      resourceType: 'clinic',
      resourceId: ctx.actor.clinicId,
      patientId: null,
    });
    return readClinic(trx, ctx.actor.clinicId);
  });
}
