import type { EvidenceId } from '../evidence.js';
import { THRESHOLDS } from './thresholds.js';

export type TreatmentApproach = 'symptom-modulation' | 'movement-control' | 'function-optimisation';

export interface ApproachConclusion {
  readonly approach: TreatmentApproach;
  readonly label: string;
  /** What the approach emphasises (tbc-2016), in our words. */
  readonly focus: readonly string[];
  /** False when the disability score was missing and only pain decided. */
  readonly complete: boolean;
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

export const APPROACHES = {
  'symptom-modulation': {
    label: 'Symptom modulation',
    focus: [
      'Directional exercise where a preference exists',
      'Manipulation or mobilisation for pain relief, alongside exercise',
      'Gentle mobility and staying active',
      'Education and reassurance',
    ],
  },
  'movement-control': {
    label: 'Movement control',
    focus: ['Motor control exercise', 'Trunk endurance', 'Graded strengthening'],
  },
  'function-optimisation': {
    label: 'Function optimisation',
    focus: ['Progressive strengthening', 'General conditioning', 'Work- and sport-specific tasks'],
  },
} as const satisfies Record<TreatmentApproach, { label: string; focus: readonly string[] }>;

/**
 * The rehabilitation approach of the treatment-based classification (tbc-2016), chosen by pain
 * (NPRS now) and disability (ODI). Cut-offs are [design] constants in THRESHOLDS.approach.
 */
export function classifyApproach(nprs: number, odi: number | null): ApproachConclusion {
  const { symptomModulation: sm, movementControl: mc } = THRESHOLDS.approach;
  const odiText = odi === null ? 'ODI not available' : `ODI ${odi}%`;
  const reasons: string[] = [];
  let approach: TreatmentApproach;
  if (nprs >= sm.nprsAtLeast || (odi !== null && odi > sm.odiAbove)) {
    approach = 'symptom-modulation';
    reasons.push(
      `Pain ${nprs}/10 and ${odiText}: high pain or disability (NPRS >= ${sm.nprsAtLeast} or ODI > ${sm.odiAbove}%).`,
    );
  } else if (nprs >= mc.nprsAtLeast || (odi !== null && odi > mc.odiAbove)) {
    approach = 'movement-control';
    reasons.push(
      `Pain ${nprs}/10 and ${odiText}: moderate pain or disability (NPRS ${mc.nprsAtLeast}-${sm.nprsAtLeast - 1} or ODI ${mc.odiAbove + 1}-${sm.odiAbove}%).`,
    );
  } else {
    approach = 'function-optimisation';
    reasons.push(
      `Pain ${nprs}/10 and ${odiText}: low pain and disability (NPRS <= ${mc.nprsAtLeast - 1} and ODI <= ${mc.odiAbove}%).`,
    );
  }
  if (odi === null) {
    reasons.push(
      'Without an ODI score the approach rests on pain alone: score the ODI to confirm.',
    );
  }
  reasons.push('The cut-offs are Backplan design choices after the TBC 2016 revision.');
  const { label, focus } = APPROACHES[approach];
  return {
    approach,
    label,
    focus,
    complete: odi !== null,
    reasons,
    evidence: ['tbc-2016', 'apta-cpg-2021'],
  };
}
