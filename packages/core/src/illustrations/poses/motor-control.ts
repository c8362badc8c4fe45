/** Motor control: drawing-in progressions, dead bug, quadruped work, ball and Pilates. */
import type { Pose } from '../figure.js';
import type { IllustrationSpec } from '../types.js';
import { HOOK_LYING, QUADRUPED } from './base.js';

const HANDS_ON_BELLY: Pose = {
  ...HOOK_LYING,
  nearArm: { flex: -14, abd: 11, rot: -44, bend: 94 },
  farArm: { flex: -10, abd: 16, rot: -52, bend: 108 },
  belly: 0.4,
};

const DRAWN_IN: Pose = { ...HANDS_ON_BELLY, belly: -0.9 };

const HOOK_DRAWN_IN: Pose = { ...HOOK_LYING, belly: -0.6 };

const TABLE_TOP: Pose = {
  ...HOOK_LYING,
  belly: -0.4,
  nearArm: { flex: 90 },
  farArm: { flex: 90 },
  nearLeg: { flex: 90, bend: 90, ankle: 10 },
  farLeg: { flex: 88, bend: 90, ankle: 10 },
};

const BIRD_DOG: Pose = {
  ...QUADRUPED,
  nearArm: { flex: 162 },
  farLeg: { flex: -14, bend: 0, ankle: 40 },
};

const BALL_SIT: Pose = {
  at: { point: 'pelvis', x: 0, y: 70 },
  nearArm: { flex: 10, abd: 35, bend: 20 },
  farArm: { flex: 10, abd: 35, bend: 20 },
  nearLeg: { flex: 68, bend: 68 },
  farLeg: { flex: 66, bend: 66 },
};

const BALL_BRIDGE_DOWN: Pose = {
  ...HOOK_LYING,
  at: { point: 'nearHeel', x: 92 },
  nearLeg: { flex: 45, bend: 10, ankle: 20 },
  farLeg: { flex: 45, bend: 10, ankle: 20 },
};

const SINGLE_LEG_STRETCH: Pose = {
  ...HOOK_LYING,
  spine: { flex: 22 },
  neck: { flex: 20 },
  nearArm: { flex: 60, abd: 30, bend: 50 },
  farArm: { flex: 60, abd: 30, bend: 50 },
  nearLeg: { flex: 115, bend: 115, ankle: 30 },
  farLeg: { flex: 40, bend: 0, ankle: 30 },
  belly: -0.5,
};

export const MOTOR_CONTROL: Readonly<Record<string, IllustrationSpec>> = {
  'abdominal-drawing-in': {
    start: HANDS_ON_BELLY,
    end: DRAWN_IN,
    props: [{ kind: 'floor' }, { kind: 'mat' }, { kind: 'arrow', from: [-10, 46], to: [-10, 28] }],
    caption: 'Gently draw the lower belly in towards the spine and hold',
  },
  'drawing-in-heel-slides': {
    start: HOOK_DRAWN_IN,
    end: { ...HOOK_DRAWN_IN, nearLeg: { flex: 3, bend: 3, ankle: -5 } },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearHeel', shift: [0, -10] },
    ],
    caption: 'Belly drawn in, slide one heel away and back',
  },
  'drawing-in-bent-knee-fallouts': {
    start: HOOK_DRAWN_IN,
    end: { ...HOOK_DRAWN_IN, nearLeg: { flex: 50, abd: 40, rot: 30, bend: 100, ankle: 5 } },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearKnee', shift: [22, 0], span: [0, 1] },
    ],
    view: { elevation: 90 },
    caption: 'Belly drawn in, let one knee fall slowly out to the side and back',
  },
  'dead-bug': {
    start: TABLE_TOP,
    end: { ...TABLE_TOP, nearLeg: { flex: 22, bend: 5, ankle: 20 } },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearHeel', shift: [6, -8] },
    ],
    caption: 'Legs in table-top, lower one leg towards the floor without the back arching',
  },
  'dead-bug-arm-leg': {
    start: TABLE_TOP,
    end: {
      ...TABLE_TOP,
      nearArm: { flex: 172 },
      farLeg: { flex: 22, bend: 5, ankle: 20 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearHand', shift: [-6, -8] },
      { kind: 'arrow', point: 'farHeel', shift: [6, -8] },
    ],
    caption: 'Lower one arm overhead and the opposite leg, keeping the back still',
  },
  'quadruped-rocking': {
    start: QUADRUPED,
    end: {
      ...QUADRUPED,
      pitch: 84,
      neck: { flex: 0 },
      nearArm: { flex: 134 },
      farArm: { flex: 134 },
      nearLeg: { flex: 114, bend: 120, ankle: 90 },
      farLeg: { flex: 114, bend: 120, ankle: 90 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'pelvis', shift: [0, -18] },
    ],
    caption: 'On hands and knees, rock the hips back towards the heels and forward again',
  },
  'quadruped-arm-reach': {
    start: QUADRUPED,
    end: { ...QUADRUPED, nearArm: { flex: 162 } },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearHand', shift: [10, 0] },
    ],
    caption: 'On hands and knees, reach one arm forward, back level',
  },
  'bird-dog': {
    start: QUADRUPED,
    end: BIRD_DOG,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearHand', shift: [10, 0] },
      { kind: 'arrow', point: 'farHeel', shift: [-8, 0] },
    ],
    caption: 'Reach one arm forward and the opposite leg back, back level',
  },
  'bird-dog-elbow-to-knee': {
    start: BIRD_DOG,
    end: {
      ...BIRD_DOG,
      spine: { flex: 25 },
      neck: { flex: 25 },
      nearArm: { flex: 66, bend: 120 },
      farLeg: { flex: 115, bend: 120, ankle: 40 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearHand', shift: [0, 10] },
    ],
    caption: 'From the bird-dog, bring elbow and opposite knee together under the body',
  },
  'stability-ball-sitting': {
    start: BALL_SIT,
    end: { ...BALL_SIT, nearLeg: { flex: 100, bend: 90, ankle: 10 } },
    props: [
      { kind: 'floor' },
      { kind: 'ball', at: [-4, 31], radius: 31 },
      { kind: 'arrow', point: 'nearKnee', shift: [10, 0] },
    ],
    caption: 'Sitting tall on the ball, lift one foot in a slow march',
  },
  'stability-ball-bridge': {
    start: BALL_BRIDGE_DOWN,
    end: {
      ...BALL_BRIDGE_DOWN,
      pitch: -112,
      nearLeg: { flex: 0, bend: 0, ankle: 20 },
      farLeg: { flex: 0, bend: 0, ankle: 20 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'ball', at: [100, 30], radius: 30 },
      { kind: 'arrow', point: 'pelvis', shift: [0, -16] },
    ],
    caption: 'Calves on the ball, lift the hips until the body is straight',
  },
  'pilates-motor-control': {
    start: SINGLE_LEG_STRETCH,
    end: {
      ...SINGLE_LEG_STRETCH,
      nearLeg: SINGLE_LEG_STRETCH.farLeg,
      farLeg: SINGLE_LEG_STRETCH.nearLeg,
    },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearHeel', shift: [8, -8], both: true },
    ],
    caption: 'Pilates single-leg stretch: head and shoulders curled, switch legs with control',
  },
};
