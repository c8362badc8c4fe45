import { transact } from '../db/transact.js';
import {
  assessParsed,
  type Assessment,
  type AssessmentResult,
  type InstrumentId,
  type ScoreOutcome,
} from '@backplan/core';
import type { Insertable, Kysely, Transaction } from 'kysely';
import { recordAudit } from '../audit.js';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { toJson } from '../db/dialect.js';
import type { Database, MeasureTable, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { AssessmentRow } from '../presenters/clinical.js';
import { enterSafetyState } from './safety.js';

type Measures = Assessment['measures'];

/** The measure kind stored for each physical measure of an assessment. */
const MEASURE_KINDS = {
  fingertipToFloorCm: 'fingertip-to-floor-cm',
  straightLegRaiseDeg: 'straight-leg-raise-deg',
  hipInternalRotationDeg: 'hip-internal-rotation-deg',
  bieringSorensenSeconds: 'biering-sorensen-s',
  trunkFlexorEnduranceSeconds: 'trunk-flexor-endurance-s',
  sideBridgeSeconds: 'side-bridge-s',
  fiveTimesSitToStandSeconds: 'five-times-sit-to-stand-s',
  walkingMinutesPerDay: 'walking-minutes-per-day',
  stepsPerDay: 'steps-per-day',
  walkingToleranceMinutes: 'walking-tolerance-min',
} as const satisfies Record<keyof Measures, string>;

type MeasureFact = Pick<Insertable<MeasureTable>, 'kind' | 'side' | 'value' | 'answers'>;

/** Raw answers of a scored instrument, as given in the assessment. */
function answersOf(a: Assessment, id: InstrumentId): unknown {
  if (id === 'nprs') return [a.pain.now];
  return a.questionnaires[id] ?? null;
}

/** One row per scored questionnaire (pain now as NPRS) and per physical measure taken. */
function measureFacts(a: Assessment, r: AssessmentResult): MeasureFact[] {
  const facts: MeasureFact[] = [];
  const scored: (readonly [InstrumentId, ScoreOutcome | undefined])[] = [
    ['nprs', r.pain.now],
    ...Object.entries(r.scores).map(([id, s]) => [id as InstrumentId, s] as const),
  ];
  for (const [kind, outcome] of scored) {
    if (outcome?.ok !== true) continue;
    const answers = answersOf(a, kind);
    facts.push({
      kind,
      side: null,
      value: outcome.value.score,
      answers: answers === null ? null : toJson(answers),
    });
  }
  for (const key of Object.keys(MEASURE_KINDS) as (keyof Measures)[]) {
    const value = a.measures[key];
    const kind = MEASURE_KINDS[key];
    if (typeof value === 'number') {
      facts.push({ kind, side: null, value, answers: null });
    } else if (value !== undefined) {
      for (const side of ['left', 'right'] as const) {
        const v = value[side];
        if (v !== undefined) facts.push({ kind, side, value: v, answers: null });
      }
    }
  }
  return facts;
}

/** The assessment's conclusions, or a 400 naming the field of the request body at fault. */
export function assessOrReject(a: Assessment, today: string): AssessmentResult {
  const assessed = assessParsed(a, a.assessedOn ?? today);
  if (assessed.ok) return assessed.value;
  const fields = assessed.error.issues.map((i) => ({
    path: `body.assessment.${i.path === 'asOf' ? 'assessedOn' : i.path}`,
    message: i.message,
  }));
  const first = fields[0];
  throw new AppError(
    'validation-failed',
    first === undefined ? 'The assessment is not valid.' : `${first.path}: ${first.message}`,
    fields,
  );
}

async function openEpisodeId(
  trx: Transaction<Database>,
  ctx: RequestContext,
  patientId: string,
  onsetDate: string,
): Promise<string> {
  const open = await trx
    .selectFrom('episode')
    .select('id')
    .where('clinic_id', '=', ctx.actor.clinicId)
    .where('patient_id', '=', patientId)
    .where('status', '=', 'open')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (open !== undefined) return open.id;
  const id = newId();
  await trx
    .insertInto('episode')
    .values({
      clinic_id: ctx.actor.clinicId,
      id,
      patient_id: patientId,
      onset_date: onsetDate,
      status: 'open',
      created_at: ctx.now.toISOString(),
    })
    .execute();
  return id;
}

/**
 * Assesses with the core and stores, in one transaction: the episode (the open one, or a new one
 * from the onset date), the assessment with its result and rule version, one measure row per
 * scored questionnaire and physical measure, the audit event, and on an emergency or urgent
 * triage the patient's safety state with its critical alert. The caller has authorised the actor
 * to manage this patient.
 */
export async function recordAssessment(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  assessment: Assessment;
}): Promise<AssessmentRow> {
  const { ctx, patient, assessment: a } = props;
  const now = ctx.now.toISOString();
  const result = assessOrReject(a, now.slice(0, 10));
  return transact(props.db, async (trx) => {
    const row: AssessmentRow = {
      clinic_id: ctx.actor.clinicId,
      id: newId(),
      patient_id: patient.id,
      episode_id: await openEpisodeId(trx, ctx, patient.id, a.history.onsetDate),
      kind: a.kind,
      assessed_on: result.asOf,
      answers: toJson(a),
      result: toJson(result),
      triage: result.screen.triage,
      rule_version: result.ruleSetVersion,
      created_by: ctx.actor.userId,
      created_at: now,
    };
    await trx
      .insertInto('assessment')
      .values({ ...row, answers: toJson(a), result: toJson(result) })
      .execute();
    const facts = measureFacts(a, result);
    if (facts.length > 0) {
      await trx
        .insertInto('measure')
        .values(
          facts.map((f) => ({
            ...f,
            clinic_id: ctx.actor.clinicId,
            id: newId(),
            patient_id: patient.id,
            taken_on: result.asOf,
            created_by: ctx.actor.userId,
            created_at: now,
          })),
        )
        .execute();
    }
    await recordAudit(trx, ctx, {
      action: 'assessment.create',
      resourceType: 'assessment',
      resourceId: row.id,
      patientId: patient.id,
    });
    const triage = result.screen.triage;
    if (triage === 'emergency' || triage === 'urgent') {
      // An emergency or urgent screen is a patient-level safety state (red-flags.md).
      await enterSafetyState(trx, ctx, patient, {
        source: a.kind === 'reassessment' ? 'reassessment' : 'intake',
        triage,
        findings: result.screen.findings,
        symptoms: [],
        reportedAt: now,
        on: result.asOf,
      });
    }
    return row;
  });
}
