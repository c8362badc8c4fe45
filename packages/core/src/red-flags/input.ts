import { RED_FLAG_QUESTION_IDS } from './questions.js';
import type { RedFlagAnswer, RedFlagQuestionId, ScreenContext } from './types.js';

/** The context with every field checked: `undefined` means missing or not usable. */
export interface KnownContext {
  readonly age: number | undefined;
  readonly ageAtOnset: number | undefined;
  readonly symptomDurationDays: number | undefined;
  readonly firstEpisode: boolean | undefined;
  readonly temperatureCelsius: number | undefined;
}

/**
 * Reads an own property of something that claims to be an object. The screen is a safety net and
 * may be handed anything from JavaScript, so a hostile getter or proxy must read as missing
 * rather than throw; own properties only, so a polluted prototype cannot answer a question.
 */
export function readOwn(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return Object.hasOwn(value, key) ? (Reflect.get(value, key) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

const QUESTION_ID_SET: ReadonlySet<string> = new Set(RED_FLAG_QUESTION_IDS);

/** The longest reason a "not asked" answer may give. */
export const NOT_ASKED_REASON_MAX = 500;

/**
 * One answer as given: a boolean, or "not asked" with a usable reason (trimmed, 1 to 500
 * characters); anything else is `undefined`, which counts as unanswered.
 */
function readAnswer(value: unknown): RedFlagAnswer | undefined {
  if (typeof value === 'boolean') return value;
  const reason = readOwn(value, 'notAsked');
  if (typeof reason !== 'string') return undefined;
  const trimmed = reason.trim();
  if (trimmed === '' || trimmed.length > NOT_ASKED_REASON_MAX) return undefined;
  return { notAsked: trimmed };
}

/** The answers actually given (yes, no, or not asked); anything else counts as unanswered. */
export function readAnswers(input: unknown): ReadonlyMap<RedFlagQuestionId, RedFlagAnswer> {
  const answers = readOwn(input, 'answers');
  const known = new Map<RedFlagQuestionId, RedFlagAnswer>();
  if (typeof answers !== 'object' || answers === null) return known;
  try {
    // One guarded pass over the keys present (V8 caches for-in over plain objects); own
    // properties only, so a polluted prototype cannot answer a question.
    const record = answers as Readonly<Record<string, unknown>>;
    for (const key in record) {
      if (!QUESTION_ID_SET.has(key) || !Object.hasOwn(record, key)) continue;
      const value = record[key];
      const answer = typeof value === 'boolean' ? value : readAnswer(value);
      if (answer !== undefined) known.set(key as RedFlagQuestionId, answer);
    }
    return known;
  } catch {
    // A getter or proxy threw part-way: fall back to reading each answer on its own.
    known.clear();
    for (const id of RED_FLAG_QUESTION_IDS) {
      const answer = readAnswer(readOwn(answers, id));
      if (answer !== undefined) known.set(id, answer);
    }
    return known;
  }
}

/** Ages and durations cannot be negative; NaN and infinities mean the value was never known. */
function readCount(context: unknown, key: keyof ScreenContext): number | undefined {
  const value = readOwn(context, key);
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The context with unusable fields turned into `undefined`. */
export function readContext(input: unknown): KnownContext {
  const context = readOwn(input, 'context');
  const firstEpisode = readOwn(context, 'firstEpisode');
  return {
    age: readCount(context, 'age'),
    ageAtOnset: readCount(context, 'ageAtOnset'),
    symptomDurationDays: readCount(context, 'symptomDurationDays'),
    firstEpisode: typeof firstEpisode === 'boolean' ? firstEpisode : undefined,
    temperatureCelsius: readCount(context, 'temperatureCelsius'),
  };
}

/** A copy of a list handed in from outside; anything else, or a list that throws when read, is empty. */
export function readList(value: unknown): readonly unknown[] {
  try {
    return Array.isArray(value) ? [...(value as readonly unknown[])] : [];
  } catch {
    return [];
  }
}
