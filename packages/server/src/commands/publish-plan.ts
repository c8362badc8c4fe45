import { transact } from '../db/transact.js';
import {
  CATALOG,
  daysBetween,
  doseSchema,
  fearHierarchySchema,
  frequencySchema,
  PLAN_WEEKS,
  toUtcDate,
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
import {
  findPlan,
  lastVersion,
  storePlanVersion,
  supersede,
  withVersionRace,
} from './plan-versions.js';

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
  z.strictObject({
    kind: z.literal('set-fear-hierarchy'),
    // The assessment's own rule: 3-6 activities named in 1-200 characters, fear 0-100.
    hierarchy: fearHierarchySchema,
    fromWeek: z
      .number()
      .int()
      .min(1)
      .max(PLAN_WEEKS.total)
      .optional()
      .describe('Plan week of the first step; default the current week of the plan.'),
  }),
]) satisfies z.ZodType<PlanEdit>;

export const previewEditsBody = z.strictObject({ edits: z.array(planEditSchema).max(50) });
export const publishBody = z.strictObject({
  edits: z
    .array(planEditSchema)
    .max(50)
    .describe(
      'Edits to apply: none publishes a draft as it is; the active version needs one or more.',
    ),
});

type EditProps = {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  planId: string;
} & z.output<typeof previewEditsBody>;

/** The stored plan with the edits applied, or a 400 naming the edit and field at fault. */
/** The plan week `now` falls in (1 before the start, at most the plan's last week). */
function currentPlanWeek(startDate: string, now: Date): number {
  const start = toUtcDate(startDate);
  if (start === null) return 1;
  const week = Math.floor(daysBetween(start, now) / 7) + 1;
  return Math.min(PLAN_WEEKS.total, Math.max(1, week));
}

function applyEdits(row: PlanRow, edits: readonly PlanEdit[], now: Date): EditedPlan {
  const plan = readPlan(row);
  // A hierarchy recorded later starts in the current week, not in weeks already gone.
  const week = currentPlanWeek(plan.startDate, now);
  const dated = edits.map((e) =>
    e.kind === 'set-fear-hierarchy' && e.fromWeek === undefined ? { ...e, fromWeek: week } : e,
  );
  const edited = validatePlanEdit(plan, dated, CATALOG);
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
    const edited = applyEdits(row, props.edits, ctx.now);
    await audited(trx, ctx, 'plan.read', row);
    return edited;
  });
}

/**
 * Publishes a plan version to the patient, with the warnings the clinician accepted and the audit
 * event, in one transaction. A draft is published as it is (the draft becomes the active version)
 * or with edits (a new version; the draft is superseded); edits to the active version make a new
 * version. Either way the previous active plan is superseded, never changed, and a programme
 * paused after a safety decision resumes when the patient's safety state is clear. Publishing a
 * superseded version is a 409: it would silently drop the newer version's changes.
 */
export async function publishPlan(
  props: EditProps,
): Promise<{ row: PlanRow; warnings: EditedPlan['warnings'] }> {
  const { ctx, patient } = props;
  return withVersionRace(() =>
    transact(props.db, async (trx) => {
      const current = await findPlan(trx, ctx, patient.id, props.planId);
      if (current.status === 'superseded') {
        throw new AppError(
          'conflict',
          `Version ${current.version} has been superseded; edit the active version.`,
        );
      }
      if (current.status === 'active' && props.edits.length === 0) {
        const message = 'The active version is published already: add at least one edit.';
        throw new AppError('validation-failed', `body.edits: ${message}`, [
          { path: 'body.edits', message },
        ]);
      }
      const { plan, warnings } = applyEdits(current, props.edits, ctx.now);
      const row =
        current.status === 'draft' && props.edits.length === 0
          ? await activateDraft(trx, current)
          : await storePlanVersion(trx, ctx, {
              patientId: current.patient_id,
              episodeId: current.episode_id,
              assessmentId: current.assessment_id,
              plan,
              status: 'active',
            });
      if (current.status === 'draft' && row.id !== current.id) {
        await supersede(trx, current.clinic_id, current.patient_id, 'draft');
      }
      await resumeWhenClear(trx, patient);
      await audited(trx, ctx, 'plan.publish', row);
      return { row, warnings };
    }),
  );
}

/**
 * A draft made the active version as it is: it keeps its id, and takes the next version number
 * when a newer version was made meanwhile (an accepted proposal). Of two concurrent publications
 * only one succeeds.
 */
async function activateDraft(trx: Transaction<Database>, draft: PlanRow): Promise<PlanRow> {
  const last = await lastVersion(trx, draft.clinic_id, {
    patientId: draft.patient_id,
    episodeId: draft.episode_id,
  });
  const version = last > draft.version ? last + 1 : draft.version;
  await supersede(trx, draft.clinic_id, draft.patient_id, 'active');
  const updated = await trx
    .updateTable('plan')
    .set({ status: 'active', version })
    .where('clinic_id', '=', draft.clinic_id)
    .where('id', '=', draft.id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (updated.numUpdatedRows !== 1n) {
    throw new AppError('conflict', 'This draft was published or replaced meanwhile; reload it.');
  }
  return { ...draft, status: 'active', version };
}

/** Ends a programme's pause when nothing about the patient's safety remains open. */
async function resumeWhenClear(trx: Transaction<Database>, patient: PatientRow): Promise<void> {
  await trx
    .updateTable('patient')
    .set({ programme_paused_at: null })
    .where('clinic_id', '=', patient.clinic_id)
    .where('id', '=', patient.id)
    .where('safety_state', '=', 'clear')
    .where('programme_paused_at', 'is not', null)
    .execute();
}
