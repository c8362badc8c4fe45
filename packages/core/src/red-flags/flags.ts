import { CAUDA_CANCER_FLAGS } from './flags-cauda-cancer.js';
import { FRACTURE_INFECTION_AXSPA_FLAGS } from './flags-fracture-infection-axspa.js';
import type { RedFlagDefinition } from './types.js';

/**
 * The red flags and their tiers as reviewable data, so a clinic's governance can check them
 * without reading code (red-flags.md; finucane-2020, nice-ng59). Within a flag the tiers are
 * checked in order and the first that holds gives the finding, so the most urgent comes first.
 */
export const RED_FLAGS = [
  ...CAUDA_CANCER_FLAGS,
  ...FRACTURE_INFECTION_AXSPA_FLAGS,
] as const satisfies readonly RedFlagDefinition[];
