import { upgradePlan, type Plan } from '@backplan/core';
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

/** By the database's adapter, which its transactions share: one cache per database. */
const caches = new WeakMap<object, Map<string, Plan>>();

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
  const adapter = db.getExecutor().adapter;
  let cache = caches.get(adapter);
  if (cache === undefined) {
    cache = new Map();
    caches.set(adapter, cache);
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
  // Stored before a field existed: read with its default, like every plan read.
  const plan = deepFreeze(upgradePlan(readJson(row.plan)));
  if (cache.size >= CACHED_PLANS) {
    // Maps iterate in insertion order: the first key is the least recently used.
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(key, plan);
  return plan;
}

/** A plan version as the daily loop needs it: its id and its (frozen, cached) content. */
export interface PlanVersion {
  readonly id: string;
  readonly content: Readonly<Plan>;
}

const activePlanId = preparedQuery((db, a: { clinicId: string; patientId: string }) =>
  db
    .selectFrom('plan')
    .select('id')
    .where('clinic_id', '=', a.clinicId)
    .where('patient_id', '=', a.patientId)
    .where('status', '=', 'active'),
);

const patientPlanId = preparedQuery(
  (db, a: { clinicId: string; patientId: string; planId: string }) =>
    db
      .selectFrom('plan')
      .select('id')
      .where('clinic_id', '=', a.clinicId)
      .where('patient_id', '=', a.patientId)
      .where('id', '=', a.planId),
);

/** The patient's active plan version, or `undefined` when none is published. */
export async function activePlanVersion(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string,
): Promise<PlanVersion | undefined> {
  const [row] = await activePlanId(db, { clinicId, patientId });
  return row === undefined ? undefined : planVersion(db, clinicId, row.id);
}

/** One plan version of the patient, active or not, or `undefined` when it is not theirs. */
export async function patientPlanVersion(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string,
  planId: string,
): Promise<PlanVersion | undefined> {
  const [row] = await patientPlanId(db, { clinicId, patientId, planId });
  return row === undefined ? undefined : planVersion(db, clinicId, row.id);
}

/** A plan version of the clinic by id, or `undefined` when there is none. */
export async function planVersion(
  db: Kysely<Database>,
  clinicId: string,
  id: string,
): Promise<PlanVersion | undefined> {
  const content = await planContent(db, clinicId, id);
  return content === undefined ? undefined : { id, content };
}
