import type { EvidenceId } from './evidence.js';

/** A computation that either produced a value or a typed reason why it could not. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/** A conclusion the software draws, with the reasons a clinician can check and their sources. */
export interface Reasoned {
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}
