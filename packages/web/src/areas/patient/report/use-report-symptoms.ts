import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { patientKey, symptomReportsPath, usePatientId, type RedFlagAnswer } from '../patient-api';

export interface SymptomReportBody {
  readonly clientKey: string;
  readonly reportedOn: string;
  readonly symptoms: readonly string[];
  readonly notes?: string;
}

export interface SymptomReportResult {
  readonly report: { readonly id: string; readonly symptoms: readonly string[] };
  readonly redFlag: RedFlagAnswer | null;
}

/** Sends a symptom report (allowed with or without a plan, and while the programme is paused). */
export function useReportSymptoms() {
  const patientId = usePatientId();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: SymptomReportBody) =>
      api.post<SymptomReportResult>(symptomReportsPath(patientId), body),
    // The day may now be paused: read it again.
    onSuccess: () => queries.invalidateQueries({ queryKey: patientKey(patientId) }),
  });
}
