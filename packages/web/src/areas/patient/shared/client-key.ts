import { useState } from 'react';

/** A random v4 UUID; `crypto.randomUUID` only exists on secure origins, so fall back to bytes. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One idempotency key for the life of a form: a double tap or a retry after a lost answer sends
 * the same key, and the server stores the record once.
 */
export function useClientKey(): string {
  const [key] = useState(newKey);
  return key;
}
