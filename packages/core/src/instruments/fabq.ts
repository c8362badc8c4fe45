import { numberedItems, numericScale } from './builders.js';
import type { InstrumentDefinition } from './types.js';

// Topics of the 16 statements, in form order, in our own words.
const LABELS = [
  'Belief: activity caused the pain',
  'Belief: activity aggravates the pain',
  'Belief: activity could damage the back',
  'Belief: aggravating activity is best avoided',
  'Belief: aggravating activity is impossible',
  'Belief: work or a work accident caused it',
  'Belief: work aggravated the pain',
  'Compensation claim for the pain',
  'Belief: the job is too heavy',
  'Belief: work aggravates the pain',
  'Belief: work could damage the back',
  'Belief: usual work is unwise with this pain',
  'Belief: usual work is impossible with this pain',
  'Belief: no usual work until treated',
  'Doubt about usual work within 3 months',
  'Doubt about ever returning to that work',
] as const;

const PHYSICAL_ACTIVITY_ITEMS = [2, 3, 4, 5] as const;
const WORK_ITEMS = [6, 7, 9, 10, 11, 12, 15] as const;

/** Fear-Avoidance Beliefs Questionnaire: 16 items 0-6; headline = physical activity subscale. */
export const FABQ = {
  id: 'fabq',
  name: 'Fear-Avoidance Beliefs Questionnaire',
  abbreviation: 'FABQ',
  description:
    'Sixteen statements about beliefs on how physical activity and work affect back pain, each 0-6; scored as a physical activity subscale (0-24) and a work subscale (0-42).',
  labelsAreParaphrases: true,
  licence:
    'Waddell et al. (1993); the official wording is not ours to copy. These labels are our own paraphrases.',
  items: numberedItems('fabq', LABELS, numericScale(6, 'strongly disagree', 'strongly agree')),
  scoring: {
    method: { kind: 'subscale', subscale: 'physicalActivity' },
    // Items 1, 8, 13, 14 and 16 are not scored, so only the subscale items must be answered.
    maxSkipped: 0,
    scoredItems: [...PHYSICAL_ACTIVITY_ITEMS, ...WORK_ITEMS].sort((a, b) => a - b),
    itemCount: { min: 16, max: 16 },
    subscales: [
      { id: 'physicalActivity', label: 'Physical activity', items: PHYSICAL_ACTIVITY_ITEMS },
      {
        id: 'work',
        label: 'Work',
        items: WORK_ITEMS,
        cutOffs: [
          {
            when: 'below',
            value: 19,
            meaning: 'a criterion of the spinal manipulation prediction rule',
            evidence: 'flynn-2002',
          },
          { when: 'above', value: 29, meaning: 'a flag for risk in returning to work' },
        ],
      },
    ],
  },
  range: { min: 0, max: 24 },
  higherIsBetter: false,
  loinc: {},
  evidence: [],
} as const satisfies InstrumentDefinition;
