import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Alert, Feedback, Measure, Patient, Proposal } from './api-types';
import { keys, patientPath } from './queries';

export interface NewPatientBody {
  displayName: string;
  email: string;
  therapistId?: string;
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

export function useAcknowledge(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (alertId: string) =>
      api.post<{ alert: Alert }>(
        `${patientPath(patientId)}/alerts/${encodeURIComponent(alertId)}/acknowledge`,
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.clinicAlerts }),
        client.invalidateQueries({ queryKey: keys.of(patientId, 'alerts') }),
      ]),
  });
}

export interface DecisionResult {
  proposal: Proposal;
  plan: { id: string; version: number } | null;
}

export function useDecide(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { proposalId: string; decision: 'accept' | 'reject' }) =>
      api.post<DecisionResult>(
        `${patientPath(patientId)}/proposals/${encodeURIComponent(v.proposalId)}/decision`,
        { decision: v.decision },
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
