import type { Intervention } from '../types.js';
import { DISCOURAGED_INTERVENTIONS } from './discouraged.js';
import { MANUAL_AND_NEEDLING_INTERVENTIONS } from './manual-and-needling.js';
import { SUPPORTIVE_CARE_INTERVENTIONS } from './supportive-care.js';

/**
 * Every intervention the therapist can record outside the home exercise programme, with its
 * evidence status (evidence.md). Discouraged and contested entries carry the reason a clinician
 * sees when adding one by hand.
 */
export const INTERVENTIONS = [
  ...MANUAL_AND_NEEDLING_INTERVENTIONS,
  ...SUPPORTIVE_CARE_INTERVENTIONS,
  ...DISCOURAGED_INTERVENTIONS,
] as const satisfies readonly Intervention[];

/** An intervention's stable id, e.g. `thrust-manipulation`. */
export type InterventionId = (typeof INTERVENTIONS)[number]['id'];
