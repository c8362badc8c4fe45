import { transact } from '../db/transact.js';
import {
  CATALOG,
  minutesPerDay,
  minutesPerSession,
  type ExerciseProposal,
  type Plan,
  type PlanExercise,
} from '@backplan/core';
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit.js';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { toJson } from '../db/dialect.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import { storedProposal, type PlanRow, type ProposalRow } from '../presenters/daily.js';
import { planOf } from './evaluate-progress.js';

/**
 * The plan with one proposal applied: the exercise's new dose, or (a move along its progression
 * chain) the catalogue exercise it moves to, at the proposal's dose. Null when the plan has no
 * such exercise any more. Pure.
 */
export function applyProposal(plan: Plan, p: ExerciseProposal): Plan | null {
  const change = p.change;
  const index = plan.exercises.findIndex((e) => e.exerciseId === p.exerciseId);
  const item = plan.exercises[index];
  if (change === undefined || item === undefined) return null;
  const timing = {
    dose: change.dose,
    minutesPerSession: minutesPerSession(change.dose),
    minutesPerDay: minutesPerDay(change.dose, item.frequency),
  };
  let next: PlanExercise = { ...item, ...timing, reasons: p.reasons, evidence: p.evidence };
  if (change.toExerciseId !== undefined) {
    const e = CATALOG.exercises.find((x) => x.id === change.toExerciseId);
    if (e === undefined) return null;
    next = {
      ...next,
      exerciseId: e.id,
      name: e.name,
      category: e.category,
      level: e.level,
      position: e.position,
      tolerance: e.tolerance,
      status: e.status,
    };
  }
  const exercises = plan.exercises.map((x, i) => (i === index ? next : x));
  const planned = Math.round(exercises.reduce((sum, x) => sum + x.minutesPerDay, 0) * 10) / 10;
  return { ...plan, exercises, minutes: { ...plan.minutes, planned } };
}

/**
 * A clinician's decision on an open proposal, audited. Accepting publishes a new plan version
 * (the previous one is superseded, never edited) and moves the other open proposals to it.
 */
export async function decideProposal(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  proposalId: string;
  decision: 'accept' | 'reject';
}): Promise<{ proposal: ProposalRow; plan: PlanRow | null }> {
  const { ctx, patient } = props;
  const clinicId = patient.clinic_id;
  const now = ctx.now.toISOString();
  return transact(props.db, async (trx) => {
    const proposal = await trx
      .selectFrom('proposal')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patient.id)
      .where('id', '=', props.proposalId)
      .executeTakeFirst();
    if (proposal === undefined) throw new AppError('not-found', 'No such proposal.');
    if (proposal.status !== 'open') {
      throw new AppError('conflict', `This proposal is already ${proposal.status}.`);
    }
    const decided: ProposalRow = {
      ...proposal,
      status: props.decision === 'accept' ? 'accepted' : 'rejected',
      decided_by: ctx.actor.userId,
      decided_at: now,
    };
    let published: PlanRow | null = null;
    if (props.decision === 'accept') {
      const stale = () =>
        new AppError('conflict', 'The plan has changed since this proposal: review it again.');
      const active = await trx
        .selectFrom('plan')
        .selectAll()
        .where('clinic_id', '=', clinicId)
        .where('id', '=', proposal.plan_id)
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (active === undefined) throw stale();
      const changed = applyProposal(planOf(active), storedProposal(proposal));
      if (changed === null) throw stale();
      // Conditional on still being active: of two concurrent acceptances only one publishes.
      const superseded = await trx
        .updateTable('plan')
        .set({ status: 'superseded' })
        .where('clinic_id', '=', clinicId)
        .where('id', '=', active.id)
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (superseded.numUpdatedRows !== 1n) throw stale();
      const row = {
        ...active,
        id: newId(),
        version: active.version + 1,
        status: 'active' as const,
        plan: toJson(changed),
        created_by: ctx.actor.userId,
        created_at: now,
      };
      await trx.insertInto('plan').values(row).execute();
      published = row;
      await trx
        .updateTable('proposal')
        .set({ plan_id: row.id })
        .where('clinic_id', '=', clinicId)
        .where('patient_id', '=', patient.id)
        .where('plan_id', '=', active.id)
        .where('status', '=', 'open')
        .where('id', '!=', proposal.id)
        .execute();
    }
    await trx
      .updateTable('proposal')
      .set({ status: decided.status, decided_by: decided.decided_by, decided_at: now })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', proposal.id)
      .execute();
    await recordAudit(trx, ctx, {
      action: 'proposal.decide',
      resourceType: 'proposal',
      resourceId: proposal.id,
      patientId: patient.id,
    });
    if (published !== null) {
      await recordAudit(trx, ctx, {
        action: 'plan.publish',
        resourceType: 'plan',
        resourceId: published.id,
        patientId: patient.id,
      });
    }
    return { proposal: decided, plan: published };
  });
}
