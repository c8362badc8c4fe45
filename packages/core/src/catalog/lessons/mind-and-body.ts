import type { Lesson } from '../types.js';

/**
 * Lessons on the psychological side of pain and on handling flare-ups. Psychologically informed
 * care is matched to high STarT risk (startback-2011) and given with exercise (nice-ng59);
 * relaxation and mindfulness have support in chronic pain (acp-2017); heat has support in acute
 * pain, cold little (acp-2017, claims.md).
 */
export const MIND_AND_BODY_LESSONS = [
  {
    id: 'lesson-stress-mood',
    title: 'Stress, mood and pain',
    topic: 'stress-mood',
    summary:
      'Stress, worry and low mood can turn pain up, and there are practical ways to turn it back down.',
    body: [
      'Back pain is not just a physical thing. How you feel, what you think about your pain and what is going on in your life all affect how much it hurts. This is true for everyone, and it does not mean that your pain is imagined or that it is your fault.',
      'Stress, worry and low mood can turn the volume of pain up. When you are stressed, your nervous system is on high alert, muscles tense and sleep often suffers. In return, pain can make you feel low, anxious or frustrated, especially if it stops you doing things you enjoy. These feelings and the pain can feed each other in a loop.',
      'Worry about your back itself can be part of the loop. If you believe that moving will cause damage, you may start to avoid things, and avoiding things tends to make your back stiffer and your world smaller. If you have questions or fears about your back, tell your therapist. Talking them through is part of your treatment, not a distraction from it.',
      'There are practical ways to break the loop. Keep doing things you enjoy, even in a smaller way. Stay in touch with friends and family. Be active every day. Try the relaxation lesson for calming skills. Break worries into problems you can act on, and let go of the ones you cannot change. Be as kind to yourself as you would be to a friend in pain.',
      'Sometimes low mood or worry becomes too heavy to handle alone. If you have felt down or anxious most days for two weeks or more, talk to your doctor, because help is available and it works. If you ever have thoughts of harming yourself, contact your doctor or emergency services straight away.',
    ],
    keyPoints: [
      'Stress, worry and low mood can make pain feel worse.',
      'Pain and low mood can feed each other in a loop.',
      'Share your worries about your back with your therapist.',
      'Enjoyable activities, people and movement help break the loop.',
      'If you feel low most days for two weeks, talk to your doctor.',
    ],
    checkQuestions: [
      {
        question: 'Stress at work seems to make your back pain worse. What does this mean?',
        options: [
          'The pain is imaginary',
          'Stress can turn up the volume of real pain',
          'Your back has been damaged by stress',
        ],
        answer: 1,
        explanation:
          'Stress puts the nervous system on alert, which can make real pain feel stronger.',
      },
    ],
    minutes: 2,
    evidence: ['startback-2011', 'lancet-2018', 'nice-ng59'],
    status: 'recommended',
  },
  {
    id: 'lesson-relaxation',
    title: 'Relaxation and breathing',
    topic: 'relaxation',
    summary:
      'A few minutes of calm breathing or relaxation each day can help settle a sensitive back.',
    body: [
      'When you are in pain, your body often gets ready to protect itself. Muscles tighten, breathing becomes quick and shallow, and your mind stays on alert. That is useful for a short time, but when it goes on and on, it can keep pain turned up. Relaxation skills help switch your body back into a calmer state.',
      'Slow breathing is a simple place to start. Sit or lie comfortably. Breathe in gently through your nose for a count of about four, letting your belly rise. Then breathe out slowly through your mouth for a count of about six. Repeat this for a few minutes. A longer breath out than in helps tell your body it is safe.',
      'Another skill is muscle relaxation. Starting with your feet, gently tighten one group of muscles for a few seconds, then let go and notice how it feels as the muscles soften. Work your way up through your legs, tummy, hands, arms, shoulders and face. Keep the tightening gentle, especially near your back.',
      'Mindfulness means paying attention to the present moment without judging it. You might notice your breathing, the sounds around you, or the feeling of your feet on the floor. When your mind wanders, which it will, simply bring it back. Some people find it helpful to notice their pain in this way too, as a feeling that changes, rather than fighting it.',
      'Aim for five to ten minutes a day. Practise at a calm time first, so the skills are ready when you need them, for example during a flare-up or before bed. Free guided recordings can help you get started. Relaxation is not a cure on its own, but it is a useful tool to use alongside staying active and your exercises.',
    ],
    keyPoints: [
      'Pain can keep your body on alert, with tight muscles and quick breathing.',
      'Slow breathing with a longer breath out helps you calm down.',
      'Muscle relaxation and mindfulness are other useful skills.',
      'Practise for five to ten minutes a day, alongside your exercises.',
    ],
    checkQuestions: [
      {
        question: 'When is the best time to start practising relaxation skills?',
        options: [
          'Only in the middle of a bad flare-up',
          'At a calm time, so the skills are ready when you need them',
          'Only when the pain has fully gone',
        ],
        answer: 1,
        explanation:
          'Skills practised when you are calm are much easier to use when pain or stress is high.',
      },
    ],
    minutes: 2,
    evidence: ['acp-2017', 'nice-ng59'],
    status: 'recommended',
  },
  {
    id: 'lesson-flare-up-plan',
    title: 'Your flare-up plan',
    topic: 'flare-up-plan',
    summary:
      'Flare-ups are common and settle; a plan made in advance helps you handle them calmly.',
    body: [
      'A flare-up is a spell when your back pain is worse than usual. Flare-ups are common, even when you are doing everything right, and they usually settle within days or a couple of weeks. A flare-up does not mean that you have injured yourself or that your progress is lost.',
      'It helps to have a plan ready before a flare-up happens, so you do not have to make decisions while you are in pain. Here is a simple plan you can adapt with your therapist.',
      'First, stay calm. Remind yourself that hurt is not harm and that flare-ups pass. Second, keep moving, but do less. Cut your exercises and activities back, perhaps to about half, and choose gentle movements that feel easier. Short walks around the house are a good option. Short rests lying down are fine, but avoid spending long spells lying down.',
      'Third, use comfort measures. There is some evidence that warmth, such as a heat pack wrapped in a towel or a warm bath, can ease pain in the early weeks of an episode. Never put a heat pack directly on your skin or fall asleep on one. Cold packs have little evidence behind them, but you can use one wrapped in a cloth if you find it soothing. If you use pain medicine, ask a pharmacist or doctor which kind suits you.',
      'Fourth, build back up. As the pain eases over the next few days, slowly return to your usual exercises and activities. Use your journal to see what helped and what set things off, and add it to your plan for next time.',
      'Contact your therapist if a flare-up has not started to settle after a week or two. If you notice any of the warning signs in the lesson on when to get help, act on them straight away.',
    ],
    keyPoints: [
      'Flare-ups are common and usually settle within days or weeks.',
      'Keep moving, but cut back to a gentler level for a while.',
      'Warmth can ease pain; cold is fine if you find it soothing.',
      'Build back up slowly and note what helped for next time.',
    ],
    checkQuestions: [
      {
        question: 'Your back flares up after a busy weekend. What is the best first step?',
        options: [
          'Stop all exercise for a few weeks',
          'Stay calm, keep moving at a gentler level, and use warmth if it helps',
          'Push through your full exercise plan to prove it is fine',
        ],
        answer: 1,
        explanation:
          'Cutting back without stopping, and easing pain with warmth, helps a flare-up settle while keeping you active.',
      },
      {
        question: 'What does a flare-up usually mean?',
        options: [
          'Your back is sensitive for a while, and it will usually settle',
          'You have a new injury that needs a scan',
          'All your progress is lost',
        ],
        answer: 0,
        explanation:
          'Flare-ups are a normal part of back pain and usually settle within days or a couple of weeks.',
      },
    ],
    minutes: 2,
    evidence: ['acp-2017', 'nice-ng59', 'dahm-2010', 'lancet-2018'],
    status: 'recommended',
  },
] as const satisfies readonly Lesson[];
