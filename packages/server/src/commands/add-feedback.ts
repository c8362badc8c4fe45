import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { FeedbackRow } from '../presenters/daily.js';

/** A therapist's note to the patient, or a comment on one of the patient's journal entries. */
export const feedbackBody = z.strictObject({
  body: z.string().trim().min(1).max(2000),
  journalEntryId: z.string().min(1).max(100).optional(),
});
export type FeedbackBody = z.output<typeof feedbackBody>;

/**
 * Stores a therapist's feedback, audited in the same transaction. A comment must name a journal
 * entry of this patient (a 400 on `body.journalEntryId` otherwise, and nothing is written).
 */
export async function addFeedback(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  body: FeedbackBody;
}): Promise<FeedbackRow & { author_name: string }> {
  const { ctx, patient: p } = props;
  const row: FeedbackRow = {
    clinic_id: p.clinic_id,
    id: newId(),
    patient_id: p.id,
    journal_entry_id: props.body.journalEntryId ?? null,
    author_id: ctx.actor.userId,
    body: props.body.body,
    created_at: ctx.now.toISOString(),
  };
  await transact(props.db, async (trx) => {
    if (row.journal_entry_id !== null) {
      const entry = await trx
        .selectFrom('journal_entry')
        .select('id')
        .where('clinic_id', '=', p.clinic_id)
        .where('patient_id', '=', p.id)
        .where('id', '=', row.journal_entry_id)
        .executeTakeFirst();
      if (entry === undefined) {
        throw new AppError('validation-failed', 'No journal entry of this patient has that id.', [
          { path: 'body.journalEntryId', message: 'Not a journal entry of this patient.' },
        ]);
      }
    }
    await trx.insertInto('feedback').values(row).execute();
    await recordAudit(trx, ctx, {
      action: 'feedback.create',
      resourceType: 'feedback',
      resourceId: row.id,
      patientId: p.id,
    });
  });
  return { ...row, author_name: ctx.actor.name };
}
