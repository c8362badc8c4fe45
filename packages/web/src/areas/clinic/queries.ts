import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useMe } from '../../api/session';
import type {
  Alert,
  AssessmentSummary,
  Decision,
  JournalItem,
  Measure,
  Patient,
  PlanSummary,
  PlanVersion,
  Proposal,
  StaffMember,
} from './api-types';

/** Query keys of the clinic: everything of one patient sits under `['patient', id]`. */
export const keys = {
  patients: ['clinic', 'patients'] as const,
  clinicAlerts: ['clinic', 'alerts'] as const,
  staff: ['clinic', 'staff'] as const,
  patient: (id: string) => ['patient', id] as const,
  of: (id: string, what: string) => ['patient', id, what] as const,
  assessment: (id: string, assessmentId: string) =>
    ['patient', id, 'assessment', assessmentId] as const,
  plan: (id: string, planId: string) => ['patient', id, 'plan', planId] as const,
};

const base = (id: string) => `/api/patients/${encodeURIComponent(id)}`;

export function usePatients() {
  return useQuery({
    queryKey: keys.patients,
    queryFn: async () => (await api.get<{ patients: Patient[] }>('/api/patients')).patients,
  });
}

/** The clinic's open alerts. */
export function useClinicAlerts() {
  return useQuery({
    queryKey: keys.clinicAlerts,
    queryFn: async () => (await api.get<{ alerts: Alert[] }>('/api/alerts')).alerts,
  });
}

/** The clinic's staff: only an admin may list them, so it is asked for an admin only. */
export function useStaff() {
  const me = useMe();
  return useQuery({
    queryKey: keys.staff,
    enabled: me.data?.user.role === 'admin',
    staleTime: 5 * 60_000,
    queryFn: async () => (await api.get<{ staff: StaffMember[] }>('/api/admin/staff')).staff,
  });
}

export function usePatient(id: string) {
  return useQuery({
    queryKey: keys.patient(id),
    queryFn: async () => (await api.get<{ patient: Patient }>(base(id))).patient,
  });
}

export function usePatientAlerts(id: string) {
  return useQuery({
    queryKey: keys.of(id, 'alerts'),
    queryFn: async () => (await api.get<{ alerts: Alert[] }>(`${base(id)}/alerts`)).alerts,
  });
}

/** The patient's clinical decisions, newest first. */
export function useDecisions(id: string) {
  return useQuery({
    queryKey: keys.of(id, 'decisions'),
    queryFn: async () =>
      (await api.get<{ decisions: Decision[] }>(`${base(id)}/decisions`)).decisions,
  });
}

export function useProposals(id: string) {
  return useQuery({
    queryKey: keys.of(id, 'proposals'),
    queryFn: async () =>
      (await api.get<{ proposals: Proposal[] }>(`${base(id)}/proposals`)).proposals,
  });
}

/** The journal entries the dashboard loads: the latest ones, newest first. */
export const JOURNAL_LIMIT = 60;

export function useJournal(id: string) {
  return useQuery({
    queryKey: keys.of(id, 'journal'),
    queryFn: async () =>
      (await api.get<{ entries: JournalItem[] }>(`${base(id)}/journal?limit=${JOURNAL_LIMIT}`))
        .entries,
  });
}

export function useMeasures(id: string) {
  return useQuery({
    queryKey: keys.of(id, 'measures'),
    queryFn: async () => (await api.get<{ measures: Measure[] }>(`${base(id)}/measures`)).measures,
  });
}

export function useAssessments(id: string) {
  return useQuery({
    queryKey: keys.of(id, 'assessments'),
    queryFn: async () =>
      (await api.get<{ assessments: AssessmentSummary[] }>(`${base(id)}/assessments`)).assessments,
  });
}

export function usePlans(id: string) {
  return useQuery({
    queryKey: keys.of(id, 'plans'),
    queryFn: async () => (await api.get<{ plans: PlanSummary[] }>(`${base(id)}/plans`)).plans,
  });
}

/** One plan version (none while `planId` is undefined). */
export function usePlan(id: string, planId: string | undefined) {
  return useQuery({
    queryKey: keys.plan(id, planId ?? ''),
    enabled: planId !== undefined,
    staleTime: Infinity, // a plan version never changes
    queryFn: () => api.get<PlanVersion>(`${base(id)}/plans/${encodeURIComponent(planId ?? '')}`),
  });
}

/** The active plan version among a patient's versions, if any. */
export const activePlan = <P extends PlanSummary>(plans: readonly P[] | undefined) =>
  plans?.find((p) => p.status === 'active');

export { base as patientPath };
