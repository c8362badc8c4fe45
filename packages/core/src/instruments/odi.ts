import { optionsByPosition } from './builders.js';
import type { InstrumentDefinition, InstrumentItem } from './types.js';

/**
 * [design] More than this many skipped sections makes the ODI not scoreable. Fairbank 2000
 * allows a reduced denominator but fixes no limit; two of ten keeps at least 80% of the form.
 */
export const ODI_MAX_SKIPPED_SECTIONS = 2;

const DIFFICULTY = optionsByPosition([
  'No difficulty',
  'Slight difficulty',
  'Moderate difficulty',
  'Marked difficulty',
  'Severe difficulty',
  'Cannot do at all',
]);

const PAIN = optionsByPosition([
  'No pain',
  'Mild pain',
  'Moderate pain',
  'Fairly strong pain',
  'Very strong pain',
  'Extreme pain',
]);

const SECTIONS: readonly (readonly [slug: string, label: string])[] = [
  ['pain-intensity', 'Pain intensity'],
  ['personal-care', 'Personal care (washing, dressing)'],
  ['lifting', 'Lifting'],
  ['walking', 'Walking'],
  ['sitting', 'Sitting'],
  ['standing', 'Standing'],
  ['sleeping', 'Sleeping'],
  ['sex-life', 'Sex life (if applicable)'],
  ['social-life', 'Social life'],
  ['travelling', 'Travelling'],
];

const ITEMS: readonly InstrumentItem[] = SECTIONS.map(([slug, label], index) => ({
  id: `odi.${slug}`,
  number: index + 1,
  label,
  options: index === 0 ? PAIN : DIFFICULTY,
}));

/** Oswestry Disability Index v2.1a (fairbank-2000): ten sections, score as a percentage. */
export const ODI = {
  id: 'odi',
  name: 'Oswestry Disability Index v2.1a',
  abbreviation: 'ODI',
  description:
    'Ten sections on how back pain limits daily life, each scored 0-5; the score is the sum as a percentage of the maximum for the sections answered.',
  itemNoun: { singular: 'section', plural: 'sections' },
  labelsAreParaphrases: true,
  licence:
    'Copyright; the official wording is licensed through Mapi Research Trust. These labels are our own paraphrases, not the licensed text.',
  items: ITEMS,
  scoring: {
    method: { kind: 'percent', decimals: 1 },
    maxSkipped: ODI_MAX_SKIPPED_SECTIONS,
    maxSkippedIsDesign: true,
    itemCount: { min: 10, max: 10 },
  },
  // fairbank-2000 categories; a one-decimal score above a band's max belongs to the next band.
  bands: [
    { id: 'minimal', label: 'Minimal disability', min: 0, max: 20 },
    { id: 'moderate', label: 'Moderate disability', min: 21, max: 40 },
    { id: 'severe', label: 'Severe disability', min: 41, max: 60 },
    { id: 'crippled', label: 'Crippling back pain', min: 61, max: 80 },
    { id: 'bed-bound', label: 'Bed-bound (or symptoms exaggerated)', min: 81, max: 100 },
  ],
  range: { min: 0, max: 100 },
  higherIsBetter: false,
  // Ostelo 2008: 10 points or 30% of baseline.
  importantChange: { kind: 'absolute-or-relative', points: 10, percent: 30 },
  loinc: { panel: '97908-8', score: '97909-6' },
  evidence: ['fairbank-2000', 'ostelo-2008'],
} as const satisfies InstrumentDefinition;
