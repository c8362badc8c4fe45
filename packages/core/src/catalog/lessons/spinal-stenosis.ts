import { GO_TO_EMERGENCY } from '../../red-flags/flag-common.js';
import type { Lesson } from '../types.js';

/**
 * Advice for suspected lumbar spinal stenosis (leg symptoms on walking or standing, eased by
 * sitting or bending forward): flexion-bias movement, walking in bouts with a forward lean,
 * cycling, sitting breaks (apta-cpg-2012, tbc-2016), and the signs that need a doctor, with the
 * red-flag screen's own emergency wording (finucane-2020).
 */
export const SPINAL_STENOSIS_LESSONS = [
  {
    id: 'lesson-spinal-stenosis',
    title: 'When walking makes your legs tire or ache',
    topic: 'stenosis',
    summary:
      'If walking brings on leg aching that eases when you sit or lean forward, these ways of moving help you do more.',
    body: [
      'Some people find that walking or standing for a while brings on aching, heaviness, tingling or tiredness in the buttocks or legs, which eases within a few minutes of sitting down or bending forward. This pattern often comes from narrowing of the spaces the nerves pass through in the lower back, called spinal stenosis. It is common as backs age, and many people with it stay active and do well.',
      'Why does bending forward help? When you stand straight or lean back, the spaces around the nerves become a little smaller. When you sit or bend forward, they open up, and the nerves get more room and a better blood supply. That is why pushing a shopping trolley, or walking uphill, often feels easier than strolling on the flat.',
      'You can use this to keep walking. Walk in bouts: set off, and when your legs start to tire or ache, stop before it gets bad. Sit down, or lean forward with your hands on your thighs or a wall, for a minute or two until it settles, then go again. Count all the bouts in a day, not just the longest one. Walking poles, a trolley or a walker that lets you lean slightly forward can help you go further, and over the weeks the bouts usually get longer.',
      'Cycling, on a bike or an exercise bike, is a good way to keep fit because you sit leaning forward, and many people can cycle far longer than they can walk. Break up long spells of standing, such as queuing or cooking, with short sits. Your exercises include gentle bending movements, such as drawing your knees towards your chest, which many people find eases their legs.',
      `Tell your therapist or doctor if the distance you can walk keeps getting shorter, or if a leg becomes weak, for example your foot catches or slaps on the ground. Get emergency help if you notice numbness between your legs or around your bottom, a change in your bladder or bowels, or weakness in both legs. ${GO_TO_EMERGENCY}`,
    ],
    keyPoints: [
      'Leg aching on walking that eases when you sit or bend forward is a common pattern as backs age.',
      'Walk in bouts: stop and sit or lean forward before it gets bad, then go again.',
      'Cycling, and leaning on a trolley or poles, often let you do more.',
      'Walking distance getting shorter, or a weak leg: tell your therapist or doctor.',
      'Numbness between your legs, or bladder or bowel changes: get emergency help now.',
    ],
    checkQuestions: [
      {
        question: 'Your legs start to ache ten minutes into a walk. What is a good plan?',
        options: [
          'Stop walking for good',
          'Push on until the pain is severe',
          'Sit or lean forward for a minute or two, then walk again',
          'Only ever walk downhill',
        ],
        answer: 2,
        explanation:
          'A short rest sitting or leaning forward lets the nerves settle, so you can add up more walking over the day.',
      },
      {
        question: 'Which of these needs emergency help straight away?',
        options: [
          'Legs that tire after a long walk',
          'New numbness between your legs or a change in your bladder',
          'Stiffness first thing in the morning',
        ],
        answer: 1,
        explanation:
          'These signs can mean the nerves at the base of the spine are being squeezed, which needs emergency care the same day.',
      },
    ],
    minutes: 2,
    evidence: ['apta-cpg-2012', 'tbc-2016', 'finucane-2020'],
    status: 'recommended',
  },
] as const satisfies readonly Lesson[];
