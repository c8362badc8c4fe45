import { getInstrument, isInstrumentId, scoreInstrument, type ScoreResult } from '@backplan/core';
import { COMMAND_HELP } from '../help.js';
import { EXIT_INVALID, EXIT_OK, type Io } from '../io.js';

/** The JSON line `backplan score` prints: stable keys a script can rely on. */
export interface ScoreOutput {
  readonly instrument: string;
  readonly score: number | null;
  readonly band?: string;
  readonly total?: number;
  readonly psychosocial?: number;
  readonly risk?: string;
  readonly physicalActivity?: number;
  readonly work?: number;
  readonly answered?: number;
  readonly skipped?: number;
  readonly error?: string;
}

const INDEX = /^\d+$/;

/** Parses typed answers: option indexes, `-` for skipped; a message for the first bad one. */
export function parseAnswers(args: readonly string[]): (number | null)[] | string {
  const answers: (number | null)[] = [];
  for (const [i, arg] of args.entries()) {
    if (arg === '-') answers.push(null);
    else if (INDEX.test(arg)) answers.push(Number(arg));
    else
      return `Answer ${i + 1} ('${arg}') is not an option index (0, 1, 2, ...) or - for skipped.`;
  }
  return answers;
}

/** Presents a score for the command line. */
export function presentScore(result: ScoreResult): ScoreOutput {
  const { subscales } = result;
  return {
    instrument: result.instrument,
    score: result.score,
    ...(result.band && { band: result.band.id }),
    ...(result.total !== undefined && { total: result.total }),
    ...(subscales.psychosocial !== undefined && { psychosocial: subscales.psychosocial }),
    ...(result.risk && { risk: result.risk }),
    ...(subscales.physicalActivity !== undefined && {
      physicalActivity: subscales.physicalActivity,
    }),
    ...(subscales.work !== undefined && { work: subscales.work }),
    answered: result.answered,
    skipped: result.skipped,
  };
}

/** `backplan score <instrument> <answer>...` */
export function runScore(args: readonly string[], io: Io): number {
  const [id, ...answerArgs] = args;
  const fail = (instrument: string, message: string) => {
    const out: ScoreOutput = { instrument, score: null, error: message };
    io.stdout(`${JSON.stringify(out)}\n`);
    io.stderr(`backplan score: ${message}\n`);
    return EXIT_INVALID;
  };
  if (id === undefined) {
    io.stderr(COMMAND_HELP.score);
    return EXIT_INVALID;
  }
  if (!isInstrumentId(id)) {
    return fail(
      id,
      `Unknown instrument '${id}'. Try: nprs, odi, rmdq, startback, fabq, psfs, pseq.`,
    );
  }
  const answers = parseAnswers(answerArgs);
  if (typeof answers === 'string') return fail(id, answers);
  const outcome = scoreInstrument(getInstrument(id), answers);
  if (!outcome.ok) return fail(id, outcome.error.message);
  io.stdout(`${JSON.stringify(presentScore(outcome.value))}\n`);
  return EXIT_OK;
}
