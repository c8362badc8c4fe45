import { err, ok, type Result } from '../result.js';
import { describeItem, describeValue, itemNoun } from './format.js';
import type { InstrumentDefinition, InstrumentItem, ScoreError } from './types.js';

/** Validated answers reduced to what every scoring method needs. */
export interface Tally {
  /** Item scores in item order for the answers given; null where skipped. */
  readonly itemScores: readonly (number | null)[];
  readonly answered: number;
  readonly skipped: number;
  /** Numbers of the scored items that were answered / skipped. */
  readonly scoredAnswered: readonly number[];
  readonly scoredSkipped: readonly number[];
  /** Sum of the answered scored items, and the most those items could have scored. */
  readonly total: number;
  readonly maxPossible: number;
}

/** The highest score an item's options give (a loop: this runs for every answer scored). */
export function maxOptionScore(item: InstrumentItem): number {
  let max = 0;
  for (const option of item.options) if (option.score > max) max = option.score;
  return max;
}

/**
 * Checks raw answers (option indexes, null for skipped) against the definition and tallies them.
 * Every check returns a typed error instead of throwing: the input may come from anywhere.
 */
export function tallyAnswers(
  definition: InstrumentDefinition,
  answers: unknown,
): Result<Tally, ScoreError> {
  const name = definition.abbreviation;
  const { min, max } = definition.scoring.itemCount;
  if (!Array.isArray(answers)) {
    return err({
      kind: 'invalid-answers',
      message: `${name}: answers must be a list with one option number (or null if skipped) per ${itemNoun(definition)}; got ${describeValue(answers)}.`,
    });
  }
  const list: readonly unknown[] = answers;
  // Checked before looking at any answer, so a huge array costs nothing.
  if (list.length < min || list.length > Math.min(max, definition.items.length)) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    return err({
      kind: 'wrong-item-count',
      message: `${name}: expected ${expected} answers (one per ${itemNoun(definition)}), got ${list.length}.`,
      expected: { min, max },
      actual: list.length,
    });
  }
  const scoredNumbers = definition.scoring.scoredItems;
  const itemScores: (number | null)[] = [];
  const scoredAnswered: number[] = [];
  const scoredSkipped: number[] = [];
  let total = 0;
  let maxPossible = 0;
  const { items } = definition;
  for (let index = 0; index < list.length; index++) {
    const item = items[index];
    if (item === undefined) break; // unreachable: the count check above bounds the list
    // A hole in a sparse array reads as undefined and is rejected below like any non-answer.
    const value = list[index];
    const isScored = scoredNumbers === undefined || scoredNumbers.includes(item.number);
    if (value === null) {
      itemScores.push(null);
      if (isScored) scoredSkipped.push(item.number);
      continue;
    }
    const last = item.options.length - 1;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return err({
        kind: 'invalid-answers',
        message: `${name}: the answer for ${describeItem(definition, item)} must be an option number from 0 to ${last}, or null if skipped; got ${describeValue(value)}.`,
      });
    }
    const option = item.options[value];
    if (value < 0 || option === undefined) {
      return err({
        kind: 'answer-out-of-range',
        message: `${name}: the answer for ${describeItem(definition, item)} is ${value}, outside the option range 0 to ${last}.`,
        itemId: item.id,
        itemNumber: item.number,
        value,
        min: 0,
        max: last,
      });
    }
    itemScores.push(option.score);
    if (isScored) {
      scoredAnswered.push(item.number);
      total += option.score;
      maxPossible += maxOptionScore(item);
    }
  }
  const { maxSkipped } = definition.scoring;
  // With nothing scored answered there is no score at all, whatever the skip limit says.
  if (scoredSkipped.length > maxSkipped || scoredAnswered.length === 0) {
    const limit = maxSkipped === 0 ? 'none' : `at most ${maxSkipped}`;
    const count = scoredSkipped.length;
    const what = `${count} ${scoredNumbers === undefined ? '' : 'scored '}${itemNoun(definition, count)}`;
    const verb = count === 1 ? 'was' : 'were';
    return err({
      kind: 'too-many-skipped',
      message: `${name}: ${what} ${verb} skipped (${scoredSkipped.join(', ')}); ${limit} may be skipped for a valid score.`,
      skipped: scoredSkipped.length,
      maxSkipped,
    });
  }
  const skipped = itemScores.filter((s) => s === null).length;
  return ok({
    itemScores,
    answered: itemScores.length - skipped,
    skipped,
    scoredAnswered,
    scoredSkipped,
    total,
    maxPossible,
  });
}
