import type { AnswerOption, InstrumentItem } from './types.js';

/** Options whose score is their position, lowest first (so option index == score). */
export function optionsByPosition(labels: readonly string[]): readonly AnswerOption[] {
  return labels.map((label, score) => ({ score, label }));
}

/**
 * A 0..max numeric scale. Only the two ends carry words, as on the usual forms; the anchors
 * are our own paraphrases.
 */
export function numericScale(
  max: number,
  lowAnchor: string,
  highAnchor: string,
): readonly AnswerOption[] {
  return Array.from({ length: max + 1 }, (_, score) => ({
    score,
    label:
      score === 0 ? `0 (${lowAnchor})` : score === max ? `${max} (${highAnchor})` : String(score),
  }));
}

/** Items numbered 1..n in list order, with ids `<prefix>.<number>` and shared options. */
export function numberedItems(
  prefix: string,
  labels: readonly string[],
  options: readonly AnswerOption[],
): readonly InstrumentItem[] {
  return labels.map((label, index) => ({
    id: `${prefix}.${index + 1}`,
    number: index + 1,
    label,
    options,
  }));
}
