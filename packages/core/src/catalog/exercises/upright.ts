import type { Exercise } from '../types.js';

/**
 * Standing and sitting versions of floor work, for people who should not get down to the floor
 * or lie flat (an older adult, a recent fall, knee pain, later pregnancy: exercises.md,
 * "Selection rules"). Each shares a chain with its floor counterpart where one is the easier
 * step of the other, so a plan never carries both. General exercise, strengthening and motor
 * control are recommended for low back pain (apta-cpg-2021, who-2023); the strength doses sit
 * within acsm-dosing.
 */
export const UPRIGHT_EXERCISES = [
  {
    id: 'wall-pelvic-tilt',
    name: 'Pelvic tilt against a wall',
    category: 'mobility',
    focus: ['lumbar-spine'],
    level: 1,
    equipment: ['wall'],
    position: 'standing',
    purpose:
      'Moves your lower back gently through a small range while you stand, with the wall as your guide.',
    dose: { kind: 'reps', sets: 2, reps: 10, perSide: false },
    frequency: { timesPerDay: 2, daysPerWeek: 7 },
    steps: [
      'Stand with your back to a wall, your heels about a foot-length away from it and your knees softly bent.',
      'Let your buttocks and shoulders rest on the wall; there will be a small gap behind your lower back.',
      'Tip the top of your pelvis backwards so the gap closes and your lower back touches the wall.',
      'Hold for a couple of seconds, breathing normally, then let the gap come back.',
      'Do 2 sets of 10 slow tilts.',
    ],
    safety: [
      'The movement is small and should feel easy; there is no need to press hard into the wall.',
      'Keep your knees soft so your thighs are not doing the work.',
      'Stop and tell your therapist if pain spreads further down your leg.',
    ],
    tolerance: ['suits-EI'],
    goals: [],
    chain: { id: 'pelvic-tilt', previous: 'pelvic-tilt' },
    evidence: ['apta-cpg-2021', 'who-2023'],
    status: 'recommended',
  },
  {
    id: 'seated-marching',
    name: 'Seated marching',
    category: 'motor-control',
    focus: ['trunk', 'hips'],
    level: 1,
    equipment: ['chair'],
    position: 'sitting',
    purpose:
      'Teaches your trunk to stay steady while your legs move, sitting safely on an ordinary chair.',
    dose: { kind: 'reps', sets: 2, reps: 10, perSide: true },
    frequency: { timesPerDay: 1, daysPerWeek: 7 },
    steps: [
      'Sit near the front of a sturdy chair without arms, feet flat and hip-width apart, back upright and away from the chair back.',
      'Rest your hands lightly on your thighs and gently tighten your lower stomach, still breathing freely.',
      'Lift one foot a few centimetres off the floor, keeping your trunk tall and still, then set it down.',
      'Lift the other foot the same way; each lift counts as one for that side.',
      'Do 10 lifts on each side, rest, then do a second set.',
    ],
    safety: [
      'Your trunk should not lean or rock as the foot lifts; lift the foot less high if it does.',
      'Use a chair that will not tip or roll, with its back against a wall if you are unsure.',
      'Stop and tell your therapist if it brings on back or leg pain that does not settle.',
    ],
    tolerance: [],
    goals: ['sitting'],
    chain: { id: 'ball', next: 'stability-ball-sitting' },
    evidence: ['apta-cpg-2021', 'who-2023', 'tbc-2016'],
    status: 'recommended',
  },
  {
    id: 'standing-hip-abduction',
    name: 'Standing hip abduction',
    category: 'strength',
    focus: ['hips', 'glutes'],
    level: 1,
    equipment: ['chair'],
    position: 'standing',
    purpose:
      'Strengthens the side of your hip by moving one leg out to the side while you hold a chair.',
    dose: { kind: 'reps', sets: 2, reps: 10, perSide: true },
    frequency: { timesPerDay: 1, daysPerWeek: 2 },
    steps: [
      'Stand tall beside a sturdy chair and hold its back with the hand nearer to it.',
      'Shift your weight onto the leg nearer the chair, keeping that knee soft rather than locked.',
      'Move your other leg out to the side, toes pointing forwards, as far as you can without leaning your trunk.',
      'Bring it back slowly until the foot touches down beside the other one.',
      'Do 10, then turn round and work the other leg; do 2 sets on each side.',
    ],
    safety: [
      'A small movement with an upright trunk works the hip better than a big swing with a lean.',
      'A tired or warm feeling at the side of your hip is normal muscle work.',
      'Stop if it causes hip or back pain that does not settle, and tell your therapist.',
    ],
    tolerance: [],
    goals: ['walking'],
    chain: { id: 'hip-abduction', next: 'side-lying-hip-abduction' },
    evidence: ['apta-cpg-2021', 'who-2023', 'acsm-dosing'],
    status: 'recommended',
  },
  {
    id: 'heel-raise',
    name: 'Heel raise',
    category: 'strength',
    focus: ['legs', 'balance'],
    level: 1,
    equipment: ['chair'],
    position: 'standing',
    purpose: 'Strengthens your calves and ankles, which help you walk and keep your balance.',
    dose: { kind: 'reps', sets: 2, reps: 12, perSide: false },
    frequency: { timesPerDay: 1, daysPerWeek: 3 },
    steps: [
      'Stand behind a sturdy chair or at a counter, feet hip-width apart, with your hands resting on it.',
      'Rise slowly onto the balls of your feet, lifting your heels as high as feels comfortable.',
      'Pause for a second at the top, standing tall.',
      'Lower your heels slowly back to the floor.',
      'Do 12, rest for a minute, then do 12 more.',
    ],
    safety: [
      'Keep your hands on the support; use it more if you feel unsteady.',
      'A tired or tight feeling in your calves is normal, and so is some stiffness the next day.',
      'Stop and tell your therapist if it brings on pain in your ankle, foot or back that does not settle.',
    ],
    tolerance: [],
    goals: ['walking'],
    chain: { id: 'heel-raise' },
    evidence: ['apta-cpg-2021', 'who-2023', 'acsm-dosing'],
    status: 'recommended',
  },
] as const satisfies readonly Exercise[];
