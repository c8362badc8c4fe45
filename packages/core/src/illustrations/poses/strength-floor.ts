/** Strength work on the floor: bridges, side-lying hip work and prone extensions. */
import type { Pose } from '../figure.js';
import type { IllustrationSpec } from '../types.js';
import { HOOK_LYING, PRONE, SIDE_LYING } from './base.js';

const BRIDGE_DOWN: Pose = { ...HOOK_LYING, at: { point: 'nearHeel', x: 60 } };

const BRIDGE_UP: Pose = {
  ...BRIDGE_DOWN,
  pitch: -115,
  nearArm: { flex: -25, abd: 10 },
  farArm: { flex: -25, abd: 10 },
  nearLeg: { flex: 0, bend: 120, ankle: -5 },
  farLeg: { flex: 0, bend: 118, ankle: -3 },
};

const ONE_LEG_DOWN: Pose = {
  ...HOOK_LYING,
  at: { point: 'farHeel', x: 60 },
  nearLeg: { flex: 46, bend: 0, ankle: 20 },
};

const SIDE_REST: Pose = {
  ...SIDE_LYING,
  neck: { side: 15 },
  nearArm: { flex: 75, abd: -10, bend: 50 },
  farArm: { flex: 170, bend: 20 },
  nearLeg: { flex: 45, abd: -12, bend: 90 },
  farLeg: { flex: 45, bend: 90 },
};

const CLAM_OPEN: Pose = { ...SIDE_REST, nearLeg: { flex: 45, abd: 35, rot: 35, bend: 95 } };

const ABDUCTION_REST: Pose = {
  ...SIDE_REST,
  nearLeg: { flex: -5, abd: -10, bend: 2, ankle: 10 },
  farLeg: { flex: 40, bend: 80 },
};

const SUPERMAN_DOWN: Pose = {
  ...PRONE,
  neck: { flex: 0 },
  nearArm: { flex: 175, abd: 10 },
  farArm: { flex: 175, abd: 10 },
};

export const STRENGTH_FLOOR: Readonly<Record<string, IllustrationSpec>> = {
  'glute-bridge': {
    start: BRIDGE_DOWN,
    end: BRIDGE_UP,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'pelvis', shift: [0, -16] },
    ],
    caption: 'Knees bent, lift the hips until knees, hips and shoulders line up',
  },
  'single-leg-bridge': {
    start: ONE_LEG_DOWN,
    end: {
      ...ONE_LEG_DOWN,
      pitch: -115,
      nearArm: { flex: -25, abd: 10 },
      farArm: { flex: -25, abd: 10 },
      nearLeg: { flex: 0, bend: 0, ankle: 20 },
      farLeg: { flex: 0, bend: 120, ankle: -5 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'pelvis', shift: [0, -16] },
    ],
    caption: 'One leg straight, lift the hips on the other leg',
  },
  clamshell: {
    start: SIDE_REST,
    end: CLAM_OPEN,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearKnee', shift: [8, -4] },
    ],
    view: { elevation: 15 },
    caption: 'Lying on the side, knees bent, open the top knee, feet together',
  },
  'banded-clamshell': {
    start: SIDE_REST,
    end: CLAM_OPEN,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'loop-band', from: 'nearKnee', to: 'farKnee' },
      { kind: 'arrow', point: 'nearKnee', shift: [8, -4] },
    ],
    view: { elevation: 15 },
    caption: 'Clamshell with a band round the thighs',
  },
  'side-lying-hip-abduction': {
    start: ABDUCTION_REST,
    end: { ...ABDUCTION_REST, nearLeg: { flex: -5, abd: 35, bend: 2, ankle: 10 } },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearHeel', shift: [8, 0] },
    ],
    view: { elevation: 15 },
    caption: 'Lying on the side, lift the straight top leg',
  },
  'prone-hip-extension': {
    start: PRONE,
    end: { ...PRONE, nearLeg: { flex: -26, bend: 0, ankle: 40 } },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearHeel', shift: [-8, -4] },
    ],
    caption: 'Face down, lift one straight leg a little',
  },
  'prone-superman': {
    start: SUPERMAN_DOWN,
    end: {
      ...SUPERMAN_DOWN,
      spine: { flex: -34 },
      neck: { flex: 5 },
      nearArm: { flex: 178, abd: 10 },
      farArm: { flex: 178, abd: 10 },
      nearLeg: { flex: -20, ankle: 80 },
      farLeg: { flex: -20, ankle: 80 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearHand', shift: [0, -8] },
      { kind: 'arrow', point: 'nearHeel', shift: [0, -8] },
    ],
    caption: 'Face down, lift arms, chest and legs together',
  },
};
