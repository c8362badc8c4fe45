import type { ExerciseLog } from '@backplan/core';

/**
 * The daily loop's shapes as the API sends them, shared by the patient's and the clinic's
 * screens; they mirror the server's presenters (packages/server/src/presenters/daily.ts).
 */
export type { ExerciseLog };
export type Completion = ExerciseLog['completion'];

export interface Feedback {
  readonly id: string;
  readonly journalEntryId: string | null;
  readonly authorId: string;
  readonly authorName: string | null;
  readonly body: string;
  readonly createdAt: string;
}

export interface MorningCheck {
  readonly id: string;
  readonly date: string;
  readonly pain: number;
  readonly stiffness: 'less' | 'usual' | 'more';
  readonly comparedWithUsual: 'better' | 'same' | 'worse';
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
