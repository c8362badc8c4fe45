import type { EvidenceId } from '../evidence.js';
import type { Activity, MovementResponse } from '../assessment/vocabulary.js';

export type Tolerance = 'flexion-intolerant' | 'extension-intolerant' | 'mixed' | 'none-identified';

export interface ToleranceInput {
  readonly aggravating: readonly Activity[];
  readonly easing: readonly Activity[];
  readonly repeatedFlexion?: MovementResponse | undefined;
  readonly repeatedExtension?: MovementResponse | undefined;
}

export interface ToleranceConclusion {
  readonly tolerance: Tolerance;
  readonly flexionSigns: readonly string[];
  readonly extensionSigns: readonly string[];
  /** What the plan should prefer and limit early on. */
  readonly guidance: readonly string[];
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

/** Activities that load the spine into flexion or extension (shared/clinical/stratification.md). */
const FLEXION_LOADING: readonly Activity[] = ['sitting', 'bending', 'lifting'];
const EXTENSION_LOADING: readonly Activity[] = ['standing', 'walking', 'arching-back'];
const WORSENS: readonly MovementResponse[] = ['increases', 'peripheralises'];

/** One side must lead the other by this many signs when both are present [design]. */
const CLEAR_MARGIN = 2;

const GUIDANCE: Record<Tolerance, readonly string[]> = {
  'flexion-intolerant': [
    'Prefer extension-bias and neutral-spine exercise.',
    'Limit deep or sustained flexion early; reintroduce bending gradually.',
  ],
  'extension-intolerant': [
    'Prefer flexion-bias mobility, cycling and shorter walking bouts.',
    'Avoid prone extension and superman-type exercise early.',
  ],
  mixed: ['Start in neutral spine; let the response to each exercise guide direction.'],
  'none-identified': ['No directional limit: choose by goals and preference.'],
};

/**
 * Flexion or extension intolerance from what aggravates and eases the pain and from repeated
 * movement testing (apta-cpg-2012, tbc-2016). Counting signs and the margin are [design].
 */
export function classifyTolerance(input: ToleranceInput): ToleranceConclusion {
  const flexionSigns: string[] = [];
  const extensionSigns: string[] = [];
  for (const a of input.aggravating) {
    if (FLEXION_LOADING.includes(a)) flexionSigns.push(`${a} aggravates`);
    if (EXTENSION_LOADING.includes(a)) extensionSigns.push(`${a} aggravates`);
  }
  // Relief from the opposite loading supports the pattern: sitting eases extension intolerance.
  for (const a of input.easing) {
    if (EXTENSION_LOADING.includes(a) && a !== 'arching-back') flexionSigns.push(`${a} eases`);
    if (FLEXION_LOADING.includes(a) && a !== 'lifting') extensionSigns.push(`${a} eases`);
  }
  if (input.repeatedFlexion !== undefined && WORSENS.includes(input.repeatedFlexion)) {
    flexionSigns.push(`repeated flexion ${input.repeatedFlexion} symptoms`);
  }
  if (input.repeatedExtension !== undefined && WORSENS.includes(input.repeatedExtension)) {
    extensionSigns.push(`repeated extension ${input.repeatedExtension} symptoms`);
  }
  const f = flexionSigns.length;
  const e = extensionSigns.length;
  let tolerance: Tolerance;
  if (f === 0 && e === 0) tolerance = 'none-identified';
  else if (e === 0 || f >= e + CLEAR_MARGIN) tolerance = 'flexion-intolerant';
  else if (f === 0 || e >= f + CLEAR_MARGIN) tolerance = 'extension-intolerant';
  else tolerance = 'mixed';

  const reasons = [
    f > 0 ? `Flexion signs: ${flexionSigns.join('; ')}.` : 'No flexion signs.',
    e > 0 ? `Extension signs: ${extensionSigns.join('; ')}.` : 'No extension signs.',
  ];
  if (tolerance === 'mixed') {
    reasons.push(`Both patterns present without a lead of ${CLEAR_MARGIN} signs: mixed.`);
  }
  return {
    tolerance,
    flexionSigns,
    extensionSigns,
    guidance: GUIDANCE[tolerance],
    reasons,
    evidence: ['apta-cpg-2012', 'tbc-2016'],
  };
}
