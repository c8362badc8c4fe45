import { GO_TO_EMERGENCY, RED_FLAG_SCREEN_EVIDENCE } from './flag-common.js';
import type { FactId, RedFlagDefinition } from './types.js';

/** NICE NG65 referral criteria for suspected axial spondyloarthritis, as cited from nice-ng59. */
const AXSPA_FEATURES = [
  'onset-before-35',
  'waking-second-half-night',
  'buttock-pain',
  'better-with-movement',
  'nsaid-response',
  'family-history-spondyloarthritis',
  'arthritis',
  'enthesitis',
  'psoriasis',
] as const satisfies readonly FactId[];

/**
 * Fracture features other than significant trauma. Each is weak alone; together they raise the
 * probability (downie-2013), so one is a note for the clinician and two or more are urgent.
 */
const FRACTURE_FEATURES = [
  'minor-trauma-osteoporosis',
  'long-term-corticosteroids',
  'bruise-over-spine',
  'age-over-70',
] as const satisfies readonly FactId[];

/** Fracture, infection and axial spondyloarthritis tiers (red-flags.md; finucane-2020, nice-ng59, downie-2013). */
export const FRACTURE_INFECTION_AXSPA_FLAGS = [
  {
    id: 'fracture',
    name: 'Fracture',
    tiers: [
      {
        when: { all: [{ fact: 'significant-trauma' }, { fact: 'neurological-deficit' }] },
        level: 'emergency',
        action:
          'Trauma with neurological deficit, possible unstable fracture: send for same-day emergency department assessment. Do not start physical therapy.',
        patientAction: `${GO_TO_EMERGENCY} Tell them about your injury and the weakness or numbness.`,
      },
      {
        when: {
          any: [{ fact: 'significant-trauma' }, { countAtLeast: 2, of: FRACTURE_FEATURES }],
        },
        level: 'urgent',
        action:
          'Possible vertebral fracture (significant trauma, or several fracture features together): arrange medical review and imaging if indicated, and record the review before any plan is made.',
        patientAction:
          'Please see your doctor in the next day or two so they can check the bones of your back. Your therapist will go over it with you before your plan starts.',
      },
      {
        when: { countAtLeast: 1, of: FRACTURE_FEATURES },
        level: 'note',
        action:
          'One fracture feature on its own: examine for fracture (spinal tenderness, pain on weight bearing) and screen again if it changes; alone it does not change care.',
      },
    ],
    evidence: [...RED_FLAG_SCREEN_EVIDENCE, 'downie-2013'],
  },
  {
    id: 'infection',
    name: 'Infection',
    tiers: [
      {
        when: { countAtLeast: 1, of: ['fever', 'measured-fever', 'systemically-unwell'] },
        level: 'emergency',
        action:
          'Back pain with fever or systemic illness, possible spinal infection: send for same-day emergency department assessment.',
        patientAction: `${GO_TO_EMERGENCY} Tell them you have back pain and a fever or feel unwell.`,
      },
      {
        when: {
          countAtLeast: 1,
          of: ['iv-drug-use', 'immunosuppression', 'recent-infection-or-spinal-procedure'],
        },
        level: 'urgent',
        action:
          'Risk factors for spinal infection: arrange medical review within a day, record the review before any plan is made, and screen again at once if fever appears.',
        patientAction:
          'Please contact your doctor within the next day about this back pain. If you get a fever or feel very unwell, go to an emergency department.',
      },
    ],
    evidence: RED_FLAG_SCREEN_EVIDENCE,
  },
  {
    id: 'axial-spondyloarthritis',
    name: 'Axial spondyloarthritis',
    tiers: [
      {
        when: {
          all: [
            { fact: 'onset-before-45-lasting-over-3-months' },
            { countAtLeast: 4, of: AXSPA_FEATURES },
          ],
        },
        level: 'routine-referral',
        action:
          'Four or more features of axial spondyloarthritis: refer to rheumatology; physical therapy may continue and the referral is listed on the plan.',
      },
      {
        when: {
          all: [
            { fact: 'onset-before-45-lasting-over-3-months' },
            { countExactly: 3, of: AXSPA_FEATURES },
          ],
        },
        level: 'routine-referral',
        action:
          'Three features of axial spondyloarthritis: ask the patient’s doctor to test HLA-B27 and refer to rheumatology if it is positive; physical therapy may continue.',
      },
    ],
    evidence: RED_FLAG_SCREEN_EVIDENCE,
  },
] as const satisfies readonly RedFlagDefinition[];
