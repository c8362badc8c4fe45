import { optionsByPosition } from './builders.js';
import type { AnswerOption, InstrumentDefinition, InstrumentItem } from './types.js';

const AGREE = optionsByPosition(['Disagree', 'Agree']);

// startback-2008: only "very much" and "extremely" score on the bothersomeness item.
const BOTHERSOME: readonly AnswerOption[] = [
  { score: 0, label: 'Not at all' },
  { score: 0, label: 'Slightly' },
  { score: 0, label: 'Moderately' },
  { score: 1, label: 'Very much' },
  { score: 1, label: 'Extremely' },
];

// Item topics in Keele form order, our own wording, with the LOINC item codes in the same order.
const ITEMS_SPEC: readonly (readonly [label: string, loinc: string])[] = [
  ['Pain reaching into one or both legs', '91340-0'],
  ['Shoulder or neck pain as well', '91341-8'],
  ['Walking distance limited by back pain', '91342-6'],
  ['Slower dressing because of back pain', '91343-4'],
  ['Doubt that being active is safe', '91344-2'],
  ['Much of the time taken up by worry', '91345-9'],
  ['Pain seen as awful and unlikely to improve', '91346-7'],
  ['Loss of enjoyment in usual pleasures', '91347-5'],
  ['Overall bother from back pain', '91348-3'],
];

const ITEMS: readonly InstrumentItem[] = ITEMS_SPEC.map(([label, loinc], index) => ({
  id: `startback.${index + 1}`,
  number: index + 1,
  label,
  options: index === 8 ? BOTHERSOME : AGREE,
  loinc,
}));

/** Keele STarT Back Screening Tool (startback-2008): nine items, total and psychosocial risk. */
export const STARTBACK = {
  id: 'startback',
  name: 'Keele STarT Back Screening Tool',
  abbreviation: 'STarT Back',
  description:
    'Nine items on the last two weeks; the total (0-9) and the psychosocial subscale (items 5-9, 0-5) sort the person into low, medium or high risk of persistent disability.',
  recallPeriod: 'last 2 weeks',
  labelsAreParaphrases: true,
  licence:
    'Copyright Keele University; the official wording and translations come from Keele. These labels are our own paraphrases.',
  items: ITEMS,
  scoring: {
    method: { kind: 'sum' },
    maxSkipped: 0,
    itemCount: { min: 9, max: 9 },
    // Items 5-9 as numbered on the Keele form; the 1,4,7,8,9 seen in some secondary sources is wrong.
    subscales: [
      { id: 'psychosocial', label: 'Psychosocial', items: [5, 6, 7, 8, 9], loinc: '91350-9' },
    ],
    risk: {
      subscale: 'psychosocial',
      lowMaxTotal: 3,
      highMinSubscale: 4,
      answerCodes: { low: 'LA9194-7', medium: 'LA8982-6', high: 'LA9193-9' },
    },
  },
  range: { min: 0, max: 9 },
  higherIsBetter: false,
  loinc: { panel: '91349-1', score: '91351-7', risk: '91352-5' },
  evidence: ['startback-2008'],
} as const satisfies InstrumentDefinition;
