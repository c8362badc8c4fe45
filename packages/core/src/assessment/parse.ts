import type { z } from 'zod';
import { err, ok, type Result } from '../result.js';
import { migrateAssessment } from './migrate.js';
import { assessmentSchema, type Assessment } from './schema.js';

/** One problem with an input, named by its dotted path (e.g. `patient.age`). */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** Zod issues as field issues a person can act on. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((i) =>
    // Name each unknown key itself, so a typo points at the field that holds it.
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({ path: pathOf([...i.path, k]), message: 'Unknown field.' }))
      : [{ path: pathOf(i.path), message: i.message }],
  );
}

/**
 * Validates an assessment file or request body against the Assessment schema, reading an earlier
 * version as the current one (`migrateAssessment`).
 */
export function parseAssessment(input: unknown): Result<Assessment, FieldIssue[]> {
  const parsed = assessmentSchema.safeParse(migrateAssessment(input));
  return parsed.success ? ok(parsed.data) : err(toFieldIssues(parsed.error));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `Date` or `YYYY-MM-DD` string as a UTC midnight date, or null if it is not a real date. */
export function toUtcDate(value: unknown): Date | null {
  if (value instanceof Date) {
    const t = value.getTime();
    if (!Number.isFinite(t)) return null;
    return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  }
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return null;
  // Digits by hand: the pattern has fixed positions, and this runs twice per assessment.
  const y = Number(value.slice(0, 4));
  const mo = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real ? date : null;
}

/** YYYY-MM-DD of a UTC date. */
export function formatDate(date: Date): string {
  // By hand: toISOString() is several times slower, and this runs on every assessment.
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${date.getUTCFullYear()}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
