import type { Exercise } from '../catalog/types.js';

/** Exercises by id and each progression chain in order, built once per catalogue. */
export interface CatalogIndex {
  readonly byId: ReadonlyMap<string, Exercise>;
  /** Chain id -> its steps, first (easiest) to last. */
  readonly chains: ReadonlyMap<string, readonly Exercise[]>;
}

// Plans are made many times a second from the same catalogue: index it once, not per plan.
const cache = new WeakMap<readonly Exercise[], CatalogIndex>();

/** The index of a catalogue's exercises (cached per exercise list). */
export function indexCatalog(exercises: readonly Exercise[]): CatalogIndex {
  const hit = cache.get(exercises);
  if (hit !== undefined) return hit;
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const chains = new Map<string, Exercise[]>();
  for (const e of exercises) {
    const head = e.chain.previous === undefined || !byId.has(e.chain.previous);
    if (!head || chains.has(e.chain.id)) continue;
    const steps: Exercise[] = [];
    const seen = new Set<string>();
    for (let step: Exercise | undefined = e; step !== undefined && !seen.has(step.id);) {
      steps.push(step);
      seen.add(step.id);
      step = step.chain.next === undefined ? undefined : byId.get(step.chain.next);
    }
    chains.set(e.chain.id, steps);
  }
  const index = { byId, chains };
  cache.set(exercises, index);
  return index;
}

/** The steps of the exercise's chain from it onwards (itself first). */
export function stepsFrom(index: CatalogIndex, id: string): readonly Exercise[] {
  const e = index.byId.get(id);
  if (e === undefined) return [];
  const steps = index.chains.get(e.chain.id) ?? [e];
  const at = steps.findIndex((s) => s.id === id);
  return at < 0 ? [e] : steps.slice(at);
}
