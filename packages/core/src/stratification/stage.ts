import type { EvidenceId } from '../evidence.js';
import { THRESHOLDS } from './thresholds.js';

export type EpisodeStage = 'acute' | 'subacute' | 'chronic';

export interface StageConclusion {
  readonly stage: EpisodeStage;
  readonly daysSinceOnset: number;
  readonly weeksSinceOnset: number;
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to`, both taken as UTC calendar dates. */
export function daysBetween(from: Date, to: Date): number {
  const a = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const b = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((b - a) / DAY_MS);
}

/**
 * Episode stage from the time since onset: acute under 6 weeks, subacute 6 to 12 weeks, chronic
 * beyond 12 weeks (nice-ng59, apta-cpg-2021).
 */
export function classifyStage(daysSinceOnset: number): StageConclusion {
  const { acuteBeforeDays, chronicAfterDays } = THRESHOLDS.stage;
  const weeks = Math.floor(daysSinceOnset / 7);
  const stage: EpisodeStage =
    daysSinceOnset < acuteBeforeDays
      ? 'acute'
      : daysSinceOnset <= chronicAfterDays
        ? 'subacute'
        : 'chronic';
  const rule =
    stage === 'acute'
      ? 'under 6 weeks'
      : stage === 'subacute'
        ? 'between 6 and 12 weeks'
        : 'more than 12 weeks';
  return {
    stage,
    daysSinceOnset,
    weeksSinceOnset: weeks,
    reasons: [
      `Onset ${plural(daysSinceOnset, 'day')} ago (${plural(weeks, 'week')}): ${rule}, so ${stage}.`,
    ],
    evidence: ['nice-ng59', 'apta-cpg-2021'],
  };
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
