import { transact } from '../db/transact.js';
import {
  calendarDate,
  CATALOG,
  generatePlan,
  type PlanRefusal,
  type RedFlagReview,
} from '@backplan/core';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import { readResult, type PlanRow } from '../presenters/clinical.js';
import { storePlanVersion, withVersionRace } from './plan-versions.js';
import { findAssessment } from './review-red-flag.js';

export const makePlanBody = z.strictObject({
  assessmentId: z.string().min(1).max(100),
  minutesPerDay: z
    .number()
    .int()
    .min(5)
    .max(240)
    .optional()
    .describe("Overrides the assessment's minutes a day for the home programme."),
  startDate: calendarDate
    .optional()
    .describe('First day of the plan; default the assessment date.'),
});

/** A refusal of the plan engine as an API error: a 409 for triage, a 400 for an option. */
function refusalError(refusal: PlanRefusal): AppError {
  switch (refusal.kind) {
    case 'invalid-options':
      return new AppError('validation-failed', `body.${refusal.field}: ${refusal.message}`, [
        { path: `body.${refusal.field}`, message: refusal.message },
      ]);
    case 'incomplete-screen':
      return new AppError('plan-blocked', `${refusal.message} (${refusal.kind})`, [
        { path: 'refusal.kind', message: refusal.kind },
        ...refusal.unanswered.map((id, i) => ({ path: `refusal.unanswered.${i}`, message: id })),
      ]);
    case 'emergency-triage':
    case 'urgent-triage-not-reviewed':
      return new AppError('plan-blocked', `${refusal.message} (${refusal.kind})`, [
        { path: 'refusal.kind', message: refusal.kind },
        ...refusal.findings.map((f, i) => ({
          path: `refusal.findings.${i}`,
          message: `${f.flagName} (${f.level}): ${f.action}`,
        })),
      ]);
  }
}

/**
 * The latest red-flag review of an assessment as the plan engine takes it: the reviewer is the
 * staff user who recorded the decision (never a typed name).
 */
async function reviewOf(
  trx: Transaction<Database>,
  clinicId: string,
  assessmentId: string,
): Promise<RedFlagReview | undefined> {
  const review = await trx
    .selectFrom('red_flag_review')
    .innerJoin('user', 'user.id', 'red_flag_review.created_by')
    .select(['user.name', 'red_flag_review.reviewed_on', 'red_flag_review.outcome'])
    .where('red_flag_review.clinic_id', '=', clinicId)
    .where('red_flag_review.assessment_id', '=', assessmentId)
    .orderBy('red_flag_review.reviewed_on', 'desc')
    .orderBy('red_flag_review.created_at', 'desc')
    .executeTakeFirst();
  return review === undefined
    ? undefined
    : { reviewedBy: review.name, reviewedOn: review.reviewed_on, outcome: review.outcome };
}

/**
 * Generates a plan from a stored assessment and its latest red-flag review, and stores it as a
 * draft (the next version; an older draft is superseded, the active plan stays until the draft is
 * published) with the audit event, in one transaction. A refusal (emergency, incomplete screen,
 * unreviewed urgent triage) writes nothing. The caller has authorised the actor to manage this
 * patient.
 */
export async function makePlan(
  props: { db: Kysely<Database>; ctx: RequestContext; patient: PatientRow } & z.output<
    typeof makePlanBody
  >,
): Promise<PlanRow> {
  const { ctx, patient } = props;
  return withVersionRace(() =>
    transact(props.db, async (trx) => {
      const assessment = await findAssessment(
        trx,
        ctx,
        patient.id,
        props.assessmentId,
        'body.assessmentId',
      );
      const review = await reviewOf(trx, ctx.actor.clinicId, assessment.id);
      const generated = generatePlan(readResult(assessment), CATALOG, {
        minutesPerDay: props.minutesPerDay,
        startDate: props.startDate,
        redFlagReview: review,
      });
      if (!generated.ok) throw refusalError(generated.error);
      const row = await storePlanVersion(trx, ctx, {
        patientId: patient.id,
        episodeId: assessment.episode_id,
        assessmentId: assessment.id,
        plan: generated.value,
        status: 'draft',
      });
      await recordAudit(trx, ctx, {
        action: 'plan.create',
        resourceType: 'plan',
        resourceId: row.id,
        patientId: patient.id,
      });
      return row;
    }),
  );
}
