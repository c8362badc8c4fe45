import { importantChange } from '../instruments/important-change.js';
import type { InstrumentId } from '../instruments/types.js';
import type { MeasureRecord } from './journal.js';
import { REVIEW } from './rules.js';
import type { MeasureChange, ReviewPrompt } from './types.js';

/** First and latest score of each repeated measure, with the important-change verdict. */
export function measureChanges(measures: readonly MeasureRecord[], asOf: string): MeasureChange[] {
  const out: MeasureChange[] = [];
  const instruments = [...new Set(measures.map((m) => m.instrument))].sort();
  for (const instrument of instruments) {
    const series = measures
      .filter((m) => m.instrument === instrument && m.takenOn <= asOf)
      .sort((a, b) => (a.takenOn < b.takenOn ? -1 : 1));
    const first = series[0];
    const latest = series.at(-1);
    if (first === undefined || latest === undefined || series.length < 2) continue;
    const change = importantChange(instrument, first.score, latest.score);
    out.push({
      instrument,
      from: { score: first.score, takenOn: first.takenOn },
      to: { score: latest.score, takenOn: latest.takenOn },
      change: change.ok ? change.value : null,
    });
  }
  return out;
}

const improved = (changes: readonly MeasureChange[], ids: readonly InstrumentId[]) =>
  changes.some((c) => ids.includes(c.instrument) && c.change?.verdict === 'important-improvement');
const measuredSince = (
  measures: readonly MeasureRecord[],
  ids: readonly InstrumentId[],
  week: number,
  start: string,
) =>
  measures.some((m) => ids.includes(m.instrument) && m.takenOn > start && week >= REVIEW.fromWeek);

/**
 * Review points (progression.md): at weeks 4 to 6, without important change in pain or disability,
 * prompt re-assessment and a step up the STarT pathway or referral; at 12 weeks, discharge with a
 * maintenance programme.
 */
export function reviewPrompts(
  week: number,
  measures: readonly MeasureRecord[],
  changes: readonly MeasureChange[],
  startDate: string,
): ReviewPrompt[] {
  const prompts: ReviewPrompt[] = [];
  if (week >= REVIEW.dischargeWeek) {
    prompts.push({
      kind: 'discharge',
      message: `Week ${week}: plan discharge with a maintenance programme, or record why care continues.`,
      evidence: ['nice-ng59'],
    });
  }
  if (week < REVIEW.fromWeek) return prompts;
  const pain: InstrumentId[] = ['nprs'];
  const disability: InstrumentId[] = ['odi', 'rmdq'];
  if (
    !measuredSince(measures, pain, week, startDate) ||
    !measuredSince(measures, disability, week, startDate)
  ) {
    prompts.push({
      kind: 'remeasure',
      message: `Week ${week}: re-measure pain (NPRS) and disability (ODI or RMDQ) to judge progress.`,
      evidence: ['ostelo-2008'],
    });
    return prompts;
  }
  if (!improved(changes, pain) && !improved(changes, disability)) {
    prompts.push({
      kind: 'reassess',
      message: `Week ${week}: neither pain nor disability shows important change. Re-assess; consider the next STarT pathway up, or referral.`,
      evidence: ['ostelo-2008', 'startback-2011'],
    });
  }
  return prompts;
}
