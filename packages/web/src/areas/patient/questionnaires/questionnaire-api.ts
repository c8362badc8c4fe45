import type { DueReason, RepeatedOutcome } from '@backplan/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { localDate } from '../dates';
import { patientKey, patientPath, usePatientId } from '../patient-api';

/**
 * The repeated questionnaires as the server presents them (packages/server/src/presenters/
 * questionnaire.ts): the items and options come from the core's instrument data, so the browser
 * renders what the server scores. Only types from `@backplan/core`: Today imports this file.
 */
export interface QuestionnaireOption {
  /** What the answer holds: the option's position, lowest score first. */
  readonly value: number;
  readonly label: string;
}

export interface QuestionnaireItem {
  readonly id: string;
  readonly number: number;
  readonly label: string;
  readonly options: readonly QuestionnaireOption[];
}

export interface DueQuestionnaire {
  readonly instrument: RepeatedOutcome;
  readonly name: string;
  readonly abbreviation: string;
  readonly reason: DueReason;
  readonly dueSince: string;
  readonly lastAnsweredOn: string | null;
  readonly higherIsBetter: boolean;
  readonly range: { readonly min: number; readonly max: number };
  readonly maxSkipped: number;
  readonly items: readonly QuestionnaireItem[];
}

export interface DueQuestionnaires {
  readonly asOf: string;
  readonly questionnaires: readonly DueQuestionnaire[];
  readonly nextOn: string | null;
}

export interface QuestionnaireResponse {
  readonly id: string;
  readonly instrument: RepeatedOutcome;
  readonly score: number;
  readonly higherIsBetter: boolean;
  readonly range: { readonly min: number; readonly max: number };
  readonly takenOn: string;
}

/** What is due on the patient's own calendar day. */
export function useDueQuestionnaires() {
  const patientId = usePatientId();
  const date = localDate(new Date());
  return useQuery({
    queryKey: [...patientKey(patientId), 'questionnaires', date],
    queryFn: () =>
      api.get<DueQuestionnaires>(`${patientPath(patientId)}/questionnaires/due?date=${date}`),
  });
}

export const responsesPath = (patientId: string) =>
  `${patientPath(patientId)}/questionnaire-responses`;

/** Which plain-language reason to show: the review, the two-weekly repeat, or a first repeat. */
export function whyKey(q: Pick<DueQuestionnaire, 'reason' | 'lastAnsweredOn'>): string {
  if (q.reason === 'review') return 'questionnaires.why.review';
  return q.lastAnsweredOn === null
    ? 'questionnaires.why.intervalFirst'
    : 'questionnaires.why.interval';
}
