import {
  formatDate,
  proposeChanges,
  type ExerciseProposal,
  type MeasureRecord,
  type Plan,
  type ProgressReport,
} from '@backplan/core';
import { sql, type Kysely } from 'kysely';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import { readJson, toJson } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import { storedCheck, storedEntry, storedProposal, type PlanRow } from '../presenters/daily.js';
import { recordSystemAudit } from '../audit.js';
import { dialectOf } from '../db/dialect.js';
import { activePlanVersion, type PlanVersion } from '../db/plan-content.js';
import { transact } from '../db/transact.js';

const INSTRUMENTS = new Set<MeasureRecord['instrument']>(['nprs', 'odi', 'rmdq', 'psfs', 'pseq']);
const isInstrument = (kind: string): kind is MeasureRecord['instrument'] =>
  INSTRUMENTS.has(kind as MeasureRecord['instrument']);

export const planOf = (row: Pick<PlanRow, 'plan'>) => readJson(row.plan) as Plan;

/** The later of two YYYY-MM-DD dates. */
export const laterDate = (a: string, b: string) => (a > b ? a : b);

/** Today's date of the request as YYYY-MM-DD (UTC). */
export const todayOf = (ctx: RequestContext) => formatDate(ctx.now);

/** Two proposals that say the same thing, so an open one keeps its id across re-evaluations. */
const sameChange = (a: ExerciseProposal, b: ExerciseProposal) =>
  a.exerciseId === b.exerciseId &&
  a.action === b.action &&
  JSON.stringify(a.change ?? null) === JSON.stringify(b.change ?? null);

/**
 * Re-evaluates a patient's active plan from the whole journal, morning checks and measures, inside
 * the caller's transaction: open progress/regress proposals replace the previous open ones (an
 * unchanged proposal keeps its row), and alerts are added once per type and date. Holds are not
 * stored: they ask nothing of the clinician.
 */
/** The levels below each level: an alert at these is escalated by a new, more severe one. */
/** Days of journal that each re-evaluation reads [design]. */
export const JOURNAL_WINDOW_DAYS = 56;
/** ...and at most this many sessions and checks of them (8 months at three a week) [design]. */
export const JOURNAL_WINDOW_ENTRIES = 100;

type Level = 'warning' | 'high' | 'critical';
const LESS_SEVERE: Record<Level, readonly Level[]> = {
  warning: [],
  high: ['warning'],
  critical: ['warning', 'high'],
};

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
  const [entries, checks, measures, proposals] = await Promise.all([
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
  ]);
  const report = proposeChanges(
    plan.content,
    {
      entries: entries.map((row) => ({ id: row.id, ...storedEntry(row) })),
      morningChecks: checks.map(storedCheck),
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
    },
  );

  const now = props.now.toISOString();
  const wanted = report.proposals.filter((p) => p.action !== 'hold');
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
    // One alert per patient, type and date: a repeat of the same finding is not a new alert, but
    // a more severe one the same day escalates it (and re-opens it if it was acknowledged).
    const key = `${a.type}:${a.on}`;
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
      })
      .onConflict((oc) => oc.columns(['clinic_id', 'patient_id', 'dedupe_key']).doNothing())
      .execute();
    const lower = LESS_SEVERE[a.level];
    if (lower.length === 0) continue;
    await trx
      .updateTable('alert')
      .set({ level: a.level, message: a.message, status: 'open', acknowledged_by: null })
      .where('clinic_id', '=', mine.clinic_id)
      .where('patient_id', '=', mine.patient_id)
      .where('dedupe_key', '=', key)
      .where('level', 'in', lower)
      .execute();
  }
  return report;
}

/**
 * Runs a patient's due re-evaluation, if any marks are there, in one transaction with its audit
 * event (by the system: no user), and removes the marks it found. A record committed meanwhile
 * leaves a mark this run did not see, so it is evaluated again later; on PostgreSQL the marks are
 * locked, so two servers never evaluate the same marks at once.
 * Returns whether it evaluated.
 */
export async function evaluateIfDue(
  db: Kysely<Database>,
  due: { clinicId: string; patientId: string; now: Date },
): Promise<boolean> {
  const { clinicId, patientId, now } = due;
  return transact(db, async (trx) => {
    let q = trx
      .selectFrom('evaluation_due')
      .select(['id', 'as_of'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId);
    // Waits for an evaluation holding them: after it, they are gone and its results committed,
    // so a caller settling before a read sees them (read your writes).
    if (dialectOf(trx) === 'postgres') q = q.forUpdate();
    const marks = await q.execute();
    if (marks.length === 0) return false;
    await trx
      .deleteFrom('evaluation_due')
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .where(
        'id',
        'in',
        marks.map((m) => m.id),
      )
      .execute();
    const plan = await activePlanVersion(trx, clinicId, patientId);
    // No active plan (discharged, or erased meanwhile): nothing to propose.
    if (plan === undefined) return false;
    const asOf = marks.reduce((latest, m) => laterDate(latest, m.as_of), formatDate(now));
    await evaluateProgress({ trx, clinicId, now, patientId, plan, asOf });
    await recordSystemAudit(trx, {
      clinicId,
      now,
      action: 'progress.evaluate',
      resourceType: 'patient',
      resourceId: patientId,
      patientId,
    });
    return true;
  });
}
