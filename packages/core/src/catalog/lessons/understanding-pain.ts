import type { Lesson } from '../types.js';

/**
 * Lessons on what back pain is and how it usually behaves. Pain education is part of care for
 * everyone (nice-ng59, lancet-2018) and a "should" for chronic pain (apta-cpg-2021).
 */
export const UNDERSTANDING_PAIN_LESSONS = [
  {
    id: 'lesson-pain-science',
    title: 'How back pain works: hurt is not harm',
    topic: 'pain-science',
    summary:
      'Pain is your body’s alarm system: it tells you an area wants protecting, not how much damage there is.',
    body: [
      'Pain is a warning system run by your nerves and your brain. When your back hurts, your nervous system has decided that this part of you needs looking after. It does this to keep you safe, and it is very good at its job. But pain tells you how threatened your body feels. It is not a measure of how much damage there is.',
      'Think of a smoke alarm. A good alarm goes off when there is a fire, but a very touchy one also goes off when someone makes toast. When back pain goes on for a while, the alarm often becomes more sensitive. Nerves pass on messages more easily and the brain turns up the volume. Movements that used to be fine can start to hurt, even though nothing new has been injured.',
      'That is why hurt and harm are not the same thing. Your spine is strong. It is made of solid bones, tough discs and thick muscles, all tied together by strong bands called ligaments. Everyday movements such as bending, turning and lifting do not easily damage it, even on days when they feel sore.',
      'Many things can turn the volume of pain up or down. Poor sleep, worry, low mood, pressure at work and fear of moving can all make pain louder. Gentle movement, good sleep, doing things you enjoy and feeling in charge tend to make it quieter. This does not mean the pain is in your head. Your pain is real. It means your brain and body work as a team, so you have more ways to change pain than you might expect.',
      'Knowing how pain works can make it less frightening. Once you know that a sore back is usually a sensitive back rather than a damaged one, it gets easier to keep moving. Moving, in turn, helps the alarm calm down over time. Your therapist will help you find a starting point that feels manageable and build up from there.',
    ],
    keyPoints: [
      'Pain is a protective alarm, not a damage meter.',
      'A sore back is usually a sensitive back, not a damaged one.',
      'Sleep, stress, mood and worry can turn pain up or down.',
      'Regular, gentle movement helps the alarm settle.',
    ],
    checkQuestions: [
      {
        question: 'Your back hurts more when you bend forward. What does this most likely mean?',
        options: [
          'You have damaged your spine and should stop moving',
          'Your back is sensitive, and gentle movement is still safe',
          'Your discs are wearing away',
          'You need a scan straight away',
        ],
        answer: 1,
        explanation:
          'Pain shows that your back is sensitive and being protected; on its own it does not mean damage.',
      },
      {
        question: 'Which of these is most likely to turn the volume of pain up?',
        options: ['Poor sleep and worry', 'A short, easy walk', 'Doing something you enjoy'],
        answer: 0,
        explanation:
          'Poor sleep and worry make the nervous system more alert, so pain tends to feel louder.',
      },
    ],
    minutes: 2,
    evidence: ['apta-cpg-2021', 'nice-ng59', 'lancet-2018'],
    status: 'recommended',
  },
  {
    id: 'lesson-natural-history',
    title: 'What usually happens with back pain',
    topic: 'natural-history',
    summary: 'Most episodes of back pain settle well, and when pain comes back it can be managed.',
    body: [
      'Back pain is very common. Most adults have it at some point in their lives, and it is one of the main reasons people see a doctor or a therapist. It can hurt a lot, but in most cases it is not caused by anything serious.',
      'The good news is that most new episodes get much better within a few weeks. Pain usually eases bit by bit rather than all at once. Good days and bad days are both normal along the way, so one bad day does not mean you are going backwards.',
      'For some people the pain lasts longer, for three months or more. This does not mean that something has been missed or that your back is badly damaged. Longer-lasting pain is often linked to a nervous system that has become more sensitive, and to things like poor sleep, stress and worry about moving. All of these can be worked on, and people with long-lasting pain can still get a lot better.',
      'Back pain often comes back. Many people who recover will have another episode at some point. A new episode is usually no worse than the last one, and it usually settles in a similar way. It is not a sign that your back is wearing out or getting weaker.',
      'You cannot always stop back pain from coming back, but you can get good at handling it. Keeping active, doing exercise you enjoy and having a plan for flare-ups all help. Each time you manage an episode, you learn more about what works for you, and the next one often feels less worrying.',
    ],
    keyPoints: [
      'Most new episodes of back pain get much better within a few weeks.',
      'Ups and downs during recovery are normal.',
      'Pain that lasts longer can still improve a lot.',
      'Back pain often returns, and each episode can be managed.',
    ],
    checkQuestions: [
      {
        question:
          'Your back pain has come back a year after the last episode. What is most likely?',
        options: [
          'Your spine is wearing out',
          'This episode will probably settle, like the last one did',
          'You will need an operation this time',
        ],
        answer: 1,
        explanation:
          'Repeat episodes are common and usually settle well; they are not a sign of a worn-out spine.',
      },
    ],
    minutes: 2,
    evidence: ['lancet-2018', 'nice-ng59'],
    status: 'recommended',
  },
  {
    id: 'lesson-imaging',
    title: 'Do I need a scan?',
    topic: 'imaging',
    summary:
      'Scans show the shape of your spine, not your pain, and most people with back pain do not need one.',
    body: [
      'Many people with back pain expect an X-ray or an MRI scan, and it is natural to want to see what is going on inside. But for most back pain, a scan does not help you get better, and it can sometimes get in the way.',
      'A scan shows the shape of bones, discs and nerves. It cannot show pain. Many people who have no pain at all have disc bulges, worn discs or small changes in their joints on a scan. These changes become more common as we get older, a bit like grey hair or wrinkles on the inside. So when a scan finds them, they are often not the reason for the pain.',
      'Scan reports use words like degeneration, wear and tear, or bulging disc. These words sound alarming, but they usually describe normal changes that come with age. Hearing them can make people worried about moving, and worry can make pain louder. Scans can also lead to tests and treatments that are not needed.',
      'For these reasons, guidelines for back pain do not recommend routine scans. A scan does not speed up recovery, and the right treatment for most back pain, such as staying active, exercise and good advice, is the same whatever the picture shows.',
      'Scans do have an important place. Your doctor may arrange one if there are signs of a rare but serious problem, or if a specialist is thinking about a procedure such as an injection or an operation and the result would change what they do. If your doctor or therapist says you do not need a scan, it means they have checked you and found no reason for one. That is good news.',
    ],
    keyPoints: [
      'Scans show the shape of the spine, not pain.',
      'Disc bulges and wear are common in people with no pain at all.',
      'Routine scans do not help most back pain get better.',
      'Scans are used when serious problems are suspected or surgery is being planned.',
    ],
    checkQuestions: [
      {
        question: 'A scan report mentions a disc bulge. What is true?',
        options: [
          'It must be the cause of your pain',
          'Disc bulges are common in people who have no pain',
          'You should stop bending from now on',
          'You need surgery to fix it',
        ],
        answer: 1,
        explanation:
          'Many people with healthy, pain-free backs have disc bulges, so a bulge on a scan is often not the cause of pain.',
      },
      {
        question: 'When is a scan most likely to be useful?',
        options: [
          'For every new episode of back pain',
          'When a serious problem is suspected or a procedure is planned',
          'To check whether your exercises are working',
        ],
        answer: 1,
        explanation:
          'Scans help when their result would change what is done, such as when a serious cause is suspected.',
      },
    ],
    minutes: 2,
    evidence: ['nice-ng59', 'lancet-2018'],
    status: 'recommended',
  },
] as const satisfies readonly Lesson[];
