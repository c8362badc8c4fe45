import { transact } from '../db/transact.js';
import { CATALOG, generatePlan, type Plan, type PlanRefusal } from '@backplan/core';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { isUniqueViolation, toJson } from '../db/dialect.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import { readResult, type PlanRow } from '../presenters/clinical.js';
import { findAssessment, latestReview } from './review-red-flag.js';

export const makePlanBody = z.strictObject({
  assessmentId: z.string().min(1).max(100),
  minutesPerDay: z
    .number()
    .int()
    .min(5)
    .max(240)
    .optional()
    .describe("Overrides the assessment's minutes a day for the home programme."),
  startDate: z.iso
    .date()
    .optional()
    .describe('First day of the plan; default the assessment date.'),
});

/** A plan version of this patient, or a 404 (the route has already checked the patient). */
export async function findPlan(
  db: Kysely<Database>,
  ctx: RequestContext,
  patientId: string,
  planId: string,
): Promise<PlanRow> {
  const row = await db
    .selectFrom('plan')
    .selectAll()
    .where('clinic_id', '=', ctx.actor.clinicId)
    .where('patient_id', '=', patientId)
    .where('id', '=', planId)
    .executeTakeFirst();
  if (row === undefined) throw new AppError('not-found', 'No such plan.');
  return row;
}

/**
 * Stores a plan as the next version of its episode and supersedes the patient's active plans:
 * versions are never edited in place, and a patient follows one plan at a time.
 */
export async function storePlanVersion(
  trx: Transaction<Database>,
  ctx: RequestContext,
  facts: { patientId: string; episodeId: string; assessmentId: string; plan: Plan },
): Promise<PlanRow> {
  const clinicId = ctx.actor.clinicId;
  const last = await trx
    .selectFrom('plan')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', facts.patientId)
    .where('episode_id', '=', facts.episodeId)
    .executeTakeFirst();
  await trx
    .updateTable('plan')
    .set({ status: 'superseded' })
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', facts.patientId)
    .where('status', '=', 'active')
    .execute();
  const row: PlanRow = {
    clinic_id: clinicId,
    id: newId(),
    patient_id: facts.patientId,
    episode_id: facts.episodeId,
    assessment_id: facts.assessmentId,
    version: (last?.version ?? 0) + 1,
    status: 'active',
    plan: toJson(facts.plan),
    rule_version: facts.plan.ruleSetVersion,
    created_by: ctx.actor.userId,
    created_at: ctx.now.toISOString(),
  };
  await trx
    .insertInto('plan')
    .values({ ...row, plan: toJson(facts.plan) })
    .execute();
  return row;
}

/** Runs a write that stores a plan version; two writers racing for one version get a 409. */
export async function withVersionRace<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', 'The plan changed meanwhile; reload it and try again.');
    }
    throw error;
  }
}

/** A refusal of the plan engine as an API error: a 409 for triage, a 400 for an option. */
function refusalError(refusal: PlanRefusal): AppError {
  switch (refusal.kind) {
    case 'invalid-options':
      return new AppError('validation-failed', `body.${refusal.field}: ${refusal.message}`, [
        { path: `body.${refusal.field}`, message: refusal.message },
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
 * Generates a plan from a stored assessment and its latest red-flag review, and stores it as the
 * next plan version with the audit event, in one transaction. A refusal (emergency, unreviewed
 * urgent triage) writes nothing. The caller has authorised the actor to manage this patient.
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
      const review = await latestReview(trx, ctx.actor.clinicId, assessment.id);
      const generated = generatePlan(readResult(assessment), CATALOG, {
        minutesPerDay: props.minutesPerDay,
        startDate: props.startDate,
        redFlagReview:
          review === undefined
            ? undefined
            : {
                reviewedBy: review.reviewed_by,
                reviewedOn: review.reviewed_on,
                outcome: review.outcome,
              },
      });
      if (!generated.ok) throw refusalError(generated.error);
      const row = await storePlanVersion(trx, ctx, {
        patientId: patient.id,
        episodeId: assessment.episode_id,
        assessmentId: assessment.id,
        plan: generated.value,
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
