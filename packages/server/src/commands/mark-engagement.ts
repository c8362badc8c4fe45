import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { newId } from '../auth/tokens.js';
import { todayOf } from './evaluate-progress.js';

export const engagementBody = z.strictObject({
  disengaged: z
    .boolean()
    .describe(
      'True marks the patient disengaged (the engagement alert proposes it); false undoes it.',
    ),
});

/** The audit actions of an engagement mark; the decisions timeline reads them back. */
export const ENGAGEMENT_ACTIONS = {
  disengaged: 'patient.mark-disengaged',
  engaged: 'patient.mark-engaged',
} as const;

/**
 * Marks a patient disengaged, or engaged again, with the audit event, in one transaction. While
 * marked, no progression is proposed (progression.md: none while disengaged): the patient is due
 * for re-evaluation, which the caller schedules after the commit. The patient's next journal
 * entry clears the mark. Marking an already marked patient keeps the first date.
 */
export async function markEngagement(
  props: { db: Kysely<Database>; ctx: RequestContext; patient: PatientRow } & z.output<
    typeof engagementBody
  >,
): Promise<{ disengagedAt: string | null }> {
  const { ctx, patient } = props;
  const disengagedAt = props.disengaged ? (patient.disengaged_at ?? ctx.now.toISOString()) : null;
  return transact(props.db, async (trx) => {
    await trx
      .updateTable('patient')
      .set({ disengaged_at: disengagedAt })
      .where('clinic_id', '=', patient.clinic_id)
      .where('id', '=', patient.id)
      .execute();
    // Re-evaluated after the commit: proposals stop (or resume) and the alert says so.
    await trx
      .insertInto('evaluation_due')
      .values({
        clinic_id: patient.clinic_id,
        patient_id: patient.id,
        id: newId(),
        as_of: todayOf(ctx),
        since: ctx.now.toISOString(),
      })
      .execute();
    await recordAudit(trx, ctx, {
      action: props.disengaged ? ENGAGEMENT_ACTIONS.disengaged : ENGAGEMENT_ACTIONS.engaged,
      resourceType: 'patient',
      resourceId: patient.id,
      patientId: patient.id,
    });
    return { disengagedAt };
  });
}
