import {
  doseSchema,
  exerciseLogSchema,
  formatDose,
  type ExerciseProposal,
  type JournalEntry,
  type MorningCheck,
} from '@backplan/core';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { readJson } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import {
  presentSafetyDetail,
  readSafetyDetail,
  SAFETY_OUTCOMES,
  safetyDetailView,
} from './safety.js';

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
/** A stored morning check; those stored before checks carried symptoms report none. */
export function storedCheck(row: Pick<MorningCheckRow, 'check'>): MorningCheck {
  const check = readJson(row.check) as Omit<MorningCheck, 'newSymptoms'> & {
    newSymptoms?: MorningCheck['newSymptoms'];
  };
  return { ...check, newSymptoms: check.newSymptoms ?? [] };
}
export const storedProposal = (row: Pick<ProposalRow, 'proposal'>) =>
  readJson(row.proposal) as ExerciseProposal;

export const morningCheckView = z.object({
  id: z.string(),
  clientKey: z.string(),
  date: z.string(),
  pain: z.number(),
  stiffness: z.enum(['less', 'usual', 'more']),
  comparedWithUsual: z.enum(['better', 'same', 'worse']),
  newSymptoms: z.array(z.string()),
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
    newSymptoms: [...c.newSymptoms],
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
  /** The reason of a rejection, or the note on an acceptance. */
  decisionNote: z.string().nullable(),
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
    decisionNote: row.decision_note,
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
  acknowledgedByName: z.string().nullable(),
  /** What the clinician recorded: required to close a red-flag alert, null for the others. */
  outcome: z.enum(SAFETY_OUTCOMES).nullable(),
  note: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** A red-flag alert's source, symptoms and findings; null for other alerts. */
  detail: safetyDetailView.nullable(),
  /** What the alert proposes (the critical engagement alert); null once it is done. */
  action: z.enum(['mark-disengaged']).nullable(),
  createdAt: z.string(),
});

/** An alert row with the names and facts its view needs (`db/alert-rows.ts`). */
export type AlertViewRow = AlertRow & {
  readonly acknowledged_by_name: string | null;
  readonly patient_disengaged_at: string | null;
};

export function presentAlert(row: AlertViewRow): z.output<typeof alertView> {
  const detail = row.type === 'red-flag' ? readSafetyDetail(row.detail) : null;
  const proposed = row.type === 'red-flag' ? null : alertActionOf(row.detail);
  return {
    id: row.id,
    patientId: row.patient_id,
    type: row.type,
    level: row.level,
    message: row.message,
    onDate: row.on_date,
    status: row.status,
    acknowledgedBy: row.acknowledged_by,
    acknowledgedByName: row.acknowledged_by_name,
    outcome: row.outcome,
    note: row.note,
    decidedAt: row.decided_at,
    detail: detail === null ? null : presentSafetyDetail(detail),
    action: proposed === 'mark-disengaged' && row.patient_disengaged_at === null ? proposed : null,
    createdAt: row.created_at,
  };
}

/** The action an alert proposes, kept in its detail by the re-evaluation. */
function alertActionOf(detail: unknown): 'mark-disengaged' | null {
  if (detail === null || detail === undefined) return null;
  const d = readJson(detail) as { action?: unknown } | null;
  return d?.action === 'mark-disengaged' ? 'mark-disengaged' : null;
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
