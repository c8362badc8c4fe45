import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Dose } from '@backplan/core';
import type { SafetyOutcome } from '../../api/types';
import type { Alert, EmergencyContact, Feedback, Measure, Patient, Proposal } from './api-types';
import { keys, patientPath } from './queries';

export interface NewPatientBody {
  displayName: string;
  email: string;
  therapistId?: string;
  phone?: string;
}

export interface NewPatientResult {
  patient: Patient;
  invite: { url: string; expiresAt: string };
}

export function useCreatePatient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPatientBody) => api.post<NewPatientResult>('/api/patients', body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.patients }),
  });
}

/** Refreshes what a decision about a patient changes: their record, the list, the alerts. */
function useRefreshAfterDecision(patientId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.clinicAlerts }),
      client.invalidateQueries({ queryKey: keys.patients }),
      client.invalidateQueries({ queryKey: keys.patient(patientId) }),
    ]);
}

export interface AcknowledgeBody {
  /** Required for a red-flag alert: what was done. */
  outcome?: SafetyOutcome;
  note?: string;
}

/** Closes an alert: a red-flag one with its outcome, any other with an optional note. */
export function useAcknowledge(patientId: string) {
  const refresh = useRefreshAfterDecision(patientId);
  return useMutation({
    mutationFn: (v: { alertId: string; body: AcknowledgeBody }) =>
      api.post<{ alert: Alert }>(
        `${patientPath(patientId)}/alerts/${encodeURIComponent(v.alertId)}/acknowledge`,
        v.body,
      ),
    onSuccess: refresh,
  });
}

/** Marks the patient disengaged (or not): no progression is proposed while they are. */
export function useMarkEngagement(patientId: string) {
  const refresh = useRefreshAfterDecision(patientId);
  return useMutation({
    mutationFn: (disengaged: boolean) =>
      api.post<{ disengagedAt: string | null }>(`${patientPath(patientId)}/engagement`, {
        disengaged,
      }),
    onSuccess: refresh,
  });
}

export interface ContactBody {
  phone: string | null;
  emergencyContact: EmergencyContact | null;
}

export function useUpdateContact(patientId: string) {
  const refresh = useRefreshAfterDecision(patientId);
  return useMutation({
    mutationFn: (body: ContactBody) =>
      api.patch<{ patient: Patient }>(patientPath(patientId), body),
    onSuccess: refresh,
  });
}

export interface DecisionResult {
  proposal: Proposal;
  plan: { id: string; version: number } | null;
  /** The core's warnings on the published dose (a `dose-jump` when it rose by over half). */
  warnings: { code: string; subject: string; message: string; evidence: string[] }[];
}

export type DecisionBody =
  { decision: 'accept'; dose?: Dose; note?: string } | { decision: 'reject'; reason: string };

export function useDecide(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { proposalId: string; body: DecisionBody }) =>
      api.post<DecisionResult>(
        `${patientPath(patientId)}/proposals/${encodeURIComponent(v.proposalId)}/decision`,
        v.body,
      ),
    // A new plan version, and the other proposals moved to it: refresh the patient's record.
    onSettled: () => client.invalidateQueries({ queryKey: keys.patient(patientId) }),
  });
}

export function useSendFeedback(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { body: string; journalEntryId?: string }) =>
      api.post<{ feedback: Feedback }>(`${patientPath(patientId)}/feedback`, body),
    onSuccess: (_result, body) =>
      body.journalEntryId === undefined
        ? undefined
        : client.invalidateQueries({ queryKey: keys.of(patientId, 'journal') }),
  });
}

export interface MeasureBody {
  kind: string;
  side?: 'left' | 'right';
  /** Absent when the field is empty: the server names it in its 400. */
  value?: number;
  takenOn: string;
}

export function useRecordMeasure(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MeasureBody) =>
      api.post<{ measure: Measure }>(`${patientPath(patientId)}/measures`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.of(patientId, 'measures') }),
  });
}
