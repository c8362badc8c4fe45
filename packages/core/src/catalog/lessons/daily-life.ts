import type { Lesson } from '../types.js';

/**
 * Lessons on everyday positions and tasks. They follow the guideline message of keeping up
 * normal activity (nice-ng59, lancet-2018) and avoid the myths of one correct posture or one
 * safe way to lift; exercise builds capacity whatever its type (apta-cpg-2021, who-2023).
 */
export const DAILY_LIFE_LESSONS = [
  {
    id: 'lesson-posture-variety',
    title: 'Sitting and standing: your best posture is your next one',
    topic: 'posture-variety',
    summary:
      'There is no single correct way to sit or stand; changing position often matters more.',
    body: [
      'Many people have been told there is one right way to sit or stand, and that slouching will harm their back. In fact, there is no single correct posture. People sit and stand in all sorts of ways without back pain, and studies have not found one posture that prevents it.',
      'Slouching is not dangerous. It is one of many normal ways to sit, and it can be a comfortable way to rest your muscles for a while. Sitting bolt upright all day is not better. Holding any position stiffly, even a so-called good one, can make muscles tired and sore.',
      'What your back likes most is variety. Staying in one position for a long time, whether sitting, standing or lying, is what often makes a back feel stiff. Changing position regularly lets your muscles take turns to work and rest. A good saying to remember is that your best posture is your next posture.',
      'There are easy ways to add variety. Stand up when you take a phone call. Walk over to speak to someone instead of sending a message. Switch between sitting upright, leaning back and perching on the edge of your seat. On a long car journey or flight, plan short breaks to get up and move. When standing for a while, shift your weight, rest one foot on a step, or walk a few paces.',
      'Let comfort guide you. If a position starts to feel uncomfortable, that is simply a signal to change it, not a sign that you have hurt yourself. Some positions may feel easier than others while your back is sore, and that is fine too. As your back settles, you can slowly widen the range of positions you feel at ease in.',
    ],
    keyPoints: [
      'There is no single correct posture.',
      'Slouching is not dangerous.',
      'Changing position often matters more than how you sit.',
      'Discomfort in a position is a signal to move, not a sign of harm.',
    ],
    checkQuestions: [
      {
        question: 'Which is the most helpful advice about sitting?',
        options: [
          'Always sit perfectly straight',
          'Never slouch, because it damages your spine',
          'Change position often and move regularly',
        ],
        answer: 2,
        explanation:
          'No one posture is correct; your back does best when you vary your position and move often.',
      },
    ],
    minutes: 2,
    evidence: ['lancet-2018', 'nice-ng59'],
    status: 'recommended',
  },
  {
    id: 'lesson-workstation',
    title: 'Setting up your workspace',
    topic: 'workstation',
    summary:
      'Arrange your desk so you are comfortable and can move easily; no set-up prevents back pain on its own.',
    body: [
      'If you spend a lot of time at a desk, a few small changes can make working with a sore back more comfortable. There is no perfect set-up that prevents back pain, so the aim is not to find the right position and hold it. The aim is to be comfortable and to make moving easy.',
      'Start with your chair. Adjust the height so your feet rest flat on the floor or on a footrest, with your knees at about the level of your hips. If your chair has a backrest, use it and lean back against it from time to time. A small cushion behind your lower back may feel good, but it is not a must.',
      'Next, your screen and keyboard. Place the screen roughly an arm’s length away, with the top of it at about eye level, so you are not craning your neck for long periods. Keep the keyboard and mouse close, so your elbows can stay near your sides. If you use a laptop for many hours, a separate keyboard and a stand for the laptop can help.',
      'Most important of all, build movement into your day. Get up at least every half an hour or so, even for a minute. Walk to get a drink, stand to read a document, or do a couple of gentle stretches. Setting a reminder on your phone or computer can help until it becomes a habit.',
      'If you have a desk that lets you stand, switch between sitting and standing through the day. Standing all day is not better than sitting all day; the benefit comes from the change. If something at work still feels hard, talk to your manager about changes, and ask your therapist for ideas that suit your job.',
    ],
    keyPoints: [
      'No desk set-up prevents back pain on its own.',
      'Set up your chair, screen and keyboard for comfort.',
      'Get up and move at least every half an hour or so.',
      'Switching between sitting and standing helps more than either alone.',
    ],
    checkQuestions: [
      {
        question: 'What matters most for your back when you work at a desk?',
        options: [
          'Buying the most expensive chair',
          'Holding one perfect position all day',
          'Getting up and changing position often',
        ],
        answer: 2,
        explanation:
          'A comfortable set-up helps, but regular movement and changes of position matter most.',
      },
    ],
    minutes: 2,
    evidence: ['nice-ng59', 'lancet-2018'],
    status: 'recommended',
  },
  {
    id: 'lesson-lifting',
    title: 'Lifting and carrying with confidence',
    topic: 'lifting',
    summary:
      'There is no single safe way to lift; bending is normal, and your back grows stronger with use.',
    body: [
      'Many people with back pain become afraid of bending and lifting. They may have been told there is one safe way to lift, with a straight back and bent knees, and that bending forward will damage the spine. The research does not support this. Studies have not found that lifting with a rounded back leads to more back pain than lifting with a straight back.',
      'Bending is a normal, healthy movement. Your spine is designed to bend, and it is strong. Most people naturally bend their back when they pick something up from the floor, and that is fine. The best way to lift is usually the way that feels easy and natural for you and the task.',
      'What matters more is your back’s capacity, which means how much it is used to doing. Like any part of the body, your back gets stronger and more confident when it is used regularly and the load is built up over time. If you have not lifted much for a while, start with light things and slowly add weight, the same way you would when starting any new exercise.',
      'A few practical tips can make lifting and carrying easier. Hold the load close to your body, because that makes it feel lighter. Get a good grip and think about where you are going before you start. Split heavy shopping between two bags, one in each hand. Share very heavy or awkward loads with someone else, or use a trolley.',
      'Weak muscles are not usually the cause of back pain, and no one exercise is the key to a healthy back. But getting stronger and fitter in general does make everyday tasks feel easier. Your therapist can add lifting practice to your plan if it is important for your work or home life.',
    ],
    keyPoints: [
      'There is no single safe way to lift.',
      'Bending is normal and does not damage a healthy spine.',
      'Your back grows stronger when the load is built up gradually.',
      'Keep loads close, split heavy loads and share awkward ones.',
    ],
    checkQuestions: [
      {
        question: 'What is true about bending your back to lift?',
        options: [
          'Bending your back always damages your spine',
          'Bending is a normal movement, and your back can get used to lifting again',
          'You should never lift anything again after back pain',
        ],
        answer: 1,
        explanation:
          'The spine is built to bend, and building up loads gradually helps it handle lifting with confidence.',
      },
      {
        question: 'Which tip makes carrying shopping easier?',
        options: [
          'Carry everything in one bag in one hand',
          'Split the load between two bags, one in each hand',
          'Hold the bags as far from your body as you can',
        ],
        answer: 1,
        explanation:
          'Splitting the load and keeping it close to your body makes it feel lighter and easier to carry.',
      },
    ],
    minutes: 2,
    evidence: ['lancet-2018', 'apta-cpg-2021', 'who-2023'],
    status: 'recommended',
  },
  {
    id: 'lesson-sleep',
    title: 'Sleeping well with back pain',
    topic: 'sleep',
    summary:
      'Find a comfortable position and build steady sleep habits; better sleep helps turn pain down.',
    body: [
      'Pain and sleep affect each other. Pain can make it hard to sleep, and poor sleep can make pain feel worse the next day. The good news is that this works the other way too: sleeping better often helps pain feel easier.',
      'There is no single best position to sleep in. The right one is the one that feels comfortable for you. If you lie on your side, a pillow between your knees may help. If you lie on your back, try a pillow under your knees. It is fine to change position during the night. There is no one mattress that suits everyone either. If your bed is comfortable, there is no need to change it.',
      'Getting in and out of bed can be easier if you roll onto your side first, then push up with your arms as you swing your legs over the edge. Many people feel stiff first thing in the morning. This usually eases once you start moving, so a few gentle movements or a short walk can help you get going.',
      'Good sleep habits help. Try to go to bed and get up at about the same times each day. Give yourself some quiet time to wind down before bed, and keep screens out of the last half an hour if you can. Avoid caffeine late in the day. Being active during the day also helps you sleep better at night. If you cannot sleep, get up and do something calm in dim light, then go back to bed when you feel sleepy.',
      'If pain at night keeps waking you or stops you getting to sleep, and changing position does not help, tell your doctor or therapist soon.',
    ],
    keyPoints: [
      'Poor sleep can make pain worse, and better sleep can ease it.',
      'The best sleeping position is the one that is comfortable for you.',
      'Roll onto your side to get in and out of bed.',
      'Regular bedtimes and daytime activity help you sleep.',
    ],
    checkQuestions: [
      {
        question: 'Which sleeping position is best for back pain?',
        options: [
          'Always on your back',
          'Always on your side',
          'Whichever position feels comfortable for you',
        ],
        answer: 2,
        explanation:
          'No position is best for everyone, so choose the one that lets you rest comfortably.',
      },
    ],
    minutes: 2,
    evidence: ['lancet-2018', 'nice-ng59'],
    status: 'recommended',
  },
] as const satisfies readonly Lesson[];
