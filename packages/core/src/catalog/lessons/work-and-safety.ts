import { GO_TO_EMERGENCY } from '../../red-flags/flag-common.js';
import type { Lesson } from '../types.js';

/**
 * Lessons on getting back to work (nice-ng59, lancet-2018; work tasks in function optimisation,
 * tbc-2016) and on the warning signs that need a doctor. The warning signs follow the red-flag
 * screen (finucane-2020, nice-ng59) and reuse its single emergency wording, so the lesson never
 * reads softer than the screen.
 */
export const WORK_AND_SAFETY_LESSONS = [
  {
    id: 'lesson-return-to-work',
    title: 'Getting back to work',
    topic: 'return-to-work',
    summary:
      'Being at work usually helps recovery, and you do not need to be pain-free to go back.',
    body: [
      'For most people, work is good for health, and staying at work or getting back to it soon helps recovery from back pain. You do not need to wait until you are completely free of pain. Many people go back while they still have some pain, and their backs keep improving.',
      'The longer someone is off work, the harder going back can feel. Daily routines slip, contact with colleagues fades, confidence drops and money worries can add stress. All of these can make pain feel worse. Planning an early return, even a partial one, helps avoid that.',
      'Talk to your manager early, before you go back if you can. Many workplaces can make changes for a while. These might include shorter hours at first that build up over a few weeks, lighter or different tasks, more frequent breaks, the chance to switch between sitting and standing, or help with heavy lifting. If your workplace has an occupational health service, they can help you plan this.',
      'Your therapist can help too. Together you can work out which parts of your job feel hardest, such as lifting, carrying, driving or sitting for long periods, and practise those tasks as part of your exercise plan. Building up these tasks step by step, in the same way as graded activity, helps your body and your confidence get ready for the real thing.',
      'Expect the first days back to feel tiring, and perhaps a bit sore. That is normal and does not mean that going back was a mistake. Pace your day, take your breaks, and keep up your exercises. If things are not improving after the first couple of weeks, talk to your therapist and your manager about adjusting the plan rather than stopping altogether.',
    ],
    keyPoints: [
      'Work is usually good for your health and your recovery.',
      'You do not need to be pain-free to go back.',
      'Ask about temporary changes, such as shorter hours or lighter tasks.',
      'Practise the hardest parts of your job in your exercise plan.',
    ],
    checkQuestions: [
      {
        question: 'When can you go back to work after an episode of back pain?',
        options: [
          'Only when the pain has completely gone',
          'Often before the pain has gone, with changes at work if needed',
          'Only after a scan shows your back is normal',
        ],
        answer: 1,
        explanation:
          'Many people return while they still have some pain, and being at work usually helps recovery.',
      },
    ],
    minutes: 2,
    evidence: ['nice-ng59', 'lancet-2018', 'tbc-2016'],
    status: 'recommended',
  },
  {
    id: 'lesson-when-to-seek-help',
    title: 'When to get help quickly',
    topic: 'when-to-seek-help',
    summary: 'A few rare signs mean you need a doctor quickly; know what they are and what to do.',
    body: [
      'Most back pain is not caused by anything serious, and it gets better with the kind of care in your plan. Very rarely, back pain comes with signs of a problem that needs a doctor quickly. This lesson explains those signs in plain words so you know what to look out for. They are rare, so there is no need to worry, but do act on them if they happen.',
      'Get emergency help if you notice any of these, especially if they are new or getting worse: numbness or an odd feeling in the skin between your legs, around your genitals or around your bottom; a change in your bladder, such as trouble starting to pee, not being able to empty it, leaking, or not feeling when you need to go; a change in your bowels, such as accidents or not feeling when you need to go; new changes in feeling during sex; weakness in both legs, or weakness in a leg that keeps getting worse.',
      `Also get emergency help if you have back pain with a fever, or you feel hot and shivery or generally very unwell, or if your pain started after a serious accident, such as a bad fall or a car crash, and you have weakness or numbness. For any of these signs: ${GO_TO_EMERGENCY}`,
      'See a doctor soon, within a day or two, if you are losing weight without trying, if pain at night stops you getting to sleep or keeps waking you, or if you have ever had cancer and now have new back pain. The same applies if you have thin bones or have taken steroid tablets for months, and the pain began after a small fall, knock or lift.',
      'Talk to your therapist or doctor if your pain keeps getting worse, or has not improved at all after about four weeks of care. If you keep a journal in this app, record any of these signs there as well, so the safety check can run again and your therapist is told. But if you have any of the emergency signs, do not wait for a reply: get help straight away.',
    ],
    keyPoints: [
      'Serious causes of back pain are rare.',
      'Numbness between the legs, bladder or bowel changes, or weakness in both legs: go to emergency now.',
      'Back pain with a fever or feeling very unwell: go to emergency now.',
      'Weight loss without trying or night pain that stops sleep: see a doctor soon.',
    ],
    checkQuestions: [
      {
        question:
          'Your back hurts and you notice new numbness between your legs and trouble passing urine. What should you do?',
        options: [
          'Wait for your next therapy appointment',
          'Go to a hospital emergency department now',
          'Rest for a few days and see if it passes',
          'Do your exercises and note it in your journal',
        ],
        answer: 1,
        explanation:
          'These signs can mean pressure on the nerves at the base of the spine, which needs emergency care the same day.',
      },
      {
        question: 'You have been losing weight without trying. What should you do?',
        options: [
          'Nothing, it is not related',
          'See your doctor within a day or two',
          'Stop all exercise',
        ],
        answer: 1,
        explanation:
          'Weight loss you cannot explain should be checked by a doctor soon, together with your back pain.',
      },
    ],
    minutes: 2,
    evidence: ['finucane-2020', 'nice-ng59'],
    status: 'recommended',
  },
] as const satisfies readonly Lesson[];
