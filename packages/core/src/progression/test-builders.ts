/** Small builders with fixed dates for progression tests. */
import type { Journal, JournalEntry, MorningCheck, SymptomReport } from './journal.js';
import type { PlanForProgress } from './plan-for-progress.js';

export const START = '2026-11-02';

export const PLAN: PlanForProgress = {
  startDate: START,
  exercises: [
    {
      exerciseId: 'glute-bridge',
      name: 'Glute bridge',
      level: 1,
      dose: { kind: 'reps', sets: 2, reps: 10, perSide: false },
      frequency: { timesPerDay: 1, daysPerWeek: 3 },
    },
    {
      exerciseId: 'prone-on-elbows',
      name: 'Prone on elbows',
      level: 1,
      dose: { kind: 'hold', sets: 1, holdSeconds: 60, perSide: false },
      frequency: { timesPerDay: 3, daysPerWeek: 7 },
    },
    {
      exerciseId: 'bird-dog',
      name: 'Bird-dog',
      level: 2,
      dose: { kind: 'hold', sets: 6, holdSeconds: 8, perSide: true },
      frequency: { timesPerDay: 1, daysPerWeek: 7 },
    },
    {
      exerciseId: 'clamshell',
      name: 'Clamshell',
      level: 1,
      dose: { kind: 'reps', sets: 2, reps: 12, perSide: true },
      frequency: { timesPerDay: 1, daysPerWeek: 3 },
    },
  ],
};

/** A comfortable session of the given exercises on a date. */
export function session(
  performedOn: string,
  exerciseIds: readonly string[],
  over: Partial<JournalEntry> = {},
): JournalEntry {
  return {
    id: `s-${performedOn}`,
    performedOn,
    exercises: exerciseIds.map((exerciseId) => ({ exerciseId, completion: 'done' as const })),
    painBefore: 3,
    painDuring: 4,
    effort: 5,
    legPainSpread: false,
    newSymptoms: [],
    ...over,
  };
}

export function morning(date: string, over: Partial<MorningCheck> = {}): MorningCheck {
  return {
    date,
    pain: 3,
    stiffness: 'usual',
    comparedWithUsual: 'same',
    newSymptoms: [],
    ...over,
  };
}

export function journal(
  entries: JournalEntry[],
  morningChecks: MorningCheck[] = [],
  symptomReports: SymptomReport[] = [],
): Journal {
  return { entries, morningChecks, measures: [], symptomReports };
}
