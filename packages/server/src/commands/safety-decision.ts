import type { Kysely } from 'kysely';
import { recordAudit } from '../audit.js';
import { canDecideSafety } from '../auth/policies.js';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { toJson } from '../db/dialect.js';
import type { Database, PatientRow, SafetyOutcome } from '../db/schema.js';
import { transact } from '../db/transact.js';
import { AppError } from '../errors.js';
import type { RedFlagReviewRow } from '../presenters/clinical.js';
import type { AlertRow } from '../presenters/daily.js';
import { readSafetyDetail } from '../presenters/safety.js';
import { todayOf } from './evaluate-progress.js';
import { currentState, RANK } from './safety.js';

/** The words a red-flag review row keeps for each outcome. */
const OUTCOME_TEXT: Record<SafetyOutcome, string> = {
  'emergency-care': 'Sent to emergency care',
  referred: 'Referred for medical assessment',
  cleared: 'Reviewed and cleared to continue',
  discharged: 'Discharged',
};

export interface SafetyDecision {
  /** The red-flag alerts this decision closed. */
  readonly alerts: readonly AlertRow[];
  /** The review recorded on the assessment, or null when the patient has none. */
  readonly review: RedFlagReviewRow | null;
}

/**
 * A clinician's recorded outcome of a red flag (red-flags.md: closed only by a recorded outcome),
 * in one transaction: closes the alert named (or every open red-flag alert of the patient) with
 * the outcome, note, time and the signed-in reviewer; keeps the patient's safety state while an
 * open urgent or emergency red-flag alert remains, else clears it and resumes the programme,
 * except after emergency care (paused until a plan version is published) or discharge (the
 * patient is discharged); keeps the decision for the patient's day; records a red-flag review on
 * the assessment (so an urgent intake may then get a plan). Audited `safety.decide`.
 */
export async function recordSafetyDecision(
  db: Kysely<Database>,
  ctx: RequestContext,
  patient: Pick<PatientRow, 'clinic_id' | 'id'>,
  decision: {
    alertId?: string | undefined;
    /** The assessment reviewed; default the patient's latest. */
    assessmentId?: string | undefined;
    outcome: SafetyOutcome;
    note?: string | undefined;
  },
): Promise<SafetyDecision> {
  if (!canDecideSafety(ctx.actor, { clinicId: patient.clinic_id, id: patient.id })) {
    throw new AppError(
      'forbidden',
      'Only a therapist of the clinic can record the outcome of a red flag.',
    );
  }
  const now = ctx.now.toISOString();
  const note = decision.note?.trim() === '' ? null : (decision.note?.trim() ?? null);
  const mine = { clinic_id: patient.clinic_id, patient_id: patient.id } as const;
  return transact(db, async (trx) => {
    const current = await currentState(trx, patient);
    const open = await trx
      .selectFrom('alert')
      .selectAll()
      .where('clinic_id', '=', mine.clinic_id)
      .where('patient_id', '=', mine.patient_id)
      .where('type', '=', 'red-flag')
      .where('status', '=', 'open')
      .execute();
    const closing =
      decision.alertId === undefined ? open : open.filter((a) => a.id === decision.alertId);
    if (decision.alertId !== undefined && closing.length === 0) {
      throw new AppError('conflict', 'This safety alert is closed already.');
    }
    const closed =
      closing.length === 0
        ? []
        : await trx
            .updateTable('alert')
            .set({
              status: 'acknowledged',
              acknowledged_by: ctx.actor.userId,
              outcome: decision.outcome,
              note,
              decided_at: now,
            })
            .where('clinic_id', '=', mine.clinic_id)
            .where(
              'id',
              'in',
              closing.map((a) => a.id),
            )
            .returningAll()
            .execute();
    const remaining = open
      .filter((a) => !closing.includes(a))
      .map((a) => ({ alert: a, detail: readSafetyDetail(a.detail) }))
      .filter(({ detail }) => detail !== null && detail.state !== 'clear')
      .sort((a, b) => RANK[b.detail?.state ?? 'clear'] - RANK[a.detail?.state ?? 'clear']);
    const worst = remaining[0];
    const keepPaused = decision.outcome === 'emergency-care' || decision.outcome === 'discharged';
    await trx
      .updateTable('patient')
      .set({
        ...(worst === undefined
          ? {
              safety_state: 'clear' as const,
              safety_detail: null,
              safety_since: null,
              programme_paused_at: keepPaused
                ? (current.programme_paused_at ?? now)
                : // Paused without a safety state (after emergency care): until a plan is published.
                  current.safety_state === 'clear'
                  ? current.programme_paused_at
                  : null,
            }
          : {
              safety_state: worst.detail?.state ?? 'urgent',
              safety_detail: toJson(worst.detail),
            }),
        ...(decision.outcome === 'discharged' && current.status === 'active'
          ? { status: 'discharged' as const }
          : {}),
        last_safety_decision: toJson({
          outcome: decision.outcome,
          note,
          decidedAt: now,
          decidedByName: ctx.actor.name,
        }),
      })
      .where('clinic_id', '=', mine.clinic_id)
      .where('id', '=', mine.patient_id)
      .execute();
    const review = await recordReview(trx, ctx, patient, decision.assessmentId, {
      outcome: `${OUTCOME_TEXT[decision.outcome]}${note === null ? '' : `: ${note}`}`,
    });
    await recordAudit(trx, ctx, {
      action: 'safety.decide',
      resourceType: closed.length === 1 ? 'alert' : 'patient',
      resourceId: closed.length === 1 ? (closed[0]?.id ?? null) : patient.id,
      patientId: patient.id,
    });
    return { alerts: closed, review };
  });
}

/** The red-flag review of the decision on the assessment named, or the patient's latest. */
async function recordReview(
  trx: Kysely<Database>,
  ctx: RequestContext,
  patient: Pick<PatientRow, 'clinic_id' | 'id'>,
  assessmentId: string | undefined,
  text: { outcome: string },
): Promise<RedFlagReviewRow | null> {
  let q = trx
    .selectFrom('assessment')
    .select(['id'])
    .where('clinic_id', '=', patient.clinic_id)
    .where('patient_id', '=', patient.id);
  q =
    assessmentId === undefined
      ? q.orderBy('assessed_on', 'desc').orderBy('created_at', 'desc').limit(1)
      : q.where('id', '=', assessmentId);
  const assessment = await q.executeTakeFirst();
  if (assessment === undefined) return null;
  const row: RedFlagReviewRow = {
    clinic_id: patient.clinic_id,
    id: newId(),
    assessment_id: assessment.id,
    // The signed-in reviewer and today: never typed in (issue 12).
    reviewed_by: ctx.actor.name,
    reviewed_on: todayOf(ctx),
    outcome: text.outcome,
    created_by: ctx.actor.userId,
    created_at: ctx.now.toISOString(),
  };
  await trx.insertInto('red_flag_review').values(row).execute();
  await recordAudit(trx, ctx, {
    action: 'red-flag-review.create',
    resourceType: 'red-flag-review',
    resourceId: row.id,
    patientId: patient.id,
  });
  return row;
}
