import { numberedItems, optionsByPosition } from './builders.js';
import type { InstrumentDefinition } from './types.js';

/**
 * [design] No RMDQ statement may be left unanswered: the score is a count of "yes", so a
 * skipped statement would silently count as "no". A clinic may relax this.
 */
export const RMDQ_MAX_SKIPPED = 0;

// Topics of the 24 statements, in form order, in our own words.
const LABELS = [
  'Mostly housebound by the back',
  'Shifts position a lot for comfort',
  'Slower walking pace',
  'Household jobs left undone',
  'Relies on the banister for stairs',
  'Extra rests lying down',
  'Needs support to rise from an armchair',
  'Relies on others for tasks',
  'Slower dressing',
  'Only short spells of standing',
  'Avoids bending and kneeling',
  'Difficulty rising from a chair',
  'Back pain nearly constant',
  'Difficulty rolling over in bed',
  'Appetite reduced by pain',
  'Difficulty with socks or tights',
  'Only short walking distances',
  'Poorer sleep',
  'Help needed with dressing',
  'Seated for most of the day',
  'Avoids heavy housework',
  'Quicker to irritation',
  'Slower on stairs',
  'Mostly in bed',
] as const;

/** Roland-Morris Disability Questionnaire: 24 yes/no statements; score = number of yes. */
export const RMDQ = {
  id: 'rmdq',
  name: 'Roland-Morris Disability Questionnaire',
  abbreviation: 'RMDQ',
  description:
    'Twenty-four statements about what back pain stops the person doing today; the score is the number that apply (0-24), higher is worse.',
  recallPeriod: 'today',
  itemNoun: { singular: 'statement', plural: 'statements' },
  labelsAreParaphrases: true,
  licence:
    'Roland and Morris (1983); the official wording is not ours to copy. These labels are our own paraphrases.',
  items: numberedItems('rmdq', LABELS, optionsByPosition(['No', 'Yes'])),
  scoring: {
    method: { kind: 'sum' },
    maxSkipped: RMDQ_MAX_SKIPPED,
    maxSkippedIsDesign: true,
    itemCount: { min: 24, max: 24 },
  },
  range: { min: 0, max: 24 },
  higherIsBetter: false,
  // Ostelo 2008: 5 points or 30% of baseline.
  importantChange: { kind: 'absolute-or-relative', points: 5, percent: 30 },
  loinc: {},
  evidence: ['ostelo-2008'],
} as const satisfies InstrumentDefinition;
