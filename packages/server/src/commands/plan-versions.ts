import type { Plan } from '@backplan/core';
import type { Kysely, Transaction } from 'kysely';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { isUniqueViolation, toJson } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { PlanRow } from '../presenters/clinical.js';

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

/** The highest version number of an episode's plans (drafts included), 0 when none. */
export async function lastVersion(
  trx: Transaction<Database>,
  clinicId: string,
  facts: { patientId: string; episodeId: string },
): Promise<number> {
  const last = await trx
    .selectFrom('plan')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', facts.patientId)
    .where('episode_id', '=', facts.episodeId)
    .executeTakeFirst();
  return last?.version ?? 0;
}

/** Supersedes the patient's plans of one status: the active one, or an older draft. */
export async function supersede(
  trx: Transaction<Database>,
  clinicId: string,
  patientId: string,
  status: 'active' | 'draft',
): Promise<void> {
  await trx
    .updateTable('plan')
    .set({ status: 'superseded' })
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('status', '=', status)
    .execute();
}

/**
 * Stores a plan as the next version of its episode. An active version supersedes the patient's
 * active plan (a patient follows one plan at a time); a draft supersedes an older draft and
 * leaves the active plan alone until it is published. Versions are never edited in place.
 */
export async function storePlanVersion(
  trx: Transaction<Database>,
  ctx: RequestContext,
  facts: {
    patientId: string;
    episodeId: string;
    assessmentId: string;
    plan: Plan;
    status: 'active' | 'draft';
  },
): Promise<PlanRow> {
  const clinicId = ctx.actor.clinicId;
  const version = (await lastVersion(trx, clinicId, facts)) + 1;
  await supersede(trx, clinicId, facts.patientId, facts.status);
  const row: PlanRow = {
    clinic_id: clinicId,
    id: newId(),
    patient_id: facts.patientId,
    episode_id: facts.episodeId,
    assessment_id: facts.assessmentId,
    version,
    status: facts.status,
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
