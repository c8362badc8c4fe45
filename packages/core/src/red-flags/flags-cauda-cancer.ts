import { GO_TO_EMERGENCY, RED_FLAG_SCREEN_EVIDENCE } from './flag-common.js';
import type { FactId, RedFlagDefinition } from './types.js';

const CAUDA_EQUINA_FEATURES = [
  'saddle-numbness',
  'bladder-change',
  'bowel-change',
  'sexual-dysfunction',
  'bilateral-leg-symptoms',
  'progressive-leg-weakness',
] as const satisfies readonly FactId[];

const CORD_COMPRESSION_PAIN = [
  'thoracic-pain',
  'progressive-unremitting-pain',
  'pain-worse-straining',
  'night-pain-stops-sleep',
  'spinal-tenderness',
] as const satisfies readonly FactId[];

/** Weak alone (finucane-2020): only a combination changes care. */
const MALIGNANCY_FEATURES = [
  'unexplained-weight-loss',
  'no-improvement-4-weeks',
  'age-over-50-new-pain',
] as const satisfies readonly FactId[];

/** Cauda equina, cord compression and malignancy tiers (red-flags.md; finucane-2020, nice-ng59). */
export const CAUDA_CANCER_FLAGS = [
  {
    id: 'cauda-equina',
    name: 'Cauda equina',
    tiers: [
      {
        when: { countAtLeast: 1, of: CAUDA_EQUINA_FEATURES },
        level: 'emergency',
        action:
          'Suspected cauda equina syndrome: send for same-day emergency department assessment and emergency MRI. Do not start or continue physical therapy.',
        patientAction: `${GO_TO_EMERGENCY} Tell them you have back pain with new numbness, bladder, bowel or leg changes.`,
      },
    ],
    evidence: RED_FLAG_SCREEN_EVIDENCE,
  },
  {
    id: 'cord-compression-cancer',
    name: 'Spinal cord compression (cancer)',
    tiers: [
      {
        when: {
          all: [
            { fact: 'cancer-history' },
            { countAtLeast: 1, of: CORD_COMPRESSION_PAIN },
            { fact: 'neurological-deficit' },
          ],
        },
        level: 'emergency',
        action:
          'Suspected metastatic spinal cord compression with neurological signs: send for same-day emergency assessment and alert the acute oncology team.',
        patientAction: `${GO_TO_EMERGENCY} Tell them you have had cancer and now have back pain with weakness or numbness.`,
      },
      {
        when: { all: [{ fact: 'cancer-history' }, { countAtLeast: 1, of: CORD_COMPRESSION_PAIN }] },
        level: 'urgent',
        action:
          'Possible spinal metastasis: contact the oncology team or the patient’s doctor today to arrange urgent imaging, and record the review before any plan is made.',
        patientAction:
          'Please contact your doctor or cancer team today about this back pain. If you notice weakness, numbness, or bladder or bowel changes, go to an emergency department straight away.',
      },
    ],
    evidence: RED_FLAG_SCREEN_EVIDENCE,
  },
  {
    id: 'malignancy',
    name: 'Malignancy',
    tiers: [
      {
        when: { fact: 'cancer-history' },
        level: 'urgent',
        action:
          'History of cancer, the one useful single flag: review for possible spinal metastasis with the patient’s doctor, and record the review before any plan is made.',
        patientAction:
          'Because you have had cancer, please tell your doctor about this back pain in the next day or two. Your therapist will go over it with you before your plan starts.',
      },
      {
        when: { countAtLeast: 2, of: MALIGNANCY_FEATURES },
        level: 'routine-referral',
        action:
          'Two or more features that raise the chance of cancer: refer to the patient’s doctor for assessment; care may continue and the referral is listed on the plan.',
      },
      {
        when: { countExactly: 1, of: MALIGNANCY_FEATURES },
        level: 'note',
        action:
          'One non-specific cancer feature: record it and ask again at each review; on its own it does not change care.',
      },
    ],
    evidence: RED_FLAG_SCREEN_EVIDENCE,
  },
] as const satisfies readonly RedFlagDefinition[];
