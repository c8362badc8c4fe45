import { numberedItems, optionsByPosition } from './builders.js';
import type { InstrumentDefinition } from './types.js';

/**
 * [design] No RMDQ statement may be left unanswered: the score is a count of "yes", so a
 * skipped statement would silently count as "no". A clinic may relax this.
 */
export const RMDQ_MAX_SKIPPED = 0;

// Topics of the 24 statements, in form order, in our own words.
const LABELS = [
  'Stays at home most of the time because of the back',
  'Changes position often to get comfortable',
  'Walks more slowly than usual',
  'Not doing the usual jobs around the house',
  'Uses a handrail to get upstairs',
  'Lies down to rest more often',
  'Needs something to hold on to when getting out of an armchair',
  'Asks other people to do things for them',
  'Gets dressed more slowly than usual',
  'Stands only for short periods',
  'Avoids bending or kneeling',
  'Finds it hard to get up from a chair',
  'Back hurts almost all the time',
  'Finds it hard to turn over in bed',
  'Appetite is poor because of back pain',
  'Has trouble putting on socks or stockings',
  'Walks only short distances',
  'Sleeps less well',
  'Needs help to get dressed',
  'Sits down for most of the day',
  'Avoids heavy jobs around the house',
  'More irritable or short-tempered than usual',
  'Goes upstairs more slowly than usual',
  'Stays in bed most of the time',
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
