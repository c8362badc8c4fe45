import type { Intervention } from '../types.js';

/**
 * Hands-on and needle treatments. Each is only ever given alongside an exercise programme
 * (nice-ng59, apta-cpg-2021): on its own it is passive care, which the guidelines do not support.
 */
export const MANUAL_AND_NEEDLING_INTERVENTIONS = [
  {
    id: 'thrust-manipulation',
    name: 'Spinal manipulation (thrust)',
    setting: 'clinic',
    description:
      'A single quick, small-range push applied by the therapist to a joint of the spine, sometimes with a pop or click. Manipulation is a technique, not a profession: physiotherapists, osteopaths, chiropractors and doctors all use it. Used for short-term pain relief to help the patient move and exercise; the Flynn prediction rule can support the choice but does not decide it.',
    status: 'optional',
    onlyWithExercise: true,
    evidence: ['nice-ng59', 'apta-cpg-2021', 'who-2023', 'flynn-2002'],
  },
  {
    id: 'non-thrust-mobilisation',
    name: 'Spinal mobilisation (non-thrust)',
    setting: 'clinic',
    description:
      'Slow, repeated, graded movements or pressures applied by the therapist to a joint of the spine, without a quick thrust, to ease pain and stiffness so that exercise is easier.',
    status: 'optional',
    onlyWithExercise: true,
    evidence: ['nice-ng59', 'apta-cpg-2021'],
  },
  {
    id: 'soft-tissue-massage',
    name: 'Soft-tissue massage and myofascial release',
    setting: 'clinic',
    description:
      'Hands-on work on the muscles and connective tissue of the back, hips and legs, used for short-term relief of pain and tension as a bridge into active exercise.',
    status: 'optional',
    onlyWithExercise: true,
    evidence: ['nice-ng59', 'apta-cpg-2021', 'who-2023'],
  },
  {
    id: 'dry-needling',
    name: 'Dry needling',
    setting: 'clinic',
    description:
      'Fine, solid filament needles inserted by a trained therapist into tender or tight points in muscle. An option for chronic low back pain, given with exercise and other active care (apta-cpg-2021: "can").',
    status: 'optional',
    onlyWithExercise: true,
    evidence: ['apta-cpg-2021', 'who-2023'],
  },
  {
    id: 'acupuncture',
    name: 'Acupuncture',
    setting: 'clinic',
    description:
      'Fine needles placed at chosen points of the body, following acupuncture practice, to relieve pain. If used, it is given alongside exercise, after the patient has heard that the guidelines disagree.',
    status: 'contested',
    reason:
      'NICE NG59 says do not offer acupuncture for low back pain, while the ACP 2017 guideline lists it among the options and the WHO 2023 guideline says needling therapies may be offered for chronic low back pain; use it only alongside exercise, after telling the patient the guidelines disagree.',
    onlyWithExercise: true,
    evidence: ['nice-ng59', 'acp-2017', 'who-2023'],
  },
] as const satisfies readonly Intervention[];
