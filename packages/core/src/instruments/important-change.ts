import type { EvidenceId } from '../evidence.js';
import { err, ok, type Result } from '../result.js';
import { findBand } from './bands.js';
import { bandRange, describeValue, formatNumber, formatSigned } from './format.js';
import { getInstrument } from './registry.js';
import type {
  ChangeAssessment,
  ChangeError,
  ChangeVerdict,
  InstrumentDefinition,
  InstrumentId,
} from './types.js';

/**
 * Whether the change from baseline to follow-up is clinically important, by the instrument's
 * rule: Ostelo 2008 either/or (ostelo-2008), an absolute threshold (PSFS), or an absolute
 * threshold plus a change of band (PSEQ).
 */
export function importantChange(
  instrument: InstrumentId | InstrumentDefinition,
  baseline: number,
  followUp: number,
): Result<ChangeAssessment, ChangeError> {
  // Looked up as a plain string so a caller outside TypeScript gets an error, not a crash.
  const id: string | InstrumentDefinition = instrument;
  const definition = typeof id === 'string' ? getInstrument(id) : id;
  const rule = definition?.importantChange;
  if (definition === undefined || rule === undefined) {
    const what =
      definition === undefined
        ? `No instrument matches ${describeValue(instrument)}`
        : `${definition.abbreviation} has no important-change rule`;
    return err({
      kind: 'no-important-change-rule',
      message: `${what}, so a change cannot be judged important.`,
    });
  }
  const name = definition.abbreviation;
  for (const [which, value] of [
    ['baseline', baseline],
    ['follow-up', followUp],
  ] as const) {
    const { min, max } = definition.range;
    // typeof guards callers outside TypeScript; NaN and Infinity fail the range test.
    if (typeof value !== 'number' || !(value >= min && value <= max)) {
      return err({
        kind: 'score-out-of-range',
        message: `${name}: the ${which} score ${describeValue(value)} is not a number from ${min} to ${max}.`,
        value,
      });
    }
  }
  // Trimmed so float noise (6.1 - 4.1 = 1.9999999999999996) cannot flip a verdict.
  const change = trim(followUp - baseline);
  const exactPercent = baseline === 0 ? null : trim((change * 100) / baseline);
  // Rounded half away from zero so -11.25% reads as -11.3%, like +11.25% reads +11.3%.
  const percentChange =
    exactPercent === null
      ? null
      : (Math.sign(exactPercent) * Math.round(Math.abs(exactPercent) * 10)) / 10 + 0;
  const size = Math.abs(change);
  const improving = definition.higherIsBetter ? change > 0 : change < 0;
  const reasons = [
    `${name} changed from ${formatNumber(baseline)} to ${formatNumber(followUp)} (${formatSigned(change)} points${percentChange === null ? '' : `, ${formatSigned(percentChange)}% of baseline`}).`,
  ];
  let meets: boolean;
  let evidence: EvidenceId[] = [];
  switch (rule.kind) {
    case 'absolute-or-relative': {
      // ostelo-2008: either threshold is enough; relative change is undefined from a baseline of 0.
      const absolute = size >= rule.points;
      const relative = exactPercent !== null && Math.abs(exactPercent) >= rule.percent;
      meets = absolute || relative;
      evidence = ['ostelo-2008'];
      const relativeText =
        percentChange === null
          ? 'a relative change is undefined from a baseline of 0'
          : `${formatNumber(Math.abs(percentChange), 1)}% ${relative ? 'meets' : 'does not meet'} the second`;
      reasons.push(
        `An important change is at least ${rule.points} points or at least ${rule.percent}% of baseline, either one being enough (ostelo-2008): ${formatNumber(size)} points ${absolute ? 'meets' : 'does not meet'} the first and ${relativeText}.`,
      );
      break;
    }
    case 'absolute':
      meets = size >= rule.points;
      reasons.push(
        `An important change is at least ${rule.points} points: a change of ${formatNumber(size)} points ${meets ? 'meets' : 'does not meet'} it.`,
      );
      break;
    case 'absolute-and-band': {
      const from = findBand(definition.bands, baseline);
      const to = findBand(definition.bands, followUp);
      const bandChanged = from !== undefined && to !== undefined && from.id !== to.id;
      meets = size >= rule.points && bandChanged;
      const bands =
        from === undefined || to === undefined
          ? 'the bands are unknown'
          : bandChanged
            ? `the band moved from "${from.label}" (${bandRange(from)}) to "${to.label}" (${bandRange(to)})`
            : `the band stayed "${from.label}" (${bandRange(from)})`;
      reasons.push(
        `An important change is at least ${rule.points} points together with a move to another band: ${formatNumber(size)} points ${size >= rule.points ? 'meets' : 'does not meet'} the threshold and ${bands}.`,
      );
      break;
    }
  }
  // [design] Worsening uses the same thresholds in the other direction: the sources fix them for
  // improvement only, and a symmetric rule is the conservative reading for flagging decline.
  const verdict: ChangeVerdict =
    !meets || change === 0
      ? 'no-important-change'
      : improving
        ? 'important-improvement'
        : 'important-worsening';
  const direction = definition.higherIsBetter ? 'Higher' : 'Lower';
  reasons.push(
    `${direction} ${name} scores are better, so this is ${verdict === 'no-important-change' ? 'no important change' : `an ${verdict.replace('-', ' ')}`}.`,
  );
  return ok({
    instrument: definition.id,
    baseline,
    followUp,
    change,
    percentChange,
    verdict,
    reasons,
    evidence,
  });
}

function trim(value: number): number {
  // Adding 0 turns -0 into 0, so a change of nothing never shows a sign.
  return Math.round(value * 1e9) / 1e9 + 0;
}
