import { parseArgs } from 'node:util';
import { assess, toUtcDate, type FieldIssue } from '@backplan/core';
import { EXIT_INVALID, EXIT_OK, type Io } from '../io.js';
import { formatAssessmentSummary } from '../present/assessment-summary.js';
import { readJsonFile } from './read-json.js';

/** Lists the offending fields of an assessment file on stderr; returns the exit code. */
export function listIssues(
  io: Io,
  command: string,
  file: string,
  issues: readonly FieldIssue[],
): number {
  io.stderr(`backplan ${command}: ${file} does not match the assessment schema:\n`);
  for (const i of issues) io.stderr(`  - ${i.path}: ${i.message}\n`);
  io.stderr('See docs/assessment.md for the format.\n');
  return EXIT_INVALID;
}

/** `backplan assess <file.json> [--json] [--as-of DATE]` */
export async function runAssess(args: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, 'as-of': { type: 'string' } },
    });
  } catch (e) {
    io.stderr(`backplan assess: ${(e as Error).message}\n`);
    return EXIT_INVALID;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr('backplan assess: give exactly one assessment file. See backplan assess --help.\n');
    return EXIT_INVALID;
  }
  const json = await readJsonFile(file, io);
  if (!json.ok) {
    io.stderr(`backplan assess: ${json.error}\n`);
    return EXIT_INVALID;
  }
  const asOfArg = parsed.values['as-of'];
  const asOf = asOfArg ?? assessedOnOf(json.value) ?? io.today();
  if (toUtcDate(asOf) === null) {
    io.stderr(`backplan assess: --as-of '${String(asOfArg)}' is not a date (YYYY-MM-DD).\n`);
    return EXIT_INVALID;
  }
  const outcome = assess(json.value, asOf);
  if (!outcome.ok) return listIssues(io, 'assess', file, outcome.error.issues);
  io.stdout(
    parsed.values.json === true
      ? `${JSON.stringify(outcome.value, null, 2)}\n`
      : formatAssessmentSummary(outcome.value),
  );
  return EXIT_OK;
}

/** The assessedOn date written in an assessment file, if any: the default as-of date. */
export function assessedOnOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('assessedOn' in value)) return undefined;
  return typeof value.assessedOn === 'string' ? value.assessedOn : undefined;
}
