import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { AssessmentRow, RedFlagReviewRow } from '../presenters/clinical.js';
import { SAFETY_OUTCOMES } from '../presenters/safety.js';
import { recordSafetyDecision } from './safety-decision.js';

/**
 * A clinician's record that a red flag was reviewed: the outcome (what was done) and a note. The
 * reviewer is the signed-in user and the date is today: neither is typed in (issue 12).
 */
export const redFlagReviewBody = z.strictObject({
  outcome: z.enum(SAFETY_OUTCOMES).describe('What was done about the red flag.'),
  note: z.string().trim().max(2000).optional().describe('Anything the clinician adds.'),
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
 * Records the outcome of a red-flag review of an assessment: the safety decision (it closes the
 * patient's open red-flag alerts, resumes or keeps the programme paused, audited) with the review
 * row on this assessment, in one transaction. An urgent triage needs one before a plan is made
 * (finucane-2020). The caller has authorised the actor to manage this patient.
 */
export async function reviewRedFlag(
  props: {
    db: Kysely<Database>;
    ctx: RequestContext;
    patient: PatientRow;
    assessmentId: string;
  } & z.output<typeof redFlagReviewBody>,
): Promise<RedFlagReviewRow> {
  const { db, ctx, patient } = props;
  const assessment = await findAssessment(db, ctx, patient.id, props.assessmentId);
  const { review } = await recordSafetyDecision(db, ctx, patient, {
    assessmentId: assessment.id,
    outcome: props.outcome,
    note: props.note,
  });
  if (review === null) throw new AppError('not-found', 'No such assessment.');
  return review;
}
