import type { Lesson } from '../types.js';

/**
 * Lessons on activity: keep up normal life (nice-ng59, lancet-2018), why bed rest does not help
 * (dahm-2010), and two ways of building up: pacing and graded activity (startback-2011,
 * macedo-2012).
 */
export const STAYING_ACTIVE_LESSONS = [
  {
    id: 'lesson-stay-active',
    title: 'Keep moving: why staying active helps',
    topic: 'stay-active',
    summary:
      'Keeping up your normal day as much as you can is one of the best things for a sore back.',
    body: [
      'When your back hurts, it is natural to want to stop and wait for the pain to go. But research has shown that people who keep up their normal activities as much as they can tend to recover sooner, and take less time off work, than people who rest.',
      'Movement is good for your back in several ways. It keeps muscles and joints working, helps blood flow to the tissues, and helps a sensitive nervous system calm down. Staying active also keeps you in touch with the things that matter to you, such as work, family, friends and hobbies.',
      'Staying active does not mean pushing through severe pain or heading to the gym on the first day. It means doing as much of your usual day as you can, even if you do things more slowly or in smaller pieces. Walking is a great place to start. Several short walks spread through the day are often easier than one long one.',
      'Expect some discomfort. Moving a sore back often hurts a little, and that is fine. It does not mean you are doing harm. A useful guide is how you feel the next day. If your pain is back to its usual level by the next morning, the activity was fine. If it is clearly worse the next day, do a little less next time rather than stopping altogether.',
      'When it comes to exercise, no single type has been shown to be the best for back pain. Walking, swimming, cycling, yoga, pilates, tai chi, dancing and going to the gym can all help. The best choice is the one you enjoy and can keep doing. Your therapist will help you build a plan that fits your life.',
    ],
    keyPoints: [
      'Keeping up normal activities helps you recover sooner.',
      'Some discomfort when moving is normal and not harmful.',
      'If pain is worse the next day, do a little less, not nothing.',
      'The best exercise is the one you enjoy and keep doing.',
    ],
    checkQuestions: [
      {
        question: 'Which is the best approach in the first days of a new episode of back pain?',
        options: [
          'Stop all activity until the pain has gone',
          'Keep up as much of your normal day as you can',
          'Only move when you are completely pain-free',
        ],
        answer: 1,
        explanation:
          'People who stay as active as they can usually recover sooner than people who rest.',
      },
      {
        question: 'Which type of exercise is best for back pain?',
        options: [
          'Only core strengthening',
          'Only stretching',
          'Whatever type you enjoy and can keep doing',
          'Only swimming',
        ],
        answer: 2,
        explanation:
          'No one type of exercise has been shown to be best, so the right choice is one you will stick with.',
      },
    ],
    minutes: 2,
    evidence: ['dahm-2010', 'nice-ng59', 'lancet-2018', 'apta-cpg-2021', 'who-2023'],
    status: 'recommended',
  },
  {
    id: 'lesson-bed-rest',
    title: 'Why bed rest does not help',
    topic: 'bed-rest',
    summary:
      'Lying down for days slows recovery; short rests in a bad spell are fine, then get moving again.',
    body: [
      'Not so long ago, people with back pain were often told to lie down for days until the pain went away. We now know that this advice was wrong. When researchers compared people who were told to rest in bed with people who were told to stay active, the active group did at least as well and often a little better.',
      'Lying still for long spells has real costs. Muscles lose strength and stamina quickly. Joints get stiff. Lying down during the day can also make it harder to sleep at night. And the longer you stay off your feet, the harder, and often scarier, it can feel to get going again.',
      'Long spells of lying down can also send the wrong message to your brain: that your back is fragile and must be protected. That belief can make pain louder and make you more careful than you need to be. For pain that has lasted a long time, rest has no part to play in getting better.',
      'This does not mean you can never lie down. In the first day or two of a very painful spell, you might need to lie down for short periods to ease the pain. That is fine. The key is to get up and move gently again soon, a little and often, rather than spending the whole day lying down. Getting up for a short walk around the house every hour or so is a good start.',
      'If the pain is so bad that you cannot move at all, or it comes with any of the warning signs in the lesson on when to get help, contact a health professional. For everyday back pain, though, moving is the medicine and lying down is not.',
    ],
    keyPoints: [
      'Lying down for days does not speed recovery.',
      'Long spells lying down weaken muscles and stiffen joints.',
      'Short rests in a bad spell are fine; get moving again soon.',
      'Little and often is the way back to your normal day.',
    ],
    checkQuestions: [
      {
        question: 'Your back is very sore today. What is the most helpful plan?',
        options: [
          'Lie down all day until it feels better',
          'Take short rests if you need them, and get up to move gently often',
          'Do a hard workout to loosen it up',
        ],
        answer: 1,
        explanation:
          'Short rests are fine, but moving gently and often helps you recover better than lying down all day.',
      },
    ],
    minutes: 2,
    evidence: ['dahm-2010', 'lancet-2018', 'nice-ng59'],
    status: 'recommended',
  },
  {
    id: 'lesson-pacing',
    title: 'Pacing: steady does it',
    topic: 'pacing',
    summary:
      'Spread activity through the day and week so you avoid the cycle of overdoing it and then crashing.',
    body: [
      'Many people with back pain fall into a pattern called boom and bust. On a good day they do as much as they can, such as a big shop, a long gardening session or a whole day of chores. The next day the pain flares, so they do very little for a few days. When the pain settles, they try to catch up, and the cycle starts again. Over time, the good days get shorter and the bad days get longer.',
      'Pacing is a way out of this cycle. The idea is to do a steady amount of activity most days, whether the day feels good or bad, so that your body can get used to it and slowly do more.',
      'Here are some ways to pace. Break big jobs into smaller pieces, such as hoovering one room at a time. Take short breaks before the pain builds up, not after. Switch between different kinds of tasks, for example sitting work, then standing work, then a short walk. Plan your week so the busy days are spread out.',
      'A helpful way to start is to find your baseline. This is the amount of an activity you can do on most days, good or bad, without a big flare the next day. Start a little below that amount. Then, once it feels easy, add a small amount, such as one or two more minutes of walking.',
      'Use the clock rather than your pain to decide when to stop. Stop when the time you planned is up, even if you feel fine. On good days this can be hard, but it protects you from the next bust. Pacing takes practice, and your therapist can help you set your baselines and plan your week.',
    ],
    keyPoints: [
      'Boom and bust means overdoing it on good days, then crashing.',
      'Pacing means a steady amount of activity most days.',
      'Break big jobs into smaller pieces and rest before pain builds.',
      'Stop when the planned time is up, even on a good day.',
    ],
    checkQuestions: [
      {
        question:
          'You feel great today and want to clean the whole house. What does pacing suggest?',
        options: [
          'Do it all now while you feel good',
          'Do your planned amount and save the rest for later in the week',
          'Do nothing in case it causes a flare',
        ],
        answer: 1,
        explanation:
          'Sticking to a planned amount on good days avoids the flare that often follows overdoing it.',
      },
    ],
    minutes: 2,
    evidence: ['startback-2011', 'lancet-2018', 'nice-ng59'],
    status: 'recommended',
  },
  {
    id: 'lesson-graded-activity',
    title: 'Graded activity: building up step by step',
    topic: 'graded-activity',
    summary:
      'Start from what you can do now and raise your targets on a set timetable, not by how pain feels.',
    body: [
      'Graded activity is a planned way of getting back to the things you want to do. You pick an activity that matters to you, such as walking, gardening or playing with your children, and build it up in small steps on a fixed timetable.',
      'First, you and your therapist measure where you are starting from. For a few days you note how much you can comfortably do, for example how many minutes you can walk. Your first target, called a quota, is set a little below that amount, so it is easy to reach on most days.',
      'Next, you agree how and when the quota will go up, for example by two minutes every few days, or by a set amount each week. The important part is that the quota goes up on the planned day, not when the pain has gone. Pain goes up and down for many reasons, such as sleep, stress or the weather, so it is not a good guide to what your body can do.',
      'Each day, you do your quota, no more and no less. On a good day, you stop when you reach it, even if you could do more. On a sore day, you still do it, because some pain is expected and is not a sign of harm. This steady approach helps your body and your nervous system get used to more activity.',
      'Keep a record and notice your progress. Seeing the numbers climb over the weeks can be very encouraging. If the plan feels too hard, talk to your therapist and adjust it together. Graded activity is a way to rebuild confidence as well as fitness.',
    ],
    keyPoints: [
      'Start a little below what you can do now.',
      'Raise your quota on a fixed timetable, not by how pain feels.',
      'Do the quota each day: no more on good days, no less on sore days.',
      'Keep a record and adjust the plan with your therapist.',
    ],
    checkQuestions: [
      {
        question: 'In graded activity, when does your quota go up?',
        options: [
          'When your pain has gone',
          'On the day set in your plan, even if you still have some pain',
          'Whenever you feel like it',
          'Only after a scan shows healing',
        ],
        answer: 1,
        explanation:
          'Quotas rise on a fixed timetable because pain goes up and down for many reasons and is a poor guide.',
      },
      {
        question: 'It is a good day and you reach your walking quota easily. What should you do?',
        options: [
          'Keep walking as far as you can',
          'Stop at the quota and keep the extra for a later step',
          'Skip tomorrow to make up for it',
        ],
        answer: 1,
        explanation:
          'Stopping at the quota keeps the build-up steady and avoids the boom and bust pattern.',
      },
    ],
    minutes: 2,
    evidence: ['macedo-2012', 'startback-2011'],
    status: 'recommended',
  },
] as const satisfies readonly Lesson[];
