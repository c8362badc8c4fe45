import { transact } from '../db/transact.js';
import {
  CATALOG,
  doseSchema,
  frequencySchema,
  validatePlanEdit,
  type EditedPlan,
  type PlanEdit,
} from '@backplan/core';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import { readPlan, type PlanRow } from '../presenters/clinical.js';
import { findPlan, storePlanVersion, withVersionRace } from './make-plan.js';

const id = z.string().min(1).max(100);

/** One change a therapist makes to a plan: the request form of the core's PlanEdit. */
export const planEditSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('add-exercise'),
    exerciseId: id,
    dose: doseSchema.optional(),
    frequency: frequencySchema.optional(),
  }),
  z.strictObject({ kind: z.literal('remove-exercise'), exerciseId: id }),
  z.strictObject({ kind: z.literal('swap-exercise'), from: id, to: id }),
  z.strictObject({
    kind: z.literal('change-dose'),
    exerciseId: id,
    dose: doseSchema,
    frequency: frequencySchema.optional(),
  }),
  z.strictObject({ kind: z.literal('add-intervention'), interventionId: id }),
  z.strictObject({ kind: z.literal('remove-intervention'), interventionId: id }),
  z.strictObject({
    kind: z.literal('add-lesson'),
    lessonId: id,
    week: z.number().int().min(1).max(52),
  }),
  z.strictObject({ kind: z.literal('remove-lesson'), lessonId: id }),
]) satisfies z.ZodType<PlanEdit>;

export const previewEditsBody = z.strictObject({ edits: z.array(planEditSchema).max(50) });
export const publishBody = z.strictObject({ edits: z.array(planEditSchema).min(1).max(50) });

type EditProps = {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  planId: string;
} & z.output<typeof previewEditsBody>;

/** The stored plan with the edits applied, or a 400 naming the edit and field at fault. */
function applyEdits(row: PlanRow, edits: readonly PlanEdit[]): EditedPlan {
  const edited = validatePlanEdit(readPlan(row), edits, CATALOG);
  if (edited.ok) return edited.value;
  const path = `body.${edited.error.path}`;
  throw new AppError('validation-failed', `${path}: ${edited.error.message}`, [
    { path, message: edited.error.message },
  ]);
}

async function audited(
  trx: Transaction<Database>,
  ctx: RequestContext,
  action: string,
  row: PlanRow,
): Promise<void> {
  await recordAudit(trx, ctx, {
    action,
    resourceType: 'plan',
    resourceId: row.id,
    patientId: row.patient_id,
  });
}

/**
 * The plan as it would be after the edits, with every warning they raise; nothing is stored
 * (the read of the plan is audited). The caller has authorised the actor to manage this patient.
 */
export async function previewPlanEdits(props: EditProps): Promise<EditedPlan> {
  const { ctx } = props;
  return transact(props.db, async (trx) => {
    const row = await findPlan(trx, ctx, props.patient.id, props.planId);
    const edited = applyEdits(row, props.edits);
    await audited(trx, ctx, 'plan.read', row);
    return edited;
  });
}

/**
 * Publishes edits to the active plan as a new version (the edited one is superseded, never
 * changed), with the warnings the clinician accepted and the audit event, in one transaction.
 * Editing a superseded version is a 409: it would silently drop the newer version's changes.
 */
export async function publishPlan(
  props: EditProps,
): Promise<{ row: PlanRow; warnings: EditedPlan['warnings'] }> {
  const { ctx } = props;
  return withVersionRace(() =>
    transact(props.db, async (trx) => {
      const current = await findPlan(trx, ctx, props.patient.id, props.planId);
      if (current.status !== 'active') {
        throw new AppError(
          'conflict',
          `Version ${current.version} has been superseded; edit the active version.`,
        );
      }
      const { plan, warnings } = applyEdits(current, props.edits);
      const row = await storePlanVersion(trx, ctx, {
        patientId: current.patient_id,
        episodeId: current.episode_id,
        assessmentId: current.assessment_id,
        plan,
      });
      await audited(trx, ctx, 'plan.publish', row);
      return { row, warnings };
    }),
  );
}
