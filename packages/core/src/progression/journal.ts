import { z } from 'zod';
import { calendarDate } from '../assessment/calendar-date.js';
import { JOURNAL_RED_FLAG_SYMPTOMS } from '../red-flags/questions.js';
import type { JournalSymptomId } from '../red-flags/types.js';

const isoDate = calendarDate;
const score0to10 = z.number().int().min(0).max(10);
const count = z.number().int().min(0).max(1000);

/**
 * How an exercise went in one session: done in full, partly, stopped because of pain, or skipped
 * (because of pain, or for another reason). Skips and stops because of pain drive regression.
 */
export const COMPLETIONS = [
  'done',
  'partial',
  'stopped-pain',
  'skipped-pain',
  'skipped-other',
] as const;
export type Completion = (typeof COMPLETIONS)[number];

const journalSymptomIds = JOURNAL_RED_FLAG_SYMPTOMS.map((s) => s.id) as [
  JournalSymptomId,
  ...JournalSymptomId[],
];

/** What was actually done of an exercise's dose; only the fields of its dose kind matter. */
export const doneDoseSchema = z.strictObject({
  sets: count.optional(),
  reps: count.optional(),
  holdSeconds: z.number().min(0).max(3600).optional(),
  minutes: z.number().min(0).max(600).optional(),
  metres: z.number().min(0).max(10000).optional(),
  load: z.string().max(100).optional(),
});

export const exerciseLogSchema = z.strictObject({
  exerciseId: z.string().min(1).max(100),
  completion: z.enum(COMPLETIONS),
  done: doneDoseSchema.optional(),
  /** The highest pain during this exercise, if the patient rated it separately. */
  painDuring: score0to10.optional(),
  effort: score0to10.optional(),
});

/** One session, logged after it (progression.md). */
export const journalEntrySchema = z.strictObject({
  id: z.string().min(1).max(100),
  performedOn: isoDate,
  exercises: z.array(exerciseLogSchema).max(20),
  painBefore: score0to10,
  /** The highest pain during the session (NPRS). */
  painDuring: score0to10,
  /** Rating of perceived exertion, Borg CR10. */
  effort: score0to10,
  /** Pain spread further down the leg during or after the session (peripheralisation). */
  legPainSpread: z.boolean().default(false),
  /** New symptoms from the red-flag list: these re-run the screen at once. */
  newSymptoms: z.array(z.enum(journalSymptomIds)).max(10).default([]),
  notes: z.string().max(2000).optional(),
});

/** The next-morning check: pain and stiffness compared with usual. */
export const morningCheckSchema = z.strictObject({
  /** The morning it describes (the day after the session). */
  date: isoDate,
  pain: score0to10,
  stiffness: z.enum(['less', 'usual', 'more']),
  comparedWithUsual: z.enum(['better', 'same', 'worse']),
  /** New symptoms from the red-flag list, reported with the check: these re-run the screen. */
  newSymptoms: z.array(z.enum(journalSymptomIds)).max(10).default([]),
});

/**
 * Red-flag symptoms reported on their own, outside a session (allowed while the programme is
 * paused, with or without a plan): each report re-runs the screen (red-flags.md).
 */
export const symptomReportSchema = z.strictObject({
  reportedOn: isoDate,
  symptoms: z.array(z.enum(journalSymptomIds)).min(1).max(JOURNAL_RED_FLAG_SYMPTOMS.length),
});

export const measureRecordSchema = z.strictObject({
  instrument: z.enum(['nprs', 'odi', 'rmdq', 'psfs', 'pseq']),
  score: z.number().min(0).max(100),
  takenOn: isoDate,
});

/** A journal file: the sessions, the morning checks, repeated measures and symptom reports. */
export const journalSchema = z.strictObject({
  entries: z.array(journalEntrySchema).max(2000),
  morningChecks: z.array(morningCheckSchema).max(2000).default([]),
  measures: z.array(measureRecordSchema).max(500).default([]),
  symptomReports: z.array(symptomReportSchema).max(2000).default([]),
});

export type ExerciseLog = z.output<typeof exerciseLogSchema>;
export type JournalEntry = z.output<typeof journalEntrySchema>;
export type MorningCheck = z.output<typeof morningCheckSchema>;
export type MeasureRecord = z.output<typeof measureRecordSchema>;
export type SymptomReport = z.output<typeof symptomReportSchema>;
export type Journal = z.output<typeof journalSchema>;
export type JournalInput = z.input<typeof journalSchema>;
