import { numberedItems, numericScale } from './builders.js';
import type { InstrumentDefinition } from './types.js';

/**
 * [design] No PSEQ item may be skipped: the bands are fixed on the 0-60 sum, which a missing
 * item would lower. A clinic may relax this.
 */
export const PSEQ_MAX_SKIPPED = 0;

// Topics of the ten items ("how confident are you that you can ..."), our own wording.
const LABELS = [
  'Confidence: enjoyment despite pain',
  'Confidence: managing housework',
  'Confidence: keeping up a social life',
  'Confidence: coping in most situations',
  'Confidence: some work, paid or unpaid',
  'Confidence: favourite activities',
  'Confidence: coping without medicines',
  'Confidence: pursuing life goals',
  'Confidence: an ordinary life',
  'Confidence: becoming more active step by step',
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
