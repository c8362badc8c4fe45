import type { EvidenceId } from '../evidence.js';
import type { RiskLevel } from '../instruments/types.js';
import { THRESHOLDS } from './thresholds.js';

export type PsychosocialFlagId =
  'startback-high' | 'fear-avoidance-activity' | 'return-to-work-risk' | 'low-self-efficacy';

export interface PsychosocialFlag {
  readonly id: PsychosocialFlagId;
  readonly text: string;
}

export interface PsychosocialInput {
  readonly startBackRisk: RiskLevel | null;
  readonly fabqPhysicalActivity: number | null;
  readonly fabqWork: number | null;
  readonly pseq: number | null;
}

export interface PsychosocialConclusion {
  /** True when any flag calls for psychologically informed care. */
  readonly elevated: boolean;
  readonly flags: readonly PsychosocialFlag[];
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

/**
 * Psychological risk, checked in every approach (tbc-2016): high STarT risk, high fear-avoidance,
 * low self-efficacy. These call for psychologically informed care (startback-2011, nice-ng59).
 */
export function screenPsychosocial(input: PsychosocialInput): PsychosocialConclusion {
  const flags: PsychosocialFlag[] = [];
  if (input.startBackRisk === 'high') {
    flags.push({ id: 'startback-high', text: 'High STarT Back risk (psychosocial subscale 4+).' });
  }
  if (
    input.fabqPhysicalActivity !== null &&
    input.fabqPhysicalActivity > THRESHOLDS.fabqPhysicalActivityHighAbove
  ) {
    flags.push({
      id: 'fear-avoidance-activity',
      text: `High fear-avoidance of physical activity (FABQ-PA ${input.fabqPhysicalActivity} > ${THRESHOLDS.fabqPhysicalActivityHighAbove}, a Backplan design threshold).`,
    });
  }
  if (input.fabqWork !== null && input.fabqWork > THRESHOLDS.fabqWorkRiskAbove) {
    flags.push({
      id: 'return-to-work-risk',
      text: `Return-to-work risk (FABQ work ${input.fabqWork} > ${THRESHOLDS.fabqWorkRiskAbove}).`,
    });
  }
  if (input.pseq !== null && input.pseq < THRESHOLDS.pseqLowBelow) {
    flags.push({
      id: 'low-self-efficacy',
      text: `Low pain self-efficacy (PSEQ ${input.pseq} < ${THRESHOLDS.pseqLowBelow}).`,
    });
  }
  const measured = [input.startBackRisk, input.fabqPhysicalActivity, input.pseq].some(
    (v) => v !== null,
  );
  const reasons =
    flags.length > 0
      ? [
          ...flags.map((f) => f.text),
          'Add psychologically informed elements: pain education, graded activity or exposure, pacing.',
        ]
      : [measured ? 'No psychosocial flag raised.' : 'No psychosocial questionnaire scored.'];
  return {
    elevated: flags.length > 0,
    flags,
    reasons,
    evidence: ['startback-2011', 'nice-ng59', 'tbc-2016'],
  };
}
