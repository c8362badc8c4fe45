import type { AssessmentInput } from '@backplan/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type {
  AssessmentSummaryView,
  AssessmentView,
  PatientView,
  PlanEdit,
  PlanSummaryView,
  PlanVersionView,
  PlanWarningView,
  PreviewView,
  RedFlagReviewView,
} from './types';

/**
 * The intake screens' reads and writes, through the one HTTP client. Every key starts with the
 * kind of data and carries the patient id, so a write can refresh everything about that patient
 * (the clinic dashboard's queries included) without knowing their exact keys.
 */
const base = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}`;

export const intakeKeys = {
  patient: (patientId: string) => ['patient', patientId] as const,
  assessments: (patientId: string) => ['assessments', patientId] as const,
  assessment: (patientId: string, id: string) => ['assessment', patientId, id] as const,
  plans: (patientId: string) => ['plans', patientId] as const,
  plan: (patientId: string, id: string) => ['plan', patientId, id] as const,
};

function useRefreshPatient(patientId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => q.queryKey.includes(patientId) });
}

export function usePatient(patientId: string) {
  return useQuery({
    queryKey: intakeKeys.patient(patientId),
    queryFn: () => api.get<{ patient: PatientView }>(base(patientId)).then((r) => r.patient),
  });
}

export function useAssessments(patientId: string) {
  return useQuery({
    queryKey: intakeKeys.assessments(patientId),
    queryFn: () =>
      api
        .get<{ assessments: AssessmentSummaryView[] }>(`${base(patientId)}/assessments`)
        .then((r) => r.assessments),
  });
}

/** One assessment with its result, as a query's options (for `useQuery` or `client.query`). */
export function assessmentQuery(patientId: string, assessmentId: string) {
  return {
    queryKey: intakeKeys.assessment(patientId, assessmentId),
    queryFn: () =>
      api
        .get<{ assessment: AssessmentView }>(
          `${base(patientId)}/assessments/${encodeURIComponent(assessmentId)}`,
        )
        .then((r) => r.assessment),
  };
}

export function useAssessment(patientId: string, assessmentId: string) {
  return useQuery(assessmentQuery(patientId, assessmentId));
}

export function useRecordAssessment(patientId: string) {
  const refresh = useRefreshPatient(patientId);
  return useMutation({
    mutationFn: (assessment: AssessmentInput) =>
      api
        .post<{ assessment: AssessmentView }>(`${base(patientId)}/assessments`, { assessment })
        .then((r) => r.assessment),
    onSuccess: refresh,
  });
}

export interface ReviewBody {
  readonly reviewedBy: string;
  readonly reviewedOn: string;
  readonly outcome: string;
}

export function useRecordReview(patientId: string, assessmentId: string) {
  const refresh = useRefreshPatient(patientId);
  return useMutation({
    mutationFn: (body: ReviewBody) =>
      api
        .post<{ review: RedFlagReviewView }>(
          `${base(patientId)}/assessments/${encodeURIComponent(assessmentId)}/red-flag-review`,
          body,
        )
        .then((r) => r.review),
    onSuccess: refresh,
  });
}

export interface MakePlanBody {
  readonly assessmentId: string;
  readonly minutesPerDay?: number;
  readonly startDate?: string;
}

export function useMakePlan(patientId: string) {
  const refresh = useRefreshPatient(patientId);
  return useMutation({
    mutationFn: (body: MakePlanBody) => api.post<PlanVersionView>(`${base(patientId)}/plans`, body),
    onSuccess: refresh,
  });
}

export function usePlans(patientId: string) {
  return useQuery({
    queryKey: intakeKeys.plans(patientId),
    queryFn: () =>
      api.get<{ plans: PlanSummaryView[] }>(`${base(patientId)}/plans`).then((r) => r.plans),
  });
}

export function usePlan(patientId: string, planId: string) {
  return useQuery({
    queryKey: intakeKeys.plan(patientId, planId),
    queryFn: () =>
      api.get<PlanVersionView>(`${base(patientId)}/plans/${encodeURIComponent(planId)}`),
  });
}

/**
 * The plan as it would be after the edits, with the core's warnings. Nothing is stored, so it is
 * a query keyed on the edits; the last preview stays on screen while the next one loads.
 */
export function usePreviewEdits(patientId: string, planId: string, edits: readonly PlanEdit[]) {
  return useQuery({
    queryKey: ['plan-preview', patientId, planId, edits] as const,
    queryFn: () =>
      api.post<PreviewView>(
        `${base(patientId)}/plans/${encodeURIComponent(planId)}/preview-edits`,
        { edits },
      ),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function usePublishPlan(patientId: string, planId: string) {
  const refresh = useRefreshPatient(patientId);
  return useMutation({
    mutationFn: (edits: readonly PlanEdit[]) =>
      api.post<PlanVersionView & { warnings: PlanWarningView[] }>(
        `${base(patientId)}/plans/${encodeURIComponent(planId)}/publish`,
        { edits },
      ),
    onSuccess: refresh,
  });
}
