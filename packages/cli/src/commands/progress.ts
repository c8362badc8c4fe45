import { parseArgs } from 'node:util';
import {
  anyAssessmentSchema,
  journalPlanIssues,
  journalSchema,
  planForProgressSchema,
  proposeChanges,
  screenInputOf,
  toUtcDate,
  type ScreenInput,
} from '@backplan/core';
import { EXIT_INVALID, EXIT_OK, type Io } from '../io.js';
import { formatProgress } from '../present/progress-summary.js';
import { readValidated } from './read-json.js';

/**
 * `backplan progress <plan.json> <journal.json> [--as-of DATE] [--assessment FILE]
 * [--disengaged] [--json]`
 */
export async function runProgress(args: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        'as-of': { type: 'string' },
        assessment: { type: 'string' },
        disengaged: { type: 'boolean' },
      },
    });
  } catch (e) {
    io.stderr(`backplan progress: ${(e as Error).message}\n`);
    return EXIT_INVALID;
  }
  const [planFile, journalFile, ...extra] = parsed.positionals;
  if (planFile === undefined || journalFile === undefined || extra.length > 0) {
    io.stderr(
      'backplan progress: give a plan file and a journal file. See backplan progress --help.\n',
    );
    return EXIT_INVALID;
  }
  const asOf = parsed.values['as-of'] ?? io.today();
  if (toUtcDate(asOf) === null) {
    io.stderr(
      `backplan progress: --as-of '${String(parsed.values['as-of'])}' is not a date (YYYY-MM-DD).\n`,
    );
    return EXIT_INVALID;
  }
  const plan = await readValidated(
    io,
    planFile,
    planForProgressSchema,
    'a plan (from backplan plan --json)',
  );
  if (plan === null) return EXIT_INVALID;
  const journal = await readValidated(io, journalFile, journalSchema, 'a journal');
  if (journal === null) return EXIT_INVALID;
  // A session before the plan began or an exercise the plan does not hold would be counted
  // towards progression silently: refuse the journal instead, naming each entry.
  const mismatches = journalPlanIssues(plan, journal);
  if (mismatches.length > 0) {
    io.stderr(`backplan progress: ${journalFile} does not match the plan in ${planFile}:\n`);
    for (const i of mismatches) io.stderr(`  - ${i.path}: ${i.message}\n`);
    io.stderr('Nothing was counted. Correct the journal, or give the plan it was kept against.\n');
    return EXIT_INVALID;
  }
  // The latest assessment is the baseline the reported symptoms are re-screened with.
  let baseline: ScreenInput | null = null;
  const assessmentFile = parsed.values.assessment;
  if (assessmentFile !== undefined) {
    // Any version Backplan reads (a version 1 file is migrated).
    const assessment = await readValidated(
      io,
      assessmentFile,
      anyAssessmentSchema,
      'an assessment',
    );
    if (assessment === null) return EXIT_INVALID;
    baseline = screenInputOf(assessment);
  }
  const report = proposeChanges(plan, journal, journal.measures, asOf, {
    baseline,
    disengaged: parsed.values.disengaged === true,
  });
  io.stdout(
    parsed.values.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatProgress(report),
  );
  return EXIT_OK;
}
