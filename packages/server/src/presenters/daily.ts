import {
  doseSchema,
  exerciseLogSchema,
  findingLevelRank,
  formatDose,
  type ExerciseProposal,
  type JournalEntry,
  type JournalRescreen,
  type MorningCheck,
} from '@backplan/core';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { readJson } from '../db/dialect.js';
import type { Database } from '../db/schema.js';

/** The daily loop as the API shows it: explicit mappings, never a database row as is. */
export type JournalEntryRow = Selectable<Database['journal_entry']>;
export type MorningCheckRow = Selectable<Database['morning_check']>;
export type ProposalRow = Selectable<Database['proposal']>;
export type AlertRow = Selectable<Database['alert']>;
export type FeedbackRow = Selectable<Database['feedback']>;
export type MeasureRow = Selectable<Database['measure']>;
export type PlanRow = Selectable<Database['plan']>;

/** What a journal row stores: the entry as validated, without its id (the row's). */
export type StoredEntry = Omit<JournalEntry, 'id'>;
export const storedEntry = (row: Pick<JournalEntryRow, 'entry'>) =>
  readJson(row.entry) as StoredEntry;
export const storedCheck = (row: Pick<MorningCheckRow, 'check'>) =>
  readJson(row.check) as MorningCheck;
export const storedProposal = (row: Pick<ProposalRow, 'proposal'>) =>
  readJson(row.proposal) as ExerciseProposal;

export const morningCheckView = z.object({
  id: z.string(),
  clientKey: z.string(),
  date: z.string(),
  pain: z.number(),
  stiffness: z.enum(['less', 'usual', 'more']),
  comparedWithUsual: z.enum(['better', 'same', 'worse']),
  createdAt: z.string(),
});

export function presentMorningCheck(row: MorningCheckRow): z.output<typeof morningCheckView> {
  const c = storedCheck(row);
  return {
    id: row.id,
    clientKey: row.client_key,
    date: row.date,
    pain: c.pain,
    stiffness: c.stiffness,
    comparedWithUsual: c.comparedWithUsual,
    createdAt: row.created_at,
  };
}

export const feedbackView = z.object({
  id: z.string(),
  journalEntryId: z.string().nullable(),
  authorId: z.string(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});

export function presentFeedback(
  row: FeedbackRow & { author_name?: string | null },
): z.output<typeof feedbackView> {
  return {
    id: row.id,
    journalEntryId: row.journal_entry_id,
    authorId: row.author_id,
    authorName: row.author_name ?? null,
    body: row.body,
    createdAt: row.created_at,
  };
}

export const journalEntryView = z.object({
  id: z.string(),
  planId: z.string(),
  clientKey: z.string(),
  performedOn: z.string(),
  exercises: z.array(exerciseLogSchema),
  painBefore: z.number(),
  painDuring: z.number(),
  effort: z.number(),
  legPainSpread: z.boolean(),
  newSymptoms: z.array(z.string()),
  notes: z.string().optional(),
  createdAt: z.string(),
});

export function presentJournalEntry(
  row: Pick<
    JournalEntryRow,
    'id' | 'plan_id' | 'client_key' | 'performed_on' | 'entry' | 'created_at'
  >,
): z.output<typeof journalEntryView> {
  const e = storedEntry(row);
  return {
    id: row.id,
    planId: row.plan_id,
    clientKey: row.client_key,
    performedOn: row.performed_on,
    exercises: e.exercises,
    painBefore: e.painBefore,
    painDuring: e.painDuring,
    effort: e.effort,
    legPainSpread: e.legPainSpread,
    newSymptoms: e.newSymptoms,
    ...(e.notes === undefined ? {} : { notes: e.notes }),
    createdAt: row.created_at,
  };
}

export const proposalView = z.object({
  id: z.string(),
  planId: z.string(),
  exerciseId: z.string(),
  name: z.string(),
  action: z.enum(['progress', 'hold', 'regress']),
  change: z
    .object({
      variable: z.string(),
      from: z.number(),
      to: z.number(),
      toExerciseId: z.string().optional(),
      dose: doseSchema,
      doseText: z.string(),
    })
    .nullable(),
  reasons: z.array(z.string()),
  evidence: z.array(z.string()),
  status: z.enum(['open', 'accepted', 'rejected', 'superseded']),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});

export function presentProposal(row: ProposalRow): z.output<typeof proposalView> {
  const p = storedProposal(row);
  const c = p.change;
  return {
    id: row.id,
    planId: row.plan_id,
    exerciseId: row.exercise_id,
    name: p.name,
    action: row.action,
    change:
      c === undefined
        ? null
        : {
            variable: c.variable,
            from: c.from,
            to: c.to,
            ...(c.toExerciseId === undefined ? {} : { toExerciseId: c.toExerciseId }),
            dose: c.dose,
            doseText: formatDose(c.dose),
          },
    reasons: [...p.reasons],
    evidence: [...p.evidence],
    status: row.status,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
  };
}

export const alertView = z.object({
  id: z.string(),
  patientId: z.string(),
  type: z.string(),
  level: z.enum(['warning', 'high', 'critical']),
  message: z.string(),
  onDate: z.string(),
  status: z.enum(['open', 'acknowledged']),
  acknowledgedBy: z.string().nullable(),
  createdAt: z.string(),
});

export function presentAlert(row: AlertRow): z.output<typeof alertView> {
  return {
    id: row.id,
    patientId: row.patient_id,
    type: row.type,
    level: row.level,
    message: row.message,
    onDate: row.on_date,
    status: row.status,
    acknowledgedBy: row.acknowledged_by,
    createdAt: row.created_at,
  };
}

export const measureView = z.object({
  id: z.string(),
  kind: z.string(),
  side: z.string().nullable(),
  value: z.number(),
  takenOn: z.string(),
  /** `patient`: answers the patient gave on their device; `clinic`: recorded by staff. */
  reportedBy: z.enum(['patient', 'clinic']),
  createdAt: z.string(),
});

export function presentMeasure(row: MeasureRow): z.output<typeof measureView> {
  return {
    id: row.id,
    kind: row.kind,
    side: row.side,
    value: row.value,
    takenOn: row.taken_on,
    // Only the patient's device sends a client key (questionnaires it answered).
    reportedBy: row.client_key === null ? 'clinic' : 'patient',
    createdAt: row.created_at,
  };
}

export const redFlagView = z.object({
  triage: z.enum(['emergency', 'urgent']),
  findings: z.array(
    z.object({
      flag: z.string(),
      flagName: z.string(),
      level: z.string(),
      action: z.string(),
      patientAction: z.string().optional(),
    }),
  ),
  /** The plain instruction for the patient: seek care now. */
  message: z.string(),
});

const FALLBACK_MESSAGE =
  'Stop your exercises and seek medical care now: call your doctor or go to an emergency department.';

/** The re-screen as the patient must see it, or null when it found no emergency or urgent flag. */
export function presentRedFlag(check: JournalRescreen | null): z.output<typeof redFlagView> | null {
  if (check === null || (check.triage !== 'emergency' && check.triage !== 'urgent')) return null;
  const worst = [...check.findings].sort(
    (a, b) => findingLevelRank(b.level) - findingLevelRank(a.level),
  );
  return {
    triage: check.triage,
    findings: worst.map((f) => ({
      flag: f.flag,
      flagName: f.flagName,
      level: f.level,
      action: f.action,
      ...(f.patientAction === undefined ? {} : { patientAction: f.patientAction }),
    })),
    message: worst.find((f) => f.patientAction !== undefined)?.patientAction ?? FALLBACK_MESSAGE,
  };
}
