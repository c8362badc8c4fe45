import type { AlertLevel, Patient } from '../api-types';
import { levelRank } from '../alert-levels';

export type SortKey = 'attention' | 'name' | 'recent';
export const SORT_KEYS: readonly SortKey[] = ['attention', 'name', 'recent'];

/** A patient as the list shows them: the record joined with their alerts, plan and therapist. */
export interface PatientRowData {
  readonly patient: Patient;
  /** False while the alerts are loading or when they failed to load. */
  readonly alertsKnown: boolean;
  readonly alertCount: number;
  readonly level: AlertLevel | null;
  /** The active plan's version; null when there is none. */
  readonly planVersion: number | null;
  readonly therapistName: string;
  readonly statusLabel: string;
}

/**
 * Who needs attention first: critical, high, warning alerts, then patients with no plan yet,
 * then the rest.
 */
export function attentionRank(row: PatientRowData): number {
  if (row.level !== null) return levelRank(row.level);
  return row.planVersion === null ? 3 : 4;
}

const lastActive = (row: PatientRowData) => row.patient.lastSessionOn ?? row.patient.createdAt;

const byName = (a: PatientRowData, b: PatientRowData) =>
  a.patient.displayName.localeCompare(b.patient.displayName);

/** The rows in the chosen order (a new array). */
export function sortRows(rows: readonly PatientRowData[], key: SortKey): PatientRowData[] {
  const sorted = [...rows];
  switch (key) {
    case 'attention':
      return sorted.sort(
        (a, b) =>
          attentionRank(a) - attentionRank(b) || b.alertCount - a.alertCount || byName(a, b),
      );
    case 'name':
      return sorted.sort(byName);
    case 'recent':
      // The latest session logged, or when the patient was added if they have logged none.
      return sorted.sort((a, b) => lastActive(b).localeCompare(lastActive(a)) || byName(a, b));
  }
}

/** Whether a row matches the search words (each word in the name, status or therapist). */
export function matchesSearch(row: PatientRowData, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [row.patient.displayName, row.patient.status, row.statusLabel, row.therapistName]
    .join(' ')
    .toLocaleLowerCase();
  return words.every((w) => haystack.includes(w));
}
