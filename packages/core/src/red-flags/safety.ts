import type { Finding, SafetyState } from './types.js';

/**
 * The patient-level safety state the findings put a patient in (red-flags.md; finucane-2020):
 * the most urgent emergency or urgent level among them, else `clear`. A routine referral or a
 * note does not pause the programme.
 */
export function safetyStateOf(findings: readonly Finding[]): SafetyState {
  let state: SafetyState = 'clear';
  for (const finding of findings) {
    if (finding.level === 'emergency') return 'emergency';
    if (finding.level === 'urgent') state = 'urgent';
  }
  return state;
}
