import type { Exercise, Frequency } from '../types.js';

/** About every 2-3 hours while awake, every day (mckenzie-mdt). */
const MCKENZIE_FREQUENCY: Frequency = { timesPerDay: 6, daysPerWeek: 7 };

/**
 * Directional exercises (McKenzie), prescribed when repeated movement in one direction
 * centralises or eases symptoms (tbc-2016, apta-cpg-2012). They are done little and often, as the
 * McKenzie method doses them (mckenzie-mdt): about 10 repetitions, or a minute's hold, every 2-3
 * hours while awake, which is 6 times a day, every day. The extension chain goes from lying to
 * standing (prone lying, prone on elbows, prone press-up, standing back extension); the flexion
 * chain likewise (knee to chest and double knee to chest in `mobility.ts`, then seated flexion).
 * Pain spreading further down the leg (peripheralisation) is the signal to stop and regress
 * (progression.md).
 */
export const DIRECTIONAL_EXERCISES = [
  {
    id: 'prone-lying',
    name: 'Prone lying',
    category: 'directional',
    focus: ['lumbar-spine'],
    level: 1,
    equipment: [],
    position: 'prone',
    purpose:
      'Lets your lower back rest in a gentle arch, the first step of the extension exercises.',
    dose: { kind: 'hold', sets: 1, holdSeconds: 60, perSide: false },
    frequency: MCKENZIE_FREQUENCY,
    steps: [
      'Lie face down on a firm bed or the floor, with your arms by your sides and your head turned to one side.',
      'Let your whole body go loose, and breathe slowly.',
      'Stay there for 1 minute to start with, building up towards 3 minutes.',
      'To get up, roll onto your side first, then push up with your arms.',
    ],
    safety: [
      'If lying flat is too uncomfortable at first, start with a pillow under your stomach and take it away over a few days.',
      'Pain moving out of your leg and towards the middle of your back is a good sign, even if your back aches a little more for a while.',
      'Stop and tell your therapist if pain spreads further down your leg, or you notice new numbness or pins and needles.',
      'If arching your back usually brings on your pain, do this only when your therapist has suggested it.',
    ],
    tolerance: ['suits-FI', 'EI'],
    direction: 'extension',
    goals: [],
    chain: { id: 'extension', next: 'prone-on-elbows' },
    evidence: ['mckenzie-mdt', 'tbc-2016', 'apta-cpg-2012'],
    status: 'recommended',
  },
  {
    id: 'prone-on-elbows',
    name: 'Prone on elbows',
    category: 'directional',
    focus: ['lumbar-spine'],
    level: 1,
    equipment: [],
    position: 'prone',
    purpose:
      'Increases the gentle arch of your lower back by propping yourself up on your forearms.',
    dose: { kind: 'hold', sets: 1, holdSeconds: 60, perSide: false },
    frequency: MCKENZIE_FREQUENCY,
    steps: [
      'Lie face down, then place your elbows under your shoulders with your forearms flat on the floor.',
      'Lift your chest so you rest on your forearms, keeping your hips and stomach on the floor.',
      'Let your lower back sag and relax, and breathe slowly.',
      'Stay for 1 minute to start with, building up towards 3 minutes, then lower down slowly.',
    ],
    safety: [
      'A feeling of pressure in your lower back is normal and often eases with each session.',
      'Pain moving towards the middle of your back is a good sign; pain spreading further into your leg is not.',
      'Stop and tell your therapist if leg pain, numbness or pins and needles spread or increase.',
      'If arching your back usually brings on your pain, do this only when your therapist has suggested it.',
    ],
    tolerance: ['suits-FI', 'EI'],
    direction: 'extension',
    goals: [],
    chain: { id: 'extension', previous: 'prone-lying', next: 'prone-press-up' },
    evidence: ['mckenzie-mdt', 'tbc-2016', 'apta-cpg-2012'],
    status: 'recommended',
  },
  {
    id: 'prone-press-up',
    name: 'Prone press-up',
    category: 'directional',
    focus: ['lumbar-spine'],
    level: 2,
    equipment: [],
    position: 'prone',
    purpose:
      'Takes your lower back repeatedly into a fuller arch, which can ease pain when arching is your helpful direction.',
    dose: { kind: 'reps', sets: 1, reps: 10, perSide: false },
    frequency: MCKENZIE_FREQUENCY,
    steps: [
      'Lie face down with your hands flat on the floor under your shoulders, as if about to do a press-up.',
      'Keeping your hips and thighs relaxed on the floor, straighten your arms to push your upper body up.',
      'Let your lower back sag; your hips should stay down.',
      'Go as high as is comfortable, pause for a second or two, then lower slowly.',
      'Do 10, letting each one go a little higher if it feels comfortable.',
    ],
    safety: [
      'Back pain that eases or moves towards the middle of your back is a good sign.',
      'Stop and tell your therapist if pain spreads further down your leg, or you notice new numbness or pins and needles.',
      'If arching your back usually brings on your pain, do this only when your therapist has suggested it.',
    ],
    tolerance: ['suits-FI', 'EI'],
    direction: 'extension',
    goals: [],
    chain: { id: 'extension', previous: 'prone-on-elbows', next: 'standing-back-extension' },
    evidence: ['mckenzie-mdt', 'tbc-2016', 'apta-cpg-2012'],
    status: 'recommended',
  },
  {
    id: 'standing-back-extension',
    name: 'Standing back extension',
    category: 'directional',
    focus: ['lumbar-spine'],
    level: 2,
    equipment: [],
    position: 'standing',
    purpose:
      'Gives your lower back a backward bend you can do anywhere once the lying versions have helped, for example after sitting for a while.',
    dose: { kind: 'reps', sets: 1, reps: 10, perSide: false },
    frequency: MCKENZIE_FREQUENCY,
    steps: [
      'Stand with your feet hip-width apart and put your hands on the small of your back, fingers pointing down.',
      'Lean backwards from your waist as far as is comfortable, keeping your knees straight.',
      'Keep looking ahead rather than tipping your head right back.',
      'Hold for a second, then return to upright.',
      'Do 10, and use it especially after long spells of sitting or bending.',
    ],
    safety: [
      'A feeling of pressure in your lower back that fades when you stand upright is normal.',
      'If arching your back usually brings on your pain, leave this one out for now and check with your therapist.',
      'Stop and tell your therapist if pain spreads further down your leg.',
    ],
    tolerance: ['suits-FI', 'EI'],
    direction: 'extension',
    goals: ['sitting', 'work'],
    chain: { id: 'extension', previous: 'prone-press-up' },
    evidence: ['mckenzie-mdt', 'tbc-2016', 'apta-cpg-2012'],
    status: 'recommended',
  },
  {
    id: 'side-glide-wall',
    name: 'Side-glide at a wall',
    category: 'directional',
    focus: ['lumbar-spine'],
    level: 2,
    equipment: ['wall'],
    position: 'standing',
    purpose:
      'Helps straighten a sideways shift of your trunk by gliding your hips back under your shoulders.',
    dose: { kind: 'reps', sets: 1, reps: 10, perSide: false },
    frequency: MCKENZIE_FREQUENCY,
    steps: [
      'Stand side-on to a wall, about a foot-length away, on the side your therapist has shown you.',
      'Bend the elbow nearest the wall, tuck it against your ribs, and lean that shoulder and upper arm on the wall.',
      'Put your other hand on the hip furthest from the wall.',
      'Gently push that hip towards the wall, keeping your shoulders level and your feet still.',
      'Hold for a second or two, ease back, and do 10.',
    ],
    safety: [
      'Use only the side your therapist has checked with you: the direction matters for this one.',
      'A short-lived increase in back pain as your trunk straightens is common.',
      'Stop and tell your therapist if pain spreads further down your leg.',
    ],
    tolerance: [],
    direction: 'side-glide',
    goals: [],
    chain: { id: 'side-glide' },
    evidence: ['mckenzie-mdt', 'tbc-2016', 'apta-cpg-2012'],
    status: 'recommended',
  },
  {
    id: 'seated-flexion',
    name: 'Seated flexion',
    category: 'directional',
    focus: ['lumbar-spine'],
    level: 2,
    equipment: ['chair'],
    position: 'sitting',
    purpose:
      'Bends your lower back forward repeatedly from sitting, which often eases pain that is worse standing or arching.',
    dose: { kind: 'reps', sets: 1, reps: 10, perSide: false },
    frequency: MCKENZIE_FREQUENCY,
    steps: [
      'Sit on a sturdy chair with your feet apart and flat on the floor.',
      'Slowly bend forward, sliding your hands down your shins towards the floor.',
      'Go as far as is comfortable and pause for a second.',
      'Push on your thighs with your hands to help you sit back up slowly.',
      'Do 10, going a little further each time if it feels comfortable.',
    ],
    safety: [
      'A stretch in your lower back is normal; sit up slowly if you tend to feel light-headed.',
      'If bending forward usually brings on your pain, leave this one out for now and check with your therapist.',
      'Stop and tell your therapist if pain spreads further down your leg.',
    ],
    tolerance: ['suits-EI', 'FI'],
    direction: 'flexion',
    demands: ['deep-hip-flexion', 'loaded-spinal-flexion'],
    goals: ['sitting'],
    chain: { id: 'flexion', previous: 'double-knee-to-chest' },
    evidence: ['mckenzie-mdt', 'tbc-2016', 'apta-cpg-2012'],
    status: 'recommended',
  },
] as const satisfies readonly Exercise[];
