import type { EvidenceId } from '../evidence.js';
import type { RiskLevel, ScoreResult } from '../instruments/types.js';

export interface StartBackPathway {
  readonly risk: RiskLevel;
  readonly label: string;
  /** What matched care adds at this risk level (startback-2011), in our words. */
  readonly components: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

const EVERYONE = 'Advice and reassurance, stay-active education and self-management material.';

/** Matched care by STarT Back risk (startback-2011; nice-ng59 "consider" stratification). */
export const START_BACK_PATHWAYS = {
  low: {
    risk: 'low',
    label: 'Low risk: self-management',
    components: [EVERYONE, 'A short home programme with few or no supervised visits.'],
    evidence: ['startback-2011', 'nice-ng59'],
  },
  medium: {
    risk: 'medium',
    label: 'Medium risk: physical therapy',
    components: [
      EVERYONE,
      'Physical therapy: a progressive exercise programme, and manual therapy where indicated, only alongside exercise.',
    ],
    evidence: ['startback-2011', 'nice-ng59', 'apta-cpg-2021'],
  },
  high: {
    risk: 'high',
    label: 'High risk: psychologically informed physical therapy',
    components: [
      EVERYONE,
      'Physical therapy with exercise, delivered with cognitive-behavioural principles.',
      'Graded activity or graded exposure, pacing and pain neuroscience education.',
    ],
    evidence: ['startback-2011', 'nice-ng59', 'lancet-2018', 'apta-cpg-2021'],
  },
} as const satisfies Record<RiskLevel, StartBackPathway>;

export interface StartBackConclusion {
  readonly risk: RiskLevel;
  readonly total: number;
  readonly psychosocial: number;
  readonly pathway: StartBackPathway;
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

/** The STarT Back risk of a scored questionnaire and the care pathway matched to it. */
export function matchStartBack(scored: ScoreResult): StartBackConclusion | null {
  const risk = scored.risk;
  if (risk === undefined) return null;
  const total = scored.total ?? scored.score;
  const psychosocial = scored.subscales.psychosocial ?? 0;
  const pathway = START_BACK_PATHWAYS[risk];
  return {
    risk,
    total,
    psychosocial,
    pathway,
    reasons: [
      `STarT Back total ${total}/9, psychosocial subscale ${psychosocial}/5: ${risk} risk.`,
      `Matched pathway: ${pathway.label}.`,
    ],
    evidence: ['startback-2008', ...pathway.evidence],
  };
}
