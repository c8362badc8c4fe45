import type { Frequency } from '@backplan/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { getAllPages, getFirstItems } from '../../api/pages';
import type {
  Feedback,
  JournalEntry,
  JournalItem,
  Measure,
  PlanVersion,
  SafetyDecision,
  SafetySource,
} from '../../api/types';
import { useMe } from '../../api/session';
import { localDate } from './dates';

/**
 * The patient's side of the API as the screens use it: the shapes mirror the server's presenters
 * (packages/server/src/presenters/daily.ts and commands/today.ts).
 */
export type {
  Completion,
  ExerciseLog,
  Feedback,
  JournalEntry,
  JournalItem,
  Measure,
  MorningCheck,
  PlanVersion,
  RedFlagAnswer,
  SafetyDecision,
} from '../../api/types';

export interface TodayExercise {
  readonly exerciseId: string;
  readonly name: string;
  readonly dose: string;
  readonly frequency: Frequency & { readonly text: string };
  readonly minutes: number;
  readonly loggedToday: boolean;
}

export interface TodayLesson {
  readonly lessonId: string;
  readonly title: string;
  readonly summary: string;
  readonly minutes: number;
}

export interface TodayActivity {
  readonly activity: string;
  readonly minutesPerDay: number;
  readonly daysPerWeek: number;
}

export interface TodaySafety {
  readonly state: 'urgent' | 'emergency';
  readonly since: string;
  readonly source: SafetySource | null;
  readonly symptoms: readonly string[];
  /** What to do, in the words of the findings (the core's patient actions). */
  readonly instructions: readonly string[];
}

/**
 * The patient's day (commands/today.ts). `preparing`: no published plan yet; `paused`: a red flag
 * stopped the programme until a clinician records a decision (no exercises are listed then).
 */
export interface Today {
  readonly date: string;
  readonly status: 'active' | 'paused' | 'preparing';
  readonly safety: TodaySafety | null;
  /** The clinician's latest safety decision, for 14 days after it. */
  readonly lastDecision: SafetyDecision | null;
  readonly clinic: { readonly name: string; readonly phone: string | null };
  readonly planId: string | null;
  readonly planVersion: number | null;
  readonly weekOfPlan: number | null;
  readonly exercises: readonly TodayExercise[];
  readonly logged: readonly JournalEntry[];
  readonly activity: TodayActivity | null;
  readonly lessons: readonly TodayLesson[];
  readonly feedback: readonly Feedback[];
  readonly morningCheckDue: { date: string; sessionOn: string } | null;
}

/** The signed-in patient's id (the area is only mounted for patients, so it is there). */
export function usePatientId(): string {
  return useMe().data?.user.patientId ?? '';
}

export const patientKey = (patientId: string) => ['patient', patientId] as const;

const base = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}`;

/** The day as the patient's own calendar has it, so "today" matches the phone's date. */
export function useToday() {
  const patientId = usePatientId();
  const date = localDate(new Date());
  return useQuery({
    queryKey: [...patientKey(patientId), 'today', date],
    queryFn: () => api.get<{ today: Today }>(`${base(patientId)}/today?date=${date}`),
    select: (r) => r.today,
  });
}

/** One plan version of the patient's (none while `planId` is null or undefined). */
export function usePlan(planId: string | null | undefined) {
  const patientId = usePatientId();
  return useQuery({
    queryKey: [...patientKey(patientId), 'plan', planId],
    queryFn: () =>
      api.get<PlanVersion>(`${base(patientId)}/plans/${encodeURIComponent(planId ?? '')}`),
    enabled: typeof planId === 'string',
    // A plan version never changes: a new version has a new id.
    staleTime: Infinity,
  });
}

export function useJournal(limit: number) {
  const patientId = usePatientId();
  return useQuery({
    queryKey: [...patientKey(patientId), 'journal', limit],
    queryFn: () => getFirstItems<JournalItem>(`${base(patientId)}/journal`, limit),
    // Asking for more keeps the entries on screen while the rest arrive.
    placeholderData: keepPreviousData,
  });
}

export function useMeasures() {
  const patientId = usePatientId();
  return useQuery({
    queryKey: [...patientKey(patientId), 'measures'],
    queryFn: () => getAllPages<Measure>(`${base(patientId)}/measures`),
  });
}

export const journalPath = (patientId: string) => `${base(patientId)}/journal`;
export const morningChecksPath = (patientId: string) => `${base(patientId)}/morning-checks`;
export const symptomReportsPath = (patientId: string) => `${base(patientId)}/symptom-reports`;
export { base as patientPath };
