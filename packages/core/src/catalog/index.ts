import { EXERCISES } from './exercises/index.js';
import { INTERVENTIONS } from './interventions/index.js';
import { LESSONS } from './lessons/index.js';
import type { Catalog } from './types.js';

/** Version of the catalogue content; stored with every plan made from it. */
export const CATALOG_VERSION = '2026.12.1';

/** Backplan's own catalogue: home exercises, education lessons and interventions. */
export const CATALOG: Catalog = {
  version: CATALOG_VERSION,
  exercises: EXERCISES,
  lessons: LESSONS,
  interventions: INTERVENTIONS,
};

export { EXERCISES, INTERVENTIONS, LESSONS };
export * from './dose.js';
export type * from './types.js';
