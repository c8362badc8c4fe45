import { numericScale } from './builders.js';
import type { Band, InstrumentDefinition } from './types.js';

/**
 * [design] NPRS severity bands. No source in shared/clinical fixes them; they follow the
 * common none / mild / moderate / severe split and a clinic may change them.
 */
export const NPRS_BANDS = [
  { id: 'none', label: 'No pain', min: 0, max: 0, design: true },
  { id: 'mild', label: 'Mild pain', min: 1, max: 3, design: true },
  { id: 'moderate', label: 'Moderate pain', min: 4, max: 6, design: true },
  { id: 'severe', label: 'Severe pain', min: 7, max: 10, design: true },
] as const satisfies readonly Band[];

/** Numeric Pain Rating Scale: one 0-10 rating, used for pain now, during exercise and overnight. */
export const NPRS = {
  id: 'nprs',
  name: 'Numeric Pain Rating Scale',
  abbreviation: 'NPRS',
  description:
    'A single rating of pain intensity from 0 (no pain) to 10 (worst imaginable); the score is the rating.',
  labelsAreParaphrases: true,
  licence: 'Generic numeric rating scale in the public domain style; these labels are our own.',
  items: [
    {
      id: 'nprs.pain',
      number: 1,
      label: 'Pain intensity',
      options: numericScale(10, 'no pain', 'worst pain imaginable'),
    },
  ],
  scoring: { method: { kind: 'sum' }, maxSkipped: 0, itemCount: { min: 1, max: 1 } },
  bands: NPRS_BANDS,
  range: { min: 0, max: 10 },
  higherIsBetter: false,
  // Ostelo 2008: 2 points or 30% of baseline.
  importantChange: { kind: 'absolute-or-relative', points: 2, percent: 30 },
  loinc: { score: '72514-3' },
  evidence: ['ostelo-2008'],
} as const satisfies InstrumentDefinition;
