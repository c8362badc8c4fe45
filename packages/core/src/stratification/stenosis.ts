import type { EvidenceId } from '../evidence.js';
import type { Activity, SymptomExtent } from '../assessment/vocabulary.js';

/** Lumbar spinal stenosis is considered from this age [design]: it is a condition of older backs. */
export const STENOSIS_MIN_AGE = 50;

/** Extents that count as leg symptoms: below the buttock. */
const LEG_EXTENTS: readonly SymptomExtent[] = ['thigh', 'below-knee', 'foot'];
/** Upright loading that narrows the canal and brings the legs on. */
const AGGRAVATING: readonly Activity[] = ['walking', 'standing'];
/** Flexed postures that open the canal and ease the legs. */
const EASING: readonly Activity[] = ['sitting', 'bending'];

const EVIDENCE: readonly EvidenceId[] = ['apta-cpg-2012', 'tbc-2016'];

export interface StenosisInput {
  readonly age: number;
  readonly extent: SymptomExtent;
  readonly legNumbnessOrTingling: boolean;
  readonly aggravating: readonly Activity[];
  readonly easing: readonly Activity[];
  /** Minutes the patient can walk before symptoms stop them, when measured. */
  readonly walkingToleranceMinutes?: number | undefined;
}

export interface StenosisConclusion {
  readonly suspected: boolean;
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

/**
 * The clinical pattern of lumbar spinal stenosis [design] (apta-cpg-2012, tbc-2016): an older
 * person (50+) with leg symptoms that walking or standing bring on and sitting or bending
 * forward ease. It is a pattern for the plan (flexion-bias work, interval walking with a forward
 * lean, the stenosis lesson), not a diagnosis; every part must be present.
 */
export function findStenosis(input: StenosisInput): StenosisConclusion {
  const older = input.age >= STENOSIS_MIN_AGE;
  const leg = LEG_EXTENTS.includes(input.extent) || input.legNumbnessOrTingling;
  const aggravating = AGGRAVATING.filter((a) => input.aggravating.includes(a));
  const easing = EASING.filter((a) => input.easing.includes(a));
  const suspected = older && leg && aggravating.length > 0 && easing.length > 0;

  const reasons = [
    older
      ? `Age ${input.age} (${STENOSIS_MIN_AGE} or over).`
      : `Age ${input.age}: under ${STENOSIS_MIN_AGE}.`,
    leg ? 'Leg symptoms.' : 'No leg symptoms.',
    aggravating.length > 0
      ? `Aggravated by ${aggravating.join(' and ')}.`
      : 'Not aggravated by walking or standing.',
    easing.length > 0 ? `Eased by ${easing.join(' and ')}.` : 'Not eased by sitting or bending.',
  ];
  if (input.walkingToleranceMinutes !== undefined) {
    reasons.push(`Walks ${input.walkingToleranceMinutes} min before symptoms stop them.`);
  }
  reasons.push(
    suspected
      ? 'The pattern of spinal stenosis: flexion-bias work and interval walking suit it.'
      : 'Not the pattern of spinal stenosis.',
  );
  return { suspected, reasons, evidence: EVIDENCE };
}
