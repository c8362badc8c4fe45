import type { ContentPackIssue } from './content-pack.js';

// Hand-written checks for the fields of a content pack; each reports into the shared issue list.

/** The field's text, or undefined after recording an issue when it is missing or blank. */
export function requireText(
  record: Readonly<Record<string, unknown>>,
  field: string,
  prefix: string,
  issues: ContentPackIssue[],
): string | undefined {
  const value = record[field];
  if (isText(value)) return value;
  issues.push({ path: `${prefix}${field}`, message: `${field} must be non-empty text.` });
  return undefined;
}

/** Like requireText, but an absent field is fine. */
export function optionalText(
  record: Readonly<Record<string, unknown>>,
  field: string,
  issues: ContentPackIssue[],
): string | undefined {
  return record[field] === undefined ? undefined : requireText(record, field, '', issues);
}

/**
 * One issue per field not in `allowed`. Unknown fields are rejected because a misspelt
 * "options" would otherwise be dropped silently.
 */
export function unknownFields(
  record: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
  prefix: string,
): ContentPackIssue[] {
  return Object.keys(record)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({
      path: `${prefix}${key}`,
      message: `Unknown field "${clip(key)}"; allowed fields are ${allowed.join(', ')}.`,
    }));
}

/** A plain JSON object (not null, not a list). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text with something other than white space in it. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Caps echoed input so one bad key cannot flood a message. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}...` : text;
}
