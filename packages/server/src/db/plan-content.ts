import type { Plan } from '@backplan/core';
import type { Kysely } from 'kysely';
import { readJson } from './dialect.js';
import { preparedQuery } from './prepared.js';
import type { Database } from './schema.js';

/**
 * The content of plan versions, parsed once and kept: a plan row's content never changes (edits
 * and accepted proposals make a new version; only the row's status moves), so a version read by id
 * is the same on every request and in every server process. Only the question "which version is
 * active" goes to the database each time. The cached plans are frozen: a caller that wants to
 * change one must copy it.
 */
const CACHED_PLANS = 500;

const planText = preparedQuery((db, a: { clinicId: string; planId: string }) =>
  db
    .selectFrom('plan')
    .select('plan')
    .where('clinic_id', '=', a.clinicId)
    .where('id', '=', a.planId),
);

const caches = new WeakMap<Kysely<Database>, Map<string, Plan>>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The content of one plan version of a clinic (frozen), or `undefined` when there is no such row. */
export async function planContent(
  db: Kysely<Database>,
  clinicId: string,
  planId: string,
): Promise<Readonly<Plan> | undefined> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = `${clinicId}\n${planId}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Most recently used last, so eviction drops the least recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const [row] = await planText(db, { clinicId, planId });
  if (row === undefined) return undefined;
  const plan = deepFreeze(readJson(row.plan) as Plan);
  if (cache.size >= CACHED_PLANS) {
    // Maps iterate in insertion order: the first key is the least recently used.
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(key, plan);
  return plan;
}
