import { describe, expect, it } from 'vitest';
import type { AlertLevel, Patient, PatientSafety } from '../api-types';
import { sortRows, type PatientRowData } from './patient-order';

const safety = (state: PatientSafety['state'], since: string): PatientSafety => ({
  state,
  since,
  source: 'journal',
  symptoms: ['bladder-change'],
  findings: [{ flagName: 'Cauda equina', level: 'emergency' }],
});

function row(
  name: string,
  level: AlertLevel | null,
  s: PatientSafety | null = null,
  planVersion: number | null = 1,
): PatientRowData {
  const patient = {
    id: name,
    displayName: name,
    email: `${name}@example.test`,
    therapistId: 't',
    status: 'active',
    hasAccount: true,
    createdAt: '2026-11-01T00:00:00Z',
    therapistName: 'T',
    activePlan: planVersion === null ? null : { id: 'p', version: planVersion },
    lastSessionOn: null,
    phone: null,
    emergencyContact: null,
    safety: s,
    programmePaused: s !== null,
    disengagedAt: null,
    lastSafetyDecision: null,
  } satisfies Patient;
  return {
    patient,
    alertsKnown: true,
    alertCount: level === null ? 0 : 1,
    level,
    planVersion,
    therapistName: 'T',
    statusLabel: 'Active',
    safetyReason: null,
  };
}

describe('sortRows by attention', () => {
  it('puts safety states above every alert, emergency before urgent, newest first', () => {
    const rows = [
      row('critical-alert', 'critical'),
      row('no-plan', null, null, null),
      row('urgent', 'critical', safety('urgent', '2026-11-20T09:00:00Z')),
      row('older-emergency', 'critical', safety('emergency', '2026-11-20T08:00:00Z')),
      row('new-emergency', 'critical', safety('emergency', '2026-11-20T11:00:00Z')),
      row('warning', 'warning'),
      row('quiet', null),
    ];
    expect(sortRows(rows, 'attention').map((r) => r.patient.displayName)).toEqual([
      'new-emergency',
      'older-emergency',
      'urgent',
      'critical-alert',
      'warning',
      'no-plan',
      'quiet',
    ]);
  });
});
