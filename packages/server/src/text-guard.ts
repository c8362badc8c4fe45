/**
 * Text that no database column can hold: the NUL character (PostgreSQL rejects it in text and
 * JSON) and unpaired UTF-16 surrogates (not valid Unicode, rejected in jsonb). Checked once for
 * every request, before validation, so a route never reaches the database with it.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/** The dotted path of the first string (or key) that cannot be stored, or null. */
export function findUnstorableText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return unstorable(value) ? path : null;
  if (typeof value !== 'object' || value === null || depth > 64) return null;
  if (Array.isArray(value)) {
    for (const [i, item] of (value as unknown[]).entries()) {
      const found = findUnstorableText(item, `${path}.${i}`, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (unstorable(key)) return path;
    const found = findUnstorableText(item, `${path}.${key}`, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
