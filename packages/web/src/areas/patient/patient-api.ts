import type { Frequency } from '@backplan/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client';
import type { Feedback, JournalEntry, JournalItem, Measure, PlanVersion } from '../../api/types';
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
} from '../../api/types';

export interface TodayExercise {
  readonly exerciseId: string;
  readonly name: string;
  readonly dose: string;
  readonly frequency: Frequency & { readonly text: string };
  readonly minutes: number;
  readonly loggedToday: boolean;
}

export interface Today {
  readonly date: string;
  readonly planId: string;
  readonly planVersion: number;
  readonly weekOfPlan: number;
  readonly exercises: readonly TodayExercise[];
  readonly logged: readonly JournalEntry[];
  readonly activity: { activity: string; minutesPerDay: number; daysPerWeek: number };
  readonly lessons: readonly {
    lessonId: string;
    title: string;
    summary: string;
    minutes: number;
  }[];
  readonly feedback: readonly Feedback[];
  readonly morningCheckDue: { date: string; sessionOn: string } | null;
}

export interface RedFlag {
  readonly triage: 'emergency' | 'urgent';
  readonly findings: readonly { flag: string; flagName: string; patientAction?: string }[];
  readonly message: string;
}

/** The signed-in patient's id (the area is only mounted for patients, so it is there). */
export function usePatientId(): string {
  return useMe().data?.user.patientId ?? '';
}

export const patientKey = (patientId: string) => ['patient', patientId] as const;

const base = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}`;

/** Today's 404: the patient has no published plan yet. */
export const isNoPlan = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'not-found';

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

export function usePlan(planId: string | undefined) {
  const patientId = usePatientId();
  return useQuery({
    queryKey: [...patientKey(patientId), 'plan', planId],
    queryFn: () =>
      api.get<PlanVersion>(`${base(patientId)}/plans/${encodeURIComponent(planId ?? '')}`),
    enabled: planId !== undefined,
    // A plan version never changes: a new version has a new id.
    staleTime: Infinity,
  });
}

export function useJournal(limit: number) {
  const patientId = usePatientId();
  return useQuery({
    queryKey: [...patientKey(patientId), 'journal', limit],
    queryFn: () => api.get<{ entries: JournalItem[] }>(`${base(patientId)}/journal?limit=${limit}`),
    select: (r) => r.entries,
    // Asking for more keeps the entries on screen while the rest arrive.
    placeholderData: keepPreviousData,
  });
}

export function useMeasures() {
  const patientId = usePatientId();
  return useQuery({
    queryKey: [...patientKey(patientId), 'measures'],
    queryFn: () => api.get<{ measures: Measure[] }>(`${base(patientId)}/measures`),
    select: (r) => r.measures,
  });
}

export const journalPath = (patientId: string) => `${base(patientId)}/journal`;
export const morningChecksPath = (patientId: string) => `${base(patientId)}/morning-checks`;
export { base as patientPath };
