import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import { calendarDate } from '@backplan/core';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { AssessmentRow, RedFlagReviewRow } from '../presenters/clinical.js';

/** A clinician's record that an urgent red flag was reviewed: who, when, and the outcome. */
export const redFlagReviewBody = z.strictObject({
  reviewedBy: z.string().trim().min(1).max(200).describe('The clinician who reviewed the concern.'),
  reviewedOn: calendarDate.describe('The date of the review, YYYY-MM-DD.'),
  outcome: z.string().trim().min(1).max(2000).describe('What the review concluded.'),
});

/** An assessment of this patient, or a 404 (the route has already checked the patient). */
export async function findAssessment(
  db: Kysely<Database>,
  ctx: RequestContext,
  patientId: string,
  assessmentId: string,
  field?: string,
): Promise<AssessmentRow> {
  const row = await db
    .selectFrom('assessment')
    .selectAll()
    .where('clinic_id', '=', ctx.actor.clinicId)
    .where('patient_id', '=', patientId)
    .where('id', '=', assessmentId)
    .executeTakeFirst();
  if (row === undefined) {
    const fields = field === undefined ? [] : [{ path: field, message: 'No such assessment.' }];
    throw new AppError('not-found', 'No such assessment.', fields);
  }
  return row;
}

/** The most recent red-flag review of an assessment, if any. */
export async function latestReview(
  db: Kysely<Database>,
  clinicId: string,
  assessmentId: string,
): Promise<RedFlagReviewRow | undefined> {
  return db
    .selectFrom('red_flag_review')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('assessment_id', '=', assessmentId)
    .orderBy('reviewed_on', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/**
 * Records a red-flag review of an assessment with its audit event, in one transaction. An urgent
 * triage needs one before a plan is made (finucane-2020). A review cannot predate the assessment
 * or lie in the future. The caller has authorised the actor to manage this patient.
 */
export async function reviewRedFlag(
  props: {
    db: Kysely<Database>;
    ctx: RequestContext;
    patient: PatientRow;
    assessmentId: string;
  } & z.output<typeof redFlagReviewBody>,
): Promise<RedFlagReviewRow> {
  const { ctx, patient } = props;
  const now = ctx.now.toISOString();
  return transact(props.db, async (trx) => {
    const assessment = await findAssessment(trx, ctx, patient.id, props.assessmentId);
    if (props.reviewedOn < assessment.assessed_on || props.reviewedOn > now.slice(0, 10)) {
      throw new AppError('validation-failed', 'body.reviewedOn: not a possible review date.', [
        {
          path: 'body.reviewedOn',
          message: `Must be between the assessment date ${assessment.assessed_on} and today.`,
        },
      ]);
    }
    const row: RedFlagReviewRow = {
      clinic_id: ctx.actor.clinicId,
      id: newId(),
      assessment_id: assessment.id,
      reviewed_by: props.reviewedBy,
      reviewed_on: props.reviewedOn,
      outcome: props.outcome,
      created_by: ctx.actor.userId,
      created_at: now,
    };
    await trx.insertInto('red_flag_review').values(row).execute();
    await recordAudit(trx, ctx, {
      action: 'red-flag-review.create',
      resourceType: 'red-flag-review',
      resourceId: row.id,
      patientId: patient.id,
    });
    return row;
  });
}
