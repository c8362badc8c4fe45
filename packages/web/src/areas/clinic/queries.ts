import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { getAllPages, getFirstItems } from '../../api/pages';
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
    queryFn: () => getAllPages<Patient>('/api/patients'),
  });
}

/** The clinic's open alerts. */
export function useClinicAlerts() {
  return useQuery({
    queryKey: keys.clinicAlerts,
    queryFn: () => getAllPages<Alert>('/api/alerts'),
  });
}

/** The clinic's staff: only an admin may list them, so it is asked for an admin only. */
export function useStaff() {
  const me = useMe();
  return useQuery({
    queryKey: keys.staff,
    enabled: me.data?.user.role === 'admin',
    staleTime: 5 * 60_000,
    queryFn: () => getAllPages<StaffMember>('/api/admin/staff'),
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
    queryFn: () => getAllPages<Alert>(`${base(id)}/alerts`),
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
    queryFn: () => getAllPages<Proposal>(`${base(id)}/proposals`),
  });
}

/** The journal entries the dashboard loads: the latest ones, newest first. */
export const JOURNAL_LIMIT = 60;

export function useJournal(id: string) {
  return useQuery({
    queryKey: keys.of(id, 'journal'),
    queryFn: () => getFirstItems<JournalItem>(`${base(id)}/journal`, JOURNAL_LIMIT),
  });
}

export function useMeasures(id: string) {
  return useQuery({
    queryKey: keys.of(id, 'measures'),
    queryFn: () => getAllPages<Measure>(`${base(id)}/measures`),
  });
}

export function useAssessments(id: string) {
  return useQuery({
    queryKey: keys.of(id, 'assessments'),
    queryFn: () => getAllPages<AssessmentSummary>(`${base(id)}/assessments`),
  });
}

export function usePlans(id: string) {
  return useQuery({
    queryKey: keys.of(id, 'plans'),
    queryFn: () => getAllPages<PlanSummary>(`${base(id)}/plans`),
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
