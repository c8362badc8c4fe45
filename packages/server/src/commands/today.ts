import { formatDate, formatDose, formatFrequency, planDay, toUtcDate } from '@backplan/core';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { recordReadAudit } from '../audit.js';
import { canReadPatient } from '../auth/policies.js';
import type { RequestContext, SessionKey } from '../context.js';
import { sessionWithPatient, type ActorColumns } from '../auth/sessions.js';
import { jsonRows, readJsonRows } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import {
  feedbackView,
  journalEntryView,
  type FeedbackRow,
  type JournalEntryRow,
  presentFeedback,
  presentJournalEntry,
} from '../presenters/daily.js';
import {
  presentLastDecision,
  presentTodaySafety,
  SAFETY_OUTCOMES,
  todaySafetyView,
} from '../presenters/safety.js';
import { planContent } from '../db/plan-content.js';
import { preparedQuery } from '../db/prepared.js';

/** How many of the therapist's latest notes the day shows. */
const LATEST_FEEDBACK = 3;

export const todayView = z.object({
  date: z.string(),
  /** `paused`: a red flag stopped the programme; `preparing`: no plan is published yet. */
  status: z.enum(['active', 'paused', 'preparing']),
  safety: todaySafetyView.nullable(),
  /** The clinician's latest safety decision, in the patient's words, for 14 days. */
  lastDecision: z
    .object({
      outcome: z.enum(SAFETY_OUTCOMES),
      note: z.string().nullable(),
      decidedAt: z.string(),
    })
    .nullable(),
  clinic: z.object({ name: z.string(), phone: z.string().nullable() }),
  planId: z.string().nullable(),
  planVersion: z.number().nullable(),
  weekOfPlan: z.number().nullable(),
  /** Empty unless the programme is active. */
  exercises: z.array(
    z.object({
      exerciseId: z.string(),
      name: z.string(),
      dose: z.string(),
      frequency: z.object({ timesPerDay: z.number(), daysPerWeek: z.number(), text: z.string() }),
      minutes: z.number(),
      loggedToday: z.boolean(),
    }),
  ),
  logged: z.array(journalEntryView),
  activity: z
    .object({
      activity: z.string(),
      minutesPerDay: z.number(),
      daysPerWeek: z.number(),
      minutesPerWeek: z.number(),
    })
    .nullable(),
  lessons: z.array(
    z.object({ lessonId: z.string(), title: z.string(), summary: z.string(), minutes: z.number() }),
  ),
  feedback: z.array(feedbackView),
  /** The morning after a logged session the patient is asked how they feel. */
  morningCheckDue: z.object({ date: z.string(), sessionOn: z.string() }).nullable(),
});
export type TodayView = z.output<typeof todayView>;

type EntryRow = Pick<
  JournalEntryRow,
  'id' | 'plan_id' | 'client_key' | 'performed_on' | 'entry' | 'created_at'
>;
type NoteRow = FeedbackRow & { author_name: string | null };

/**
 * Everything the day needs from the database in one round trip: the session and its actor, the
 * patient (only of the actor's clinic), the id of the active plan version, the sessions of
 * yesterday and today, today's morning check and the latest notes (the lists as JSON columns).
 * The plan's content comes from the cache of immutable versions.
 */
const actorDay = preparedQuery(
  (db, a: { sessionHash: string; patientId: string; yesterday: string; date: string }) =>
    sessionWithPatient(db, a.sessionHash, a.patientId)
      .leftJoin('clinic', 'clinic.id', 'patient.clinic_id')
      .select(['patient.id as patientId', 'patient.status as patientStatus'])
      .select([
        'patient.safety_state',
        'patient.safety_detail',
        'patient.safety_since',
        'patient.programme_paused_at',
        'patient.last_safety_decision',
        'clinic.name as clinicName',
        'clinic.phone as clinicPhone',
      ])
      .select(['plan.id as planId', 'plan.version'])
      .select((eb) => [
        jsonRows(
          db,
          eb
            .selectFrom('journal_entry as j')
            .select([
              'j.id',
              'j.plan_id',
              'j.client_key',
              'j.performed_on',
              'j.entry',
              'j.created_at',
            ])
            .whereRef('j.clinic_id', '=', 'patient.clinic_id')
            .whereRef('j.patient_id', '=', 'patient.id')
            // A range, not `in (yesterday, today)`: the same two days, but PostgreSQL then
            // searches the index by date instead of reading all the patient's sessions.
            .where('j.performed_on', '>=', a.yesterday)
            .where('j.performed_on', '<=', a.date)
            .orderBy('j.created_at'),
        ).as('entries'),
        jsonRows(
          db,
          eb
            .selectFrom('morning_check as m')
            .select('m.id')
            .whereRef('m.clinic_id', '=', 'patient.clinic_id')
            .whereRef('m.patient_id', '=', 'patient.id')
            .where('m.date', '=', a.date),
        ).as('checks'),
        jsonRows(
          db,
          eb
            .selectFrom('feedback as f')
            .leftJoin('user as u', 'u.id', 'f.author_id')
            .select([
              'f.clinic_id',
              'f.id',
              'f.patient_id',
              'f.journal_entry_id',
              'f.author_id',
              'f.body',
              'f.created_at',
              'u.name as author_name',
            ])
            .whereRef('f.clinic_id', '=', 'patient.clinic_id')
            .whereRef('f.patient_id', '=', 'patient.id')
            .orderBy('f.created_at', 'desc')
            // A literal: SQLite runs `limit ?` with a bound value measurably slower (11 us, 3.5).
            .limit(sql.lit(LATEST_FEEDBACK)),
        ).as('notes'),
      ]),
);

const byCreated = (a: { created_at: string }, b: { created_at: string }) =>
  a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0;

/**
 * The patient's day, audited. The hot path, so one query (`actorDay`, compiled once) that also
 * looks up the session, and the group-committed audit event.
 */
export async function readToday(props: {
  db: Kysely<Database>;
  /** The request's session, looked up by the day's query itself. */
  session: SessionKey;
  /** The request's context from the session's row: throws a 401 or 403 when it is not valid. */
  authenticate: (row: ActorColumns | undefined) => RequestContext;
  patientId: string;
  date?: string | undefined;
}): Promise<TodayView> {
  const { db } = props;
  const date = props.date ?? formatDate(props.session.now);
  const yesterday = formatDate(new Date((toUtcDate(date)?.getTime() ?? 0) - 86_400_000));
  const [found] = await actorDay(db, {
    sessionHash: props.session.hash,
    patientId: props.patientId,
    yesterday,
    date,
  });
  const ctx = props.authenticate(found);
  const clinicId = ctx.actor.clinicId;
  if (
    found === undefined ||
    found.patientId === null ||
    found.patientStatus === 'erased' ||
    !canReadPatient(ctx.actor, { clinicId, id: found.patientId })
  ) {
    throw new AppError('not-found', 'No such patient.');
  }
  const planId = found.planId;
  const [plan] = await Promise.all([
    planId === null ? undefined : planContent(db, clinicId, planId),
    recordReadAudit(db, ctx, {
      action: 'today.read',
      resourceType: 'plan',
      resourceId: planId,
      patientId: found.patientId,
    }),
  ]);
  // JSON aggregation keeps the subquery's order in practice; sorting again makes it certain.
  const entries = readJsonRows<EntryRow>(found.entries, ['created_at']).sort(byCreated);
  const checks = readJsonRows<{ id: string }>(found.checks);
  const notes = readJsonRows<NoteRow>(found.notes, ['created_at']).sort(byCreated).reverse();
  const logged = entries.filter((e) => e.performed_on === date).map(presentJournalEntry);
  const lastSession = entries.filter((e) => e.performed_on === yesterday).at(-1);
  const active = planId !== null && found.version !== null && plan !== undefined;
  const status = found.programme_paused_at !== null ? 'paused' : active ? 'active' : 'preparing';
  const day = active ? planDay(plan, date) : null;
  // Paused: the seek-care screen instead of the programme; the plan stays for afterwards.
  const running = status === 'active' ? day : null;
  const done = new Set(logged.flatMap((e) => e.exercises.map((x) => x.exerciseId)));
  return {
    date,
    status,
    safety: presentTodaySafety(found),
    lastDecision: presentLastDecision(found.last_safety_decision, date),
    clinic: { name: found.clinicName ?? '', phone: found.clinicPhone },
    planId: active ? planId : null,
    planVersion: active ? found.version : null,
    weekOfPlan: day?.week ?? null,
    exercises: (running?.exercises ?? []).map((e) => ({
      exerciseId: e.exerciseId,
      name: e.name,
      dose: formatDose(e.dose),
      frequency: { ...e.frequency, text: formatFrequency(e.frequency) },
      minutes: e.minutesPerDay,
      loggedToday: done.has(e.exerciseId),
    })),
    logged,
    activity: running?.activity ?? null,
    lessons: running?.lessons ?? [],
    feedback: notes.map(presentFeedback),
    morningCheckDue:
      lastSession !== undefined && checks.length === 0
        ? { date, sessionOn: lastSession.performed_on }
        : null,
  };
}
