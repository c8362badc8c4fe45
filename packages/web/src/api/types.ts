import type { ExerciseLog, GoalProgress, MorningCheck as CheckAnswers, Plan } from '@backplan/core';

/**
 * The API's answers that both the patient's and the clinic's screens read; they mirror the
 * server's presenters (packages/server/src/presenters/daily.ts and clinical.ts).
 */
export type { Completion, ExerciseLog } from '@backplan/core';

export interface Feedback {
  readonly id: string;
  readonly journalEntryId: string | null;
  readonly authorId: string;
  readonly authorName: string | null;
  readonly body: string;
  readonly createdAt: string;
}

/** The core's next-morning check as stored, with its id. */
export interface MorningCheck extends CheckAnswers {
  readonly id: string;
}

export interface JournalEntry {
  readonly id: string;
  readonly planId: string;
  readonly performedOn: string;
  readonly exercises: readonly ExerciseLog[];
  readonly painBefore: number;
  readonly painDuring: number;
  readonly effort: number;
  readonly legPainSpread: boolean;
  readonly newSymptoms: readonly string[];
  readonly notes?: string;
  readonly createdAt: string;
}

/** A journal entry with its next-morning check and the therapist's comments on it. */
export interface JournalItem extends JournalEntry {
  readonly morningCheck: MorningCheck | null;
  readonly comments: readonly Feedback[];
}

export interface Measure {
  readonly id: string;
  readonly kind: string;
  readonly side: string | null;
  readonly value: number;
  readonly takenOn: string;
  readonly createdAt: string;
}

export interface PlanSummary {
  readonly id: string;
  readonly patientId: string;
  readonly episodeId: string;
  readonly assessmentId: string;
  readonly version: number;
  readonly status: 'draft' | 'active' | 'superseded';
  readonly ruleVersion: string;
  readonly createdAt: string;
}

/** One version of a plan (`GET /api/patients/:id/plans/:planId`): a new version has a new id. */
export interface PlanVersion extends PlanSummary {
  readonly plan: Plan;
  /** The plan's goals re-scored with the patient's latest measures (one per goal). */
  readonly goalProgress: readonly GoalProgress[];
}

/** The patient-level safety state (packages/server commands/safety.ts). */
export type SafetyState = 'clear' | 'urgent' | 'emergency';

/** What a clinician recorded when closing a safety alert. */
export const SAFETY_OUTCOMES = ['emergency-care', 'referred', 'cleared', 'discharged'] as const;
export type SafetyOutcome = (typeof SAFETY_OUTCOMES)[number];

/** Where a safety state came from. */
export type SafetySource =
  'intake' | 'reassessment' | 'journal' | 'morning-check' | 'symptom-report';

/** The latest safety decision, as the patient and the clinic see it. */
export interface SafetyDecision {
  readonly outcome: SafetyOutcome;
  readonly note: string | null;
  readonly decidedAt: string;
}

/**
 * The re-screen's answer to a journal entry, morning check or symptom report (`redFlagView`):
 * null when no red-flag symptom was reported.
 */
export interface RedFlagAnswer {
  readonly triage: string;
  readonly safety: SafetyState;
  readonly symptoms: readonly string[];
  readonly findings: readonly {
    readonly flagName: string;
    readonly level: string;
    readonly patientAction?: string;
  }[];
  /** The programme is paused: Today shows what to do instead of exercises. */
  readonly paused: boolean;
}
