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

/** Keys that could reach an object's prototype if a body were merged into an object. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The dotted path of the first prototype-pollution key in a parsed JSON value, or null. */
export function findPrototypeKey(value: unknown, path: string, depth = 0): string | null {
  if (typeof value !== 'object' || value === null || depth > 64) return null;
  if (Array.isArray(value)) {
    for (const [i, item] of (value as unknown[]).entries()) {
      const found = findPrototypeKey(item, `${path}.${i}`, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (PROTOTYPE_KEYS.has(key)) return `${path}.${key}`;
    const found = findPrototypeKey(item, `${path}.${key}`, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Characters a name must not hold: control characters (C0, DEL, C1: a line break or an escape
 * sequence in a name forges lines in lists and exports) and the bidirectional embeddings,
 * overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make a name display as other text.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_IN_NAME = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** True when a name holds a control or bidirectional embedding/override/isolate character. */
export const hasUnsafeNameCharacter = (name: string): boolean => UNSAFE_IN_NAME.test(name);
/** Fields that hold a person's or a clinic's name: `name`, `displayName`, `emergencyContactName`. */
const NAME_KEY = /^(?:name|[a-z][A-Za-z]*Name)$/;

/** The dotted path of the first name field holding a control or direction-override character. */
export function findUnsafeName(value: unknown, path: string, depth = 0): string | null {
  if (typeof value !== 'object' || value === null || depth > 64) return null;
  const entries = Array.isArray(value)
    ? (value as unknown[]).map((v, i) => [String(i), v] as const)
    : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof item === 'string' && NAME_KEY.test(key) && UNSAFE_IN_NAME.test(item)) {
      return `${path}.${key}`;
    }
    const found = findUnsafeName(item, `${path}.${key}`, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
