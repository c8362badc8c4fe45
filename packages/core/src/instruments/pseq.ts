import { numberedItems, numericScale } from './builders.js';
import type { InstrumentDefinition } from './types.js';

/**
 * [design] No PSEQ item may be skipped: the bands are fixed on the 0-60 sum, which a missing
 * item would lower. A clinic may relax this.
 */
export const PSEQ_MAX_SKIPPED = 0;

// Topics of the ten items ("how confident are you that you can ..."), our own wording.
const LABELS = [
  'Can enjoy things despite the pain',
  'Can do most household chores',
  'Can socialise as often as before',
  'Can cope with the pain in most situations',
  'Can do some kind of work',
  'Can still do many of the things they enjoy',
  'Can cope with the pain without medication',
  'Can still reach most of their goals in life',
  'Can live a normal lifestyle',
  'Can gradually become more active',
] as const;

/** Pain Self-Efficacy Questionnaire: ten items 0-6; sum 0-60, higher is better. */
export const PSEQ = {
  id: 'pseq',
  name: 'Pain Self-Efficacy Questionnaire',
  abbreviation: 'PSEQ',
  description:
    'Ten items on how confident the person is that they can do things despite the pain, each 0-6; the score is the sum (0-60), higher is better.',
  labelsAreParaphrases: true,
  licence:
    'Nicholas (1989, published 2007); the official wording is not ours to copy. These labels are our own paraphrases.',
  items: numberedItems('pseq', LABELS, numericScale(6, 'not confident at all', 'fully confident')),
  scoring: {
    method: { kind: 'sum' },
    maxSkipped: PSEQ_MAX_SKIPPED,
    maxSkippedIsDesign: true,
    itemCount: { min: 10, max: 10 },
  },
  bands: [
    { id: 'severe', label: 'Severe (very low confidence)', min: 0, max: 19 },
    { id: 'moderate', label: 'Moderate', min: 20, max: 30 },
    { id: 'mild', label: 'Mild', min: 31, max: 40 },
    { id: 'minimal', label: 'Minimal', min: 41, max: 60 },
  ],
  range: { min: 0, max: 60 },
  higherIsBetter: true,
  importantChange: { kind: 'absolute-and-band', points: 7 },
  loinc: {},
  evidence: [],
} as const satisfies InstrumentDefinition;
