import { transact } from '../db/transact.js';
import { doseSchema, type Dose, type DoseJumpWarning, type ExerciseProposal } from '@backplan/core';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { toJson } from '../db/dialect.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import { storedProposal, type PlanRow, type ProposalRow } from '../presenters/daily.js';
import { acceptedDoseJump, adjustProposal, applyProposal } from './apply-proposal.js';
import { planOf } from './evaluate-progress.js';
import { lastVersion, withVersionRace } from './plan-versions.js';

const text = z.string().trim().min(1).max(2000);

/** A clinician's decision: accept (the dose may be adjusted first, with a note) or reject (why). */
export const decisionBody = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('accept'),
    dose: doseSchema.optional().describe('The dose to publish instead of the proposed one.'),
    note: text.optional(),
  }),
  z.strictObject({
    decision: z.literal('reject'),
    reason: text.describe('Why the change is not made; shown on the decisions timeline.'),
  }),
]);

type DecideProps = {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  proposalId: string;
  decision: 'accept' | 'reject';
} & Partial<{ dose: z.output<typeof doseSchema>; note: string; reason: string }>;

export interface DecisionResult {
  readonly proposal: ProposalRow;
  readonly plan: PlanRow | null;
  /** The dose-jump warning of the accepted dose (progression.md), if it raises one. */
  readonly warnings: readonly DoseJumpWarning[];
}

/** A proposal as stored after its decision: with the proposed dose when it was adjusted. */
type StoredDecision = ExerciseProposal & { readonly proposedDose?: Dose | undefined };

const invalid = (path: string, message: string) =>
  new AppError('validation-failed', `${path}: ${message}`, [{ path, message }]);
const stale = () =>
  new AppError('conflict', 'The plan has changed since this proposal: review it again.');

/**
 * A clinician's decision on an open proposal, audited. Rejecting needs a reason. Accepting
 * publishes a new plan version with the proposed dose or the clinician's adjustment of it (the
 * previous version is superseded, never edited) and moves the other open proposals to it. The
 * reason or note is kept with the proposal.
 */
export async function decideProposal(props: DecideProps): Promise<DecisionResult> {
  const { ctx, patient } = props;
  const reason = props.reason?.trim();
  if (props.decision === 'reject' && (reason === undefined || reason === '')) {
    throw invalid('body.reason', 'Say why the proposal is rejected.');
  }
  const now = ctx.now.toISOString();
  return withVersionRace(() =>
    transact(props.db, async (trx) => {
      const proposal = await trx
        .selectFrom('proposal')
        .selectAll()
        .where('clinic_id', '=', patient.clinic_id)
        .where('patient_id', '=', patient.id)
        .where('id', '=', props.proposalId)
        .executeTakeFirst();
      if (proposal === undefined) throw new AppError('not-found', 'No such proposal.');
      if (proposal.status !== 'open') {
        throw new AppError('conflict', `This proposal is already ${proposal.status}.`);
      }
      let stored: StoredDecision = storedProposal(proposal);
      let published: PlanRow | null = null;
      let warnings: DoseJumpWarning[] = [];
      if (props.decision === 'accept') {
        const adjusted = adjustProposal(stored, props.dose);
        if (!adjusted.ok) throw invalid(adjusted.path, adjusted.message);
        const accepted = await publishAccepted(trx, ctx, proposal, adjusted.proposal);
        published = accepted.row;
        warnings = accepted.warnings;
        // The proposal keeps what was proposed beside what the clinician published instead.
        if (props.dose !== undefined)
          stored = { ...adjusted.proposal, proposedDose: stored.change?.dose };
      }
      const set = {
        status: props.decision === 'accept' ? ('accepted' as const) : ('rejected' as const),
        proposal: toJson(stored),
        decided_by: ctx.actor.userId,
        decided_at: now,
        decision_note: (props.decision === 'accept' ? props.note?.trim() : reason) ?? null,
      };
      await trx
        .updateTable('proposal')
        .set(set)
        .where('clinic_id', '=', patient.clinic_id)
        .where('id', '=', proposal.id)
        .execute();
      const decided: ProposalRow = { ...proposal, ...set };
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
      return { proposal: decided, plan: published, warnings };
    }),
  );
}

/** The accepted change as the next active version, superseding the one it was proposed on. */
async function publishAccepted(
  trx: Transaction<Database>,
  ctx: RequestContext,
  proposal: ProposalRow,
  change: ExerciseProposal,
): Promise<{ row: PlanRow; warnings: DoseJumpWarning[] }> {
  const clinicId = proposal.clinic_id;
  const active = await trx
    .selectFrom('plan')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', proposal.plan_id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (active === undefined) throw stale();
  const before = planOf(active);
  const changed = applyProposal(before, change);
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
  // After any draft's version too: a draft waiting to be published keeps its number.
  const version =
    (await lastVersion(trx, clinicId, {
      patientId: active.patient_id,
      episodeId: active.episode_id,
    })) + 1;
  const row: PlanRow = {
    ...active,
    id: newId(),
    version,
    status: 'active',
    plan: toJson(changed),
    created_by: ctx.actor.userId,
    created_at: ctx.now.toISOString(),
  };
  await trx
    .insertInto('plan')
    .values({ ...row, plan: toJson(changed) })
    .execute();
  await trx
    .updateTable('proposal')
    .set({ plan_id: row.id })
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', active.patient_id)
    .where('plan_id', '=', active.id)
    .where('status', '=', 'open')
    .where('id', '!=', proposal.id)
    .execute();
  const jump = acceptedDoseJump(before, changed, change);
  return { row, warnings: jump === null ? [] : [jump] };
}
