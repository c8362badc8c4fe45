import { parseArgs } from 'node:util';
import { assess, CATALOG, generatePlan, toUtcDate, type PlanOptions } from '@backplan/core';
import { EXIT_INVALID, EXIT_OK, EXIT_REFUSED, type Io } from '../io.js';
import { formatPlan, formatRefusal } from '../present/plan-summary.js';
import { assessedOnOf, listIssues } from './assess.js';
import { readJsonFile } from './read-json.js';

/** `backplan plan <assessment.json> [--json] [--minutes N] [--as-of DATE] [review options]` */
export async function runPlan(args: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        minutes: { type: 'string' },
        'as-of': { type: 'string' },
        'reviewed-by': { type: 'string' },
        'reviewed-on': { type: 'string' },
        'review-outcome': { type: 'string' },
      },
    });
  } catch (e) {
    io.stderr(`backplan plan: ${(e as Error).message}\n`);
    return EXIT_INVALID;
  }
  const v = parsed.values;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr('backplan plan: give exactly one assessment file. See backplan plan --help.\n');
    return EXIT_INVALID;
  }
  const minutes = v.minutes === undefined ? undefined : Number(v.minutes);
  if (minutes !== undefined && !(Number.isInteger(minutes) && minutes >= 5 && minutes <= 240)) {
    io.stderr(
      `backplan plan: --minutes must be a whole number from 5 to 240 (got '${v.minutes ?? ''}').\n`,
    );
    return EXIT_INVALID;
  }
  const json = await readJsonFile(file, io);
  if (!json.ok) {
    io.stderr(`backplan plan: ${json.error}\n`);
    return EXIT_INVALID;
  }
  const asOf = v['as-of'] ?? assessedOnOf(json.value) ?? io.today();
  if (toUtcDate(asOf) === null) {
    io.stderr(`backplan plan: --as-of '${String(v['as-of'])}' is not a date (YYYY-MM-DD).\n`);
    return EXIT_INVALID;
  }
  const assessed = assess(json.value, asOf);
  if (!assessed.ok) return listIssues(io, 'plan', file, assessed.error.issues);
  const review =
    v['reviewed-by'] === undefined
      ? undefined
      : {
          reviewedBy: v['reviewed-by'],
          reviewedOn: v['reviewed-on'] ?? '',
          outcome: v['review-outcome'] ?? '',
        };
  const options: PlanOptions = {
    ...(minutes === undefined ? {} : { minutesPerDay: minutes }),
    ...(review === undefined ? {} : { redFlagReview: review }),
  };
  const plan = generatePlan(assessed.value, CATALOG, options);
  if (!plan.ok) {
    io.stderr(formatRefusal(plan.error));
    if (v.json === true) io.stdout(`${JSON.stringify({ refused: plan.error }, null, 2)}\n`);
    return plan.error.kind === 'invalid-options' ? EXIT_INVALID : EXIT_REFUSED;
  }
  io.stdout(v.json === true ? `${JSON.stringify(plan.value, null, 2)}\n` : formatPlan(plan.value));
  return EXIT_OK;
}
