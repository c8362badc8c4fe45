import type { Lesson } from '../types.js';

/**
 * Answers to treatments patients often ask for that the guidelines advise against: lumbar belts,
 * corsets and braces (nice-ng59 do not offer; who-2023 not routinely), and passive treatments:
 * therapeutic ultrasound, TENS and interferential, traction, foot orthotics and rocker-sole
 * shoes (nice-ng59, who-2023). Each says why not and what helps instead: staying active and
 * exercise (lancet-2018, apta-cpg-2021), heat in a sore spell (acp-2017).
 */
export const TREATMENT_QUESTION_LESSONS = [
  {
    id: 'lesson-back-supports',
    title: 'Back belts and supports',
    topic: 'back-supports',
    summary:
      'A belt, corset or brace is not offered for back pain; moving and building strength help your back more.',
    body: [
      'Many people with a sore back wonder whether a belt, a corset or a brace would protect it. It is a natural thought: when something hurts, we want to hold it still. For everyday back pain, though, the guidelines that physiotherapists and doctors follow advise against them, so your therapist will not offer one. This lesson explains why, and what helps instead.',
      'Your back is strong and made to move. The muscles around your spine, trunk and hips support it every time you bend, lift or turn. A belt takes over some of that work. Worn for weeks, it can leave those muscles less used to the job, and it can make you more wary of moving without it. When belts and supports have been studied, they have not eased back pain or helped people recover sooner.',
      'Feeling held in can be comforting for a short while. The trouble is that this comfort tends to come at the cost of movement. Back pain settles best when you keep doing your normal activities as much as you can, changing how much and how fast rather than stopping.',
      'What helps instead is what your plan is built on: staying active, exercise that you build up step by step, and understanding your pain. Your exercises ask your own muscles to do the supporting, and they get better at it the more you practise. If a task such as lifting or a long day on your feet worries you, tell your therapist. You can practise that task in small steps until it feels manageable, and that confidence lasts longer than any belt.',
      'If you already have a belt, there is no need to stop suddenly. Talk to your therapist about leaving it off for longer each day over a week or two while your exercises take over. If a surgeon gave you a support after an operation or a fracture, that is a different situation: follow their advice.',
    ],
    keyPoints: [
      'A belt, corset or brace is not offered for everyday back pain.',
      'They have not been shown to ease pain or speed recovery.',
      'Your own muscles, trained by your exercises, are the support your back needs.',
      'Worried about a task? Practise it in small steps with your therapist.',
    ],
    checkQuestions: [
      {
        question: 'Why does your plan not include a back belt or brace?',
        options: [
          'Because your back is too weak for one',
          'Because they have not been shown to help, while staying active and exercise do',
          'Because you should keep your back still instead',
        ],
        answer: 1,
        explanation:
          'The guidelines advise against belts and braces for back pain because they do not help recovery, while staying active and exercise do.',
      },
    ],
    minutes: 2,
    evidence: ['nice-ng59', 'who-2023', 'lancet-2018', 'apta-cpg-2021'],
    status: 'recommended',
  },
  {
    id: 'lesson-passive-treatments',
    title: 'Treatments done to you: machines, pads and insoles',
    topic: 'passive-treatments',
    summary:
      'Ultrasound, TENS, interferential, traction and foot insoles are not offered for back pain; active care does more.',
    body: [
      'Some treatments for back pain are done to you while you lie or sit still. A therapist moves an ultrasound head over your skin, electrical pads are stuck on your back (TENS or interferential), a machine pulls on your spine (traction), or you are given special insoles or shoes. They can sound appealing because they seem technical and ask little of you. Your plan does not include them, and this lesson explains why.',
      'When these treatments have been tested carefully against dummy versions, people did not do better with the real thing. That is why the national guidelines on back pain advise against ultrasound, TENS, interferential, traction, and foot insoles or rocker-sole shoes for low back pain. Any relief tends to be small and short-lived, and it does not help people get back to what they want to do.',
      'There is a hidden cost too. Time spent lying still under a machine is time not spent moving, and a treatment that is done to you can send the message that your back needs someone else to fix it. The things that make the biggest difference are the ones you do yourself, and they keep working after your appointments end.',
      'What helps instead is staying active and keeping up your normal day as far as you can, exercise built up step by step, and understanding how pain works so that a flare-up is less frightening. In a sore spell, a warm pack or a hot water bottle can ease pain for a while and help you keep moving. Your therapist may also use hands-on treatment for a short time, always alongside your exercises.',
      'If one of these treatments has felt comforting in the past, tell your therapist. Together you can look at what you liked about it, such as the relief or the time set aside for your back, and find an active way to get the same benefit.',
    ],
    keyPoints: [
      'Ultrasound, TENS, interferential, traction and foot insoles are not offered for back pain.',
      'In careful tests they worked no better than dummy versions.',
      'What you do yourself, staying active and exercising, makes the biggest difference.',
      'Heat can ease a sore spell and help you keep moving.',
    ],
    checkQuestions: [
      {
        question: 'Which of these helps back pain most in the long run?',
        options: [
          'Regular ultrasound sessions',
          'A traction machine',
          'Exercise you build up step by step',
          'Special shoe insoles',
        ],
        answer: 2,
        explanation:
          'Exercise built up gradually is the core of care for back pain, while treatments done to you have not been shown to help.',
      },
    ],
    minutes: 2,
    evidence: ['nice-ng59', 'who-2023', 'apta-cpg-2021', 'acp-2017'],
    status: 'recommended',
  },
] as const satisfies readonly Lesson[];
