import type { EvidenceId } from '../evidence.js';

/** Every flag rests on the IFOMPT framework and NICE's advice to consider other diagnoses. */
export const RED_FLAG_SCREEN_EVIDENCE = [
  'finucane-2020',
  'nice-ng59',
] as const satisfies readonly EvidenceId[];

/** One wording for every emergency, so a patient never reads a softer variant. */
export const GO_TO_EMERGENCY =
  'Go to a hospital emergency department now. Do not wait for your next appointment.';
