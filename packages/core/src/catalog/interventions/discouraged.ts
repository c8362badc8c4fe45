import type { Intervention } from '../types.js';

/**
 * Care the guidelines recommend against as routine (evidence.md). The plan generator never adds
 * these; a clinician who adds one by hand sees the warning in `reason`.
 */
export const DISCOURAGED_INTERVENTIONS = [
  {
    id: 'bed-rest',
    name: 'Bed rest',
    setting: 'self-care',
    description:
      'Advice to lie down in bed for a day or more to let back pain settle. Short rests in a severe spell are fine; prolonged rest is not.',
    status: 'discouraged',
    reason:
      'Advice to rest in bed helps less than advice to stay active (dahm-2010), rest has no role in chronic low back pain (lancet-2018), and NICE NG59 advises encouraging a return to normal activity.',
    onlyWithExercise: false,
    evidence: ['dahm-2010', 'lancet-2018', 'nice-ng59'],
  },
  {
    id: 'lumbar-support',
    name: 'Lumbar belts, corsets and braces',
    setting: 'self-care',
    description:
      'A belt, corset or brace worn around the lower back to support or limit its movement.',
    status: 'discouraged',
    reason:
      'NICE NG59 says do not offer belts or corsets for low back pain, and the WHO 2023 guideline says lumbar braces, belts and supports should not be part of routine care for chronic low back pain.',
    onlyWithExercise: false,
    evidence: ['nice-ng59', 'who-2023'],
  },
  {
    id: 'traction',
    name: 'Traction',
    setting: 'clinic',
    description:
      'A pulling force applied along the spine by a machine, weights or the therapist to separate the vertebrae.',
    status: 'discouraged',
    reason:
      'NICE NG59 says do not offer traction for low back pain, and the WHO 2023 guideline says it should not be part of routine care for chronic low back pain.',
    onlyWithExercise: false,
    evidence: ['nice-ng59', 'who-2023'],
  },
  {
    id: 'therapeutic-ultrasound',
    name: 'Therapeutic ultrasound',
    setting: 'clinic',
    description:
      'High-frequency sound waves delivered through a probe moved over the skin of the back, intended to heat or stimulate the tissues.',
    status: 'discouraged',
    reason:
      'NICE NG59 says do not offer ultrasound for low back pain, and the WHO 2023 guideline says it should not be part of routine care for chronic low back pain.',
    onlyWithExercise: false,
    evidence: ['nice-ng59', 'who-2023'],
  },
  {
    id: 'tens',
    name: 'TENS and PENS',
    setting: 'clinic',
    description:
      'Electrical nerve stimulation for pain relief: through pads on the skin (TENS, including home units) or through fine needles (PENS).',
    status: 'discouraged',
    reason:
      'NICE NG59 says do not offer TENS or PENS for low back pain, and the WHO 2023 guideline says TENS should not be part of routine care for chronic low back pain.',
    onlyWithExercise: false,
    evidence: ['nice-ng59', 'who-2023'],
  },
  {
    id: 'interferential-therapy',
    name: 'Interferential therapy',
    setting: 'clinic',
    description:
      'Two medium-frequency electrical currents crossed in the tissues of the back through pads on the skin, intended to relieve pain.',
    status: 'discouraged',
    reason:
      'NICE NG59 says do not offer interferential therapy for low back pain; the WHO 2023 guideline did not assess it on its own but says TENS, the nearest electrical therapy it did assess, should not be part of routine care.',
    onlyWithExercise: false,
    evidence: ['nice-ng59', 'who-2023'],
  },
  {
    id: 'foot-orthotics',
    name: 'Foot orthotics and rocker-sole shoes',
    setting: 'self-care',
    description:
      'Shoe inserts, or shoes with a curved rocker sole, intended to change how load passes from the feet to the back.',
    status: 'discouraged',
    reason: 'NICE NG59 says do not offer foot orthotics or rocker-sole shoes for low back pain.',
    onlyWithExercise: false,
    evidence: ['nice-ng59'],
  },
  {
    id: 'routine-imaging',
    name: 'Routine imaging in a non-specialist setting',
    setting: 'clinic',
    description:
      'X-ray, CT or MRI of the lumbar spine requested as a matter of course from primary care or physiotherapy, without suspected serious pathology.',
    status: 'discouraged',
    reason:
      'NICE NG59 says do not routinely offer imaging in a non-specialist setting; consider it in a specialist setting only when the result is likely to change management, and route suspected serious pathology through the red-flag screen.',
    onlyWithExercise: false,
    evidence: ['nice-ng59'],
  },
] as const satisfies readonly Intervention[];
