import {
  CATALOG,
  daysBetween,
  formatDate,
  formatDose,
  formatFrequency,
  toUtcDate,
  type Plan,
} from '@backplan/core';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { recordReadAudit } from '../audit.js';
import { canReadPatient } from '../auth/policies.js';
import type { RequestContext, SessionKey } from '../context.js';
import { sessionWithPatient, type ActorColumns } from '../auth/sessions.js';
import { jsonRows, readJsonRows } from '../db/dialect.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import {
  feedbackView,
  journalEntryView,
  type FeedbackRow,
  type JournalEntryRow,
  morningCheckView,
  presentFeedback,
  presentJournalEntry,
  presentMorningCheck,
} from '../presenters/daily.js';
import { planContent } from '../db/plan-content.js';
import { preparedQuery } from '../db/prepared.js';

/** How many of the therapist's latest notes the day shows. */
const LATEST_FEEDBACK = 3;

export const todayView = z.object({
  date: z.string(),
  planId: z.string(),
  planVersion: z.number(),
  weekOfPlan: z.number(),
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
  activity: z.object({
    activity: z.string(),
    minutesPerDay: z.number(),
    daysPerWeek: z.number(),
    minutesPerWeek: z.number(),
  }),
  lessons: z.array(
    z.object({ lessonId: z.string(), title: z.string(), summary: z.string(), minutes: z.number() }),
  ),
  feedback: z.array(feedbackView),
  /** The morning after a logged session the patient is asked how they feel. */
  morningCheckDue: z.object({ date: z.string(), sessionOn: z.string() }).nullable(),
});
export type TodayView = z.output<typeof todayView>;

/**
 * Whether an exercise done `daysPerWeek` days a week is due on day `dayOfWeek` (0-6) of the plan's
 * week: the days are spread evenly in a fixed pattern from the plan's first day (2 a week: days 0
 * and 3; 3 a week: days 0, 2 and 4), so the patient's week looks the same every week.
 */
export function isDueOn(daysPerWeek: number, dayOfWeek: number): boolean {
  if (daysPerWeek >= 7) return true;
  for (let k = 0; k < daysPerWeek; k++)
    if (Math.floor((k * 7) / daysPerWeek) === dayOfWeek) return true;
  return false;
}

/** The parts of the day that come from the plan alone. Pure. */
export function planDay(plan: Readonly<Plan>, date: string) {
  const start = toUtcDate(plan.startDate);
  const day = toUtcDate(date);
  const dayIndex = start === null || day === null ? -1 : daysBetween(start, day);
  const week = Math.max(1, Math.floor(dayIndex / 7) + 1);
  const exercises =
    dayIndex < 0
      ? []
      : plan.exercises.filter((e) => isDueOn(e.frequency.daysPerWeek, dayIndex % 7));
  const weeks = plan.activityGoal.weeks;
  const goal = weeks.find((w) => w.week === week) ?? weeks.at(-1);
  const lessons = plan.lessons.flatMap((l) => {
    const lesson = CATALOG.lessons.find((x) => x.id === l.lessonId);
    return l.week === week
      ? [
          {
            lessonId: l.lessonId,
            title: l.title,
            summary: lesson?.summary ?? '',
            minutes: lesson?.minutes ?? 0,
          },
        ]
      : [];
  });
  return {
    week,
    exercises,
    lessons,
    activity: {
      activity: plan.activityGoal.activity,
      minutesPerDay: goal?.minutesPerDay ?? 0,
      daysPerWeek: goal?.daysPerWeek ?? 0,
      minutesPerWeek: (goal?.minutesPerDay ?? 0) * (goal?.daysPerWeek ?? 0),
    },
  };
}

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
      .select(['patient.id as patientId', 'patient.status as patientStatus'])
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
  if (planId === null || found.version === null || plan === undefined) {
    throw new AppError(
      'not-found',
      'There is no active plan yet: your therapist has not published one.',
    );
  }
  // JSON aggregation keeps the subquery's order in practice; sorting again makes it certain.
  const entries = readJsonRows<EntryRow>(found.entries, ['created_at']).sort(byCreated);
  const checks = readJsonRows<{ id: string }>(found.checks);
  const notes = readJsonRows<NoteRow>(found.notes, ['created_at']).sort(byCreated).reverse();
  const day = planDay(plan, date);
  const logged = entries.filter((e) => e.performed_on === date).map(presentJournalEntry);
  const done = new Set(logged.flatMap((e) => e.exercises.map((x) => x.exerciseId)));
  const lastSession = entries.filter((e) => e.performed_on === yesterday).at(-1);
  return {
    date,
    planId,
    planVersion: found.version,
    weekOfPlan: day.week,
    exercises: day.exercises.map((e) => ({
      exerciseId: e.exerciseId,
      name: e.name,
      dose: formatDose(e.dose),
      frequency: { ...e.frequency, text: formatFrequency(e.frequency) },
      minutes: e.minutesPerDay,
      loggedToday: done.has(e.exerciseId),
    })),
    logged,
    activity: day.activity,
    lessons: day.lessons,
    feedback: notes.map(presentFeedback),
    morningCheckDue:
      lastSession !== undefined && checks.length === 0
        ? { date, sessionOn: lastSession.performed_on }
        : null,
  };
}

export const journalItem = journalEntryView.extend({
  morningCheck: morningCheckView.nullable(),
  comments: z.array(feedbackView),
});

const tomorrowOf = (date: string) =>
  formatDate(new Date((toUtcDate(date)?.getTime() ?? 0) + 86_400_000));

/** The patient's journal, newest first: each entry with its next-morning check and the notes on it. */
export async function readJournal(props: {
  trx: Kysely<Database>;
  patient: PatientRow;
  limit: number;
}): Promise<{ entries: z.output<typeof journalItem>[] }> {
  const { trx, patient } = props;
  const rows = await trx
    .selectFrom('journal_entry')
    .selectAll()
    .where('clinic_id', '=', patient.clinic_id)
    .where('patient_id', '=', patient.id)
    .orderBy('performed_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(props.limit)
    .execute();
  const mornings = rows.map((e) => tomorrowOf(e.performed_on));
  const ids = rows.map((e) => e.id);
  const [checks, notes] = await Promise.all([
    mornings.length === 0
      ? []
      : trx
          .selectFrom('morning_check')
          .selectAll()
          .where('clinic_id', '=', patient.clinic_id)
          .where('patient_id', '=', patient.id)
          .where('date', 'in', mornings)
          .orderBy('created_at')
          .execute(),
    ids.length === 0
      ? []
      : trx
          .selectFrom('feedback')
          .leftJoin('user', 'user.id', 'feedback.author_id')
          .selectAll('feedback')
          .select('user.name as author_name')
          .where('feedback.clinic_id', '=', patient.clinic_id)
          .where('feedback.journal_entry_id', 'in', ids)
          .orderBy('feedback.created_at')
          .execute(),
  ]);
  const byDate = new Map(checks.map((c) => [c.date, c]));
  return {
    entries: rows.map((e) => {
      const check = byDate.get(tomorrowOf(e.performed_on));
      return {
        ...presentJournalEntry(e),
        morningCheck: check === undefined ? null : presentMorningCheck(check),
        comments: notes.filter((n) => n.journal_entry_id === e.id).map(presentFeedback),
      };
    }),
  };
}
