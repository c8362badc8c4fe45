import type { Intervention } from '../types.js';

/** Self-care comfort measures and supervised programmes that sit beside the home exercise plan. */
export const SUPPORTIVE_CARE_INTERVENTIONS = [
  {
    id: 'superficial-heat',
    name: 'Superficial heat',
    setting: 'self-care',
    description:
      'Warmth over the low back from a heat pack, wheat bag, wrapped hot-water bottle, heat wrap or warm bath, for short spells, to ease pain in acute low back pain and make moving easier (acp-2017: moderate-quality evidence). Never directly on the skin, on numb skin, or while asleep.',
    status: 'recommended',
    onlyWithExercise: false,
    evidence: ['acp-2017'],
  },
  {
    id: 'cold-therapy',
    name: 'Cold therapy',
    setting: 'self-care',
    description:
      'A cold pack wrapped in a cloth over the low back for a few minutes. There is little evidence that cold helps low back pain, so it is an option for patients who find it soothing rather than a recommendation. Never directly on the skin or on numb skin.',
    status: 'optional',
    onlyWithExercise: false,
    evidence: ['acp-2017'],
  },
  {
    // NICE NG59 offers psychological therapies with a cognitive-behavioural approach only as part
    // of a package that includes exercise, hence onlyWithExercise.
    id: 'psychologically-informed-sessions',
    name: 'Psychologically informed physiotherapy',
    setting: 'clinic',
    description:
      'Physiotherapy sessions that use cognitive-behavioural principles: exploring the patient’s beliefs and worries about pain, pain education, pacing, and graded activity or graded exposure to feared movements, combined with exercise. Matched to a high STarT Back risk (startback-2011) and to psychosocial obstacles to recovery (nice-ng59).',
    status: 'recommended',
    onlyWithExercise: true,
    evidence: ['startback-2011', 'nice-ng59', 'lancet-2018'],
  },
  {
    id: 'group-exercise-class',
    name: 'Group exercise class',
    setting: 'clinic',
    description:
      'A supervised class of exercise for people with back pain, whether strengthening, aerobic, mind-body (such as yoga or pilates) or a mix, chosen to suit the patient. NICE NG59 says consider a group exercise programme for a specific episode or flare-up.',
    status: 'recommended',
    onlyWithExercise: false,
    evidence: ['nice-ng59', 'apta-cpg-2021'],
  },
] as const satisfies readonly Intervention[];
