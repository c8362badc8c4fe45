import type { AlertLevel, Patient, PatientSafety } from '../api-types';
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
  /** The safety state in words with its age ("Reported new bladder change, 2 hours ago"). */
  readonly safetyReason: string | null;
}

const SAFETY_RANK: Record<PatientSafety['state'], number> = { emergency: 0, urgent: 1 };

/**
 * Who needs attention first: a safety state (emergency, then urgent) above every alert, then
 * critical, high, warning alerts, then patients with no plan yet, then the rest.
 */
export function attentionRank(row: PatientRowData): number {
  const safety = row.patient.safety;
  if (safety !== null) return SAFETY_RANK[safety.state];
  if (row.level !== null) return 2 + levelRank(row.level);
  return row.planVersion === null ? 5 : 6;
}

/**
 * Among patients in the same safety state, the newest first: nobody has acted on it yet, and the
 * older ones stay right below with how long ago they began.
 */
const bySafetySince = (a: PatientRowData, b: PatientRowData) =>
  (b.patient.safety?.since ?? '').localeCompare(a.patient.safety?.since ?? '');

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
          attentionRank(a) - attentionRank(b) ||
          bySafetySince(a, b) ||
          b.alertCount - a.alertCount ||
          byName(a, b),
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
  const haystack = [
    row.patient.displayName,
    row.patient.status,
    row.statusLabel,
    row.therapistName,
    row.safetyReason ?? '',
  ]
    .join(' ')
    .toLocaleLowerCase();
  return words.every((w) => haystack.includes(w));
}
