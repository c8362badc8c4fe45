import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { phoneSchema } from '../phone.js';

/**
 * The patient's contact details, both optional: an omitted field stays as it is, `null` clears it.
 * The safety alert and the dashboard show them as `tel:` links.
 */
export const contactBody = z.strictObject({
  phone: phoneSchema.nullable().optional().describe("The patient's phone number; null clears it."),
  emergencyContact: z
    .strictObject({ name: z.string().trim().min(1).max(100), phone: phoneSchema })
    .nullable()
    .optional()
    .describe('Who to call for the patient in an emergency; null clears it.'),
});

/** Updates a patient's contact details with the audit event, in one transaction. */
export async function updatePatientContact(
  props: { db: Kysely<Database>; ctx: RequestContext; patient: PatientRow } & z.output<
    typeof contactBody
  >,
): Promise<void> {
  const { ctx, patient } = props;
  const contact = props.emergencyContact;
  const set = {
    ...(props.phone === undefined ? {} : { phone: props.phone }),
    ...(contact === undefined
      ? {}
      : {
          emergency_contact_name: contact?.name ?? null,
          emergency_contact_phone: contact?.phone ?? null,
        }),
  };
  await transact(props.db, async (trx) => {
    if (Object.keys(set).length > 0) {
      await trx
        .updateTable('patient')
        .set(set)
        .where('clinic_id', '=', patient.clinic_id)
        .where('id', '=', patient.id)
        .execute();
    }
    await recordAudit(trx, ctx, {
      action: 'patient.update-contact',
      resourceType: 'patient',
      resourceId: patient.id,
      patientId: patient.id,
    });
  });
}
