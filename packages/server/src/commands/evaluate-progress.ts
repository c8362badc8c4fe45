import {
  formatDate,
  proposeChanges,
  type ExerciseProposal,
  type MeasureRecord,
  type Plan,
  type ProgressReport,
  upgradePlan,
} from '@backplan/core';
import { sql, type Kysely } from 'kysely';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { readJson, toJson } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import type { PlanVersion } from '../db/plan-content.js';
import { storedCheck, storedEntry, storedProposal, type PlanRow } from '../presenters/daily.js';
import { storedSymptomReport } from '../presenters/safety.js';
import { baselineOf } from './screen-symptoms.js';

const INSTRUMENTS = new Set<MeasureRecord['instrument']>(['nprs', 'odi', 'rmdq', 'psfs', 'pseq']);
const isInstrument = (kind: string): kind is MeasureRecord['instrument'] =>
  INSTRUMENTS.has(kind as MeasureRecord['instrument']);

/** A stored plan version's plan, upgraded to the current shape like every plan read. */
export const planOf = (row: Pick<PlanRow, 'plan'>): Plan => upgradePlan(readJson(row.plan));

/** The later of two YYYY-MM-DD dates. */
export const laterDate = (a: string, b: string) => (a > b ? a : b);

/** Today's date of the request as YYYY-MM-DD (UTC). */
export const todayOf = (ctx: RequestContext) => formatDate(ctx.now);

/** Two proposals that say the same thing, so an open one keeps its id across re-evaluations. */
const sameChange = (a: ExerciseProposal, b: ExerciseProposal) =>
  a.exerciseId === b.exerciseId &&
  a.action === b.action &&
  JSON.stringify(a.change ?? null) === JSON.stringify(b.change ?? null);

/** Days of journal that each re-evaluation reads [design]. */
export const JOURNAL_WINDOW_DAYS = 56;
/** ...and at most this many sessions and checks of them (8 months at three a week) [design]. */
export const JOURNAL_WINDOW_ENTRIES = 100;

type Level = 'warning' | 'high' | 'critical';
/** The levels below each level: an alert at these is escalated by a new, more severe one. */
const LESS_SEVERE: Record<Level, readonly Level[]> = {
  warning: [],
  high: ['warning'],
  critical: ['warning', 'high'],
};

/**
 * Re-evaluates a patient's active plan from the recent journal (sessions, morning checks, symptom
 * reports) and measures, with the latest assessment as the re-screen's baseline and the
 * clinician's "disengaged" mark, inside the caller's transaction: open progress/regress proposals
 * replace the previous open ones (an unchanged proposal keeps its row; one that new data makes
 * stale is superseded), and alerts are added once per type and date. Holds are not stored: they
 * ask nothing of the clinician. Red-flag alerts are not stored here: the request that brought
 * the symptom raised them already (`enterSafetyState`). While the programme is paused nothing is
 * proposed and no engagement alert is raised.
 */
export async function evaluateProgress(props: {
  trx: Kysely<Database>;
  clinicId: string;
  now: Date;
  patientId: string;
  plan: PlanVersion;
  asOf: string;
}): Promise<ProgressReport> {
  const { trx, clinicId, patientId, plan } = props;
  const mine = { clinic_id: clinicId, patient_id: patientId } as const;
  // Progression looks at the last two sessions per exercise, the latest pain reports and
  // 14 days of red-flag symptoms: a bounded window keeps every write cheap however long the
  // journal grows [design].
  const since = new Date(Date.parse(`${props.asOf}T00:00:00Z`) - JOURNAL_WINDOW_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const [entries, checks, reports, measures, proposals, patient, baseline] = await Promise.all([
    trx
      .selectFrom('journal_entry')
      .select(['id', 'entry'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .where('performed_on', '>=', since)
      .orderBy('performed_on', 'desc')
      .orderBy('created_at', 'desc')
      .limit(sql.lit(JOURNAL_WINDOW_ENTRIES))
      .execute(),
    trx
      .selectFrom('morning_check')
      .select(['check'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .where('date', '>=', since)
      .orderBy('date', 'desc')
      .limit(sql.lit(JOURNAL_WINDOW_ENTRIES))
      .execute(),
    trx
      .selectFrom('symptom_report')
      .select(['report'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .where('reported_on', '>=', since)
      .orderBy('reported_on', 'desc')
      .limit(sql.lit(JOURNAL_WINDOW_ENTRIES))
      .execute(),
    trx
      .selectFrom('measure')
      .select(['kind', 'value', 'taken_on'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .execute(),
    trx
      .selectFrom('proposal')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .where('status', 'in', ['open', 'accepted'])
      .execute(),
    trx
      .selectFrom('patient')
      .select(['disengaged_at', 'programme_paused_at'])
      .where('clinic_id', '=', clinicId)
      .where('id', '=', patientId)
      .executeTakeFirst(),
    baselineOf(trx, { clinic_id: clinicId, id: patientId }),
  ]);
  const report = proposeChanges(
    plan.content,
    {
      entries: entries.map((row) => ({ id: row.id, ...storedEntry(row) })),
      morningChecks: checks.map(storedCheck),
      symptomReports: reports.map(storedSymptomReport),
      measures: [],
    },
    measures.flatMap((m) =>
      isInstrument(m.kind) ? [{ instrument: m.kind, score: m.value, takenOn: m.taken_on }] : [],
    ),
    props.asOf,
    {
      recentProgressions: proposals
        .filter((p) => p.status === 'accepted' && p.action === 'progress' && p.decided_at !== null)
        .map((p) => ({ exerciseId: p.exercise_id, on: (p.decided_at ?? '').slice(0, 10) })),
      baseline,
      disengaged: (patient?.disengaged_at ?? null) !== null,
    },
  );

  const now = props.now.toISOString();
  // While a red flag pauses the programme nothing is proposed (open proposals are withdrawn), and
  // sessions the patient was told not to do are no engagement concern.
  const paused = (patient?.programme_paused_at ?? null) !== null;
  const wanted = paused ? [] : report.proposals.filter((p) => p.action !== 'hold');
  const open = proposals.filter((p) => p.status === 'open');
  const kept = new Set<string>();
  const stale: string[] = [];
  for (const row of open) {
    const same =
      row.plan_id === plan.id &&
      wanted.find((w) => !kept.has(w.exerciseId) && sameChange(w, storedProposal(row)));
    if (same === false || same === undefined) stale.push(row.id);
    else kept.add(same.exerciseId);
  }
  if (stale.length > 0) {
    await trx
      .updateTable('proposal')
      .set({ status: 'superseded' })
      .where('clinic_id', '=', clinicId)
      .where('id', 'in', stale)
      .execute();
  }
  const fresh = wanted.filter((w) => !kept.has(w.exerciseId));
  if (fresh.length > 0) {
    await trx
      .insertInto('proposal')
      .values(
        fresh.map((p) => ({
          ...mine,
          id: newId(),
          plan_id: plan.id,
          exercise_id: p.exerciseId,
          action: p.action,
          proposal: toJson(p),
          status: 'open' as const,
          decided_by: null,
          decided_at: null,
          created_at: now,
        })),
      )
      .execute();
  }
  for (const a of report.alerts) {
    // The request that reported a red-flag symptom raised its alert already.
    if (a.type === 'red-flag' || (paused && a.type === 'engagement')) continue;
    // One alert per patient, type and date: a repeat of the same finding is not a new alert, but
    // a more severe one the same day escalates it (and re-opens it if it was acknowledged).
    const key = `${a.type}:${a.on}`;
    const detail = a.action === undefined ? null : toJson({ action: a.action });
    await trx
      .insertInto('alert')
      .values({
        ...mine,
        id: newId(),
        type: a.type,
        level: a.level,
        message: a.message,
        on_date: a.on,
        dedupe_key: key,
        status: 'open',
        acknowledged_by: null,
        created_at: now,
        detail,
      })
      .onConflict((oc) => oc.columns(['clinic_id', 'patient_id', 'dedupe_key']).doNothing())
      .execute();
    const lower = LESS_SEVERE[a.level];
    if (lower.length === 0) continue;
    await trx
      .updateTable('alert')
      .set({
        level: a.level,
        message: a.message,
        status: 'open',
        acknowledged_by: null,
        note: null,
        decided_at: null,
        detail,
      })
      .where('clinic_id', '=', mine.clinic_id)
      .where('patient_id', '=', mine.patient_id)
      .where('dedupe_key', '=', key)
      .where('level', 'in', lower)
      .execute();
  }
  return report;
}
