import type { AssessmentInput } from '@backplan/core';
import type { SafetyOutcome } from '../../../api/types';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { PlanVersion } from '../api-types';
import { keys, patientPath as base } from '../queries';
import type {
  AssessmentView,
  PlanEdit,
  PlanWarningView,
  PreviewView,
  RedFlagReviewView,
} from './types';

/**
 * The intake screens' reads and writes, through the one HTTP client and under the clinic's query
 * keys: the lists of assessments and plans and a plan version are read with the dashboard's hooks
 * (`../queries`), and a write here refreshes everything about the patient (`keys.patient`).
 */
function useRefreshPatient(patientId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: keys.patient(patientId) });
}

/** One assessment with its result, as a query's options (for `useQuery` or `client.query`). */
export function assessmentQuery(patientId: string, assessmentId: string) {
  return {
    queryKey: keys.assessment(patientId, assessmentId),
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

export function useRecordReview(patientId: string, assessmentId: string) {
  const refresh = useRefreshPatient(patientId);
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { outcome: SafetyOutcome; note?: string }) =>
      api
        .post<{ review: RedFlagReviewView }>(
          `${base(patientId)}/assessments/${encodeURIComponent(assessmentId)}/red-flag-review`,
          body,
        )
        .then((r) => r.review),
    // The decision closes the patient's safety alerts and may resume the programme.
    onSuccess: async () => {
      await Promise.all([
        refresh(),
        client.invalidateQueries({ queryKey: keys.patients }),
        client.invalidateQueries({ queryKey: keys.clinicAlerts }),
      ]);
    },
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
    mutationFn: (body: MakePlanBody) => api.post<PlanVersion>(`${base(patientId)}/plans`, body),
    onSuccess: refresh,
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
      api.post<PlanVersion & { warnings: PlanWarningView[] }>(
        `${base(patientId)}/plans/${encodeURIComponent(planId)}/publish`,
        { edits },
      ),
    onSuccess: refresh,
  });
}
