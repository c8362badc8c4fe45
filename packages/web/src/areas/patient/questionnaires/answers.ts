import { ApiError, type FieldError } from '../../../api/client';

/** Answers in progress: the chosen option of each question, null while unanswered. */
export type Answers = readonly (number | null)[];

/**
 * The unanswered questions that stop the answers being scored: none while no more are left out
 * than the questionnaire allows (`maxSkipped`, e.g. two ODI sections), else every unanswered one.
 */
export function missingAnswers(answers: Answers, maxSkipped: number): number[] {
  const skipped = answers.flatMap((a, i) => (a === null ? [i] : []));
  return skipped.length > maxSkipped ? skipped : [];
}

/** Whether the question at `step` may be left out, counting those left out before it. */
export function maySkip(answers: Answers, step: number, maxSkipped: number): boolean {
  return answers.slice(0, step + 1).filter((a) => a === null).length <= maxSkipped;
}

/** The first question the server named in its answer (`body.answers.3` is question 4), if any. */
export function namedAnswer(error: unknown): number | null {
  if (!(error instanceof ApiError)) return null;
  for (const f of error.fields) {
    const match = /^body\.answers\.(\d+)$/.exec(f.path);
    if (match !== null) return Number(match[1]);
  }
  return null;
}

/** The fields the server named that are not a single answer (the list as a whole, the date). */
export function otherFields(error: unknown): readonly FieldError[] {
  if (!(error instanceof ApiError)) return [];
  return error.fields.filter((f) => !/^body\.answers\.\d+$/.test(f.path));
}
