import { numberedItems, numericScale } from './builders.js';
import type { InstrumentDefinition } from './types.js';

/**
 * [design] Every activity the patient named must be rated: with only 3-5 ratings, a mean over
 * fewer would describe a different set of activities.
 */
export const PSFS_MAX_SKIPPED = 0;

/** Patient-Specific Functional Scale: 3-5 activities the patient names, each rated 0-10. */
export const PSFS = {
  id: 'psfs',
  name: 'Patient-Specific Functional Scale',
  abbreviation: 'PSFS',
  description:
    'The patient names three to five activities that are hard because of the problem and rates each from 0 (unable) to 10 (as able as before); the score is the mean rating.',
  itemNoun: { singular: 'activity', plural: 'activities' },
  labelsAreParaphrases: true,
  licence: 'Stratford et al. (1995); free to use, public domain style. These labels are our own.',
  items: numberedItems(
    'psfs',
    [1, 2, 3, 4, 5].map((n) => `Activity ${n} named by the patient`),
    numericScale(10, 'unable to do it', 'as able as before the problem'),
  ),
  scoring: {
    method: { kind: 'mean', decimals: 1 },
    maxSkipped: PSFS_MAX_SKIPPED,
    maxSkippedIsDesign: true,
    itemCount: { min: 3, max: 5 },
  },
  range: { min: 0, max: 10 },
  higherIsBetter: true,
  // Detectable change for the mean; 3 points applies to a single activity, not to this score.
  importantChange: { kind: 'absolute', points: 2 },
  loinc: {},
  evidence: [],
} as const satisfies InstrumentDefinition;
