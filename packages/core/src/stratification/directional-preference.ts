import type { EvidenceId } from '../evidence.js';
import type { MovementResponse } from '../assessment/vocabulary.js';

export type Direction = 'flexion' | 'extension' | 'side-glide-left' | 'side-glide-right';

export type RepeatedMovements = Partial<Record<Direction, MovementResponse>>;

export interface DirectionalPreferenceConclusion {
  /** The direction to prescribe, or null when none centralises or abolishes (or they conflict). */
  readonly preference: Direction | null;
  /** Directions that peripheralise: avoid for now. */
  readonly avoid: readonly Direction[];
  /** Centralisation or abolition seen in any direction: a good prognostic sign. */
  readonly centralisation: boolean;
  readonly tested: boolean;
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

const DIRECTIONS: readonly Direction[] = [
  'extension',
  'flexion',
  'side-glide-left',
  'side-glide-right',
];

/** How strongly a response shows a preference; abolition outranks centralisation. */
function strength(response: MovementResponse | undefined): number {
  return response === 'abolishes' ? 2 : response === 'centralises' ? 1 : 0;
}

/**
 * Directional preference from repeated movement testing: the direction that centralises or
 * abolishes symptoms; peripheralisation means avoid that direction for now (tbc-2016,
 * apta-cpg-2012).
 */
export function findDirectionalPreference(
  movements: RepeatedMovements,
): DirectionalPreferenceConclusion {
  const reasons: string[] = [];
  const avoid: Direction[] = [];
  let best = 0;
  let leaders: Direction[] = [];
  let tested = false;
  for (const d of DIRECTIONS) {
    const r = movements[d];
    if (r === undefined) continue;
    tested = true;
    reasons.push(`Repeated ${d}: ${r}.`);
    if (r === 'peripheralises') avoid.push(d);
    const s = strength(r);
    if (s > best) {
      best = s;
      leaders = [d];
    } else if (s > 0 && s === best) {
      leaders.push(d);
    }
  }
  const [first, ...others] = leaders;
  let preference: Direction | null = null;
  if (!tested) {
    reasons.push('Repeated movements not tested: no directional preference can be given.');
  } else if (first === undefined) {
    reasons.push('No direction centralised or abolished the symptoms.');
  } else if (others.length > 0) {
    reasons.push(`${leaders.join(' and ')} respond equally: no single preference; retest.`);
  } else {
    preference = first;
    reasons.push(`Directional preference: ${first}; prescribe exercise in that direction.`);
  }
  if (avoid.length > 0) reasons.push(`Avoid for now: ${avoid.join(', ')} (peripheralises).`);
  return {
    preference,
    avoid,
    centralisation: best > 0,
    tested,
    reasons,
    evidence: ['tbc-2016', 'apta-cpg-2012'],
  };
}
