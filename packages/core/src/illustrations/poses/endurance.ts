/** Trunk endurance: the curl-up, side bridges and front planks (McGill's "big three" family). */
import type { Pose } from '../figure.js';
import type { IllustrationSpec } from '../types.js';
import { HOOK_LYING, PRONE, SIDE_LYING } from './base.js';

const CURL_FLAT: Pose = {
  ...HOOK_LYING,
  nearArm: { flex: -12, abd: 21, rot: -103, bend: 109 },
  farArm: { flex: -10, abd: 20, rot: -103, bend: 100 },
  farLeg: { flex: 0, bend: 0, ankle: 20 },
};

/** Lying on the side, propped on the bottom forearm, the trunk side-bent up from the floor. */
const SIDE_PROPPED: Pose = {
  ...SIDE_LYING,
  at: { point: 'farKnee', x: 0, y: 4.5 },
  pitch: 54,
  spine: { side: 6 },
  neck: { side: -10 },
  nearArm: { flex: 0, abd: 10, bend: 40 },
  farArm: { abd: 92, bend: 90, rot: 90 },
  nearLeg: { flex: 0, abd: 36, bend: 90, ankle: 30 },
  farLeg: { flex: 0, abd: -36, bend: 90, ankle: 30 },
};

const SIDE_BRIDGE_KNEES: Pose = {
  ...SIDE_PROPPED,
  pitch: 63,
  spine: { side: 0 },
  neck: { side: 0 },
  nearArm: { abd: 80 },
  farArm: { flex: -7, abd: 68, bend: 90, rot: 90 },
  nearLeg: { flex: 0, bend: 90, ankle: 30 },
  farLeg: { flex: 0, bend: 90, ankle: 30 },
};

const SIDE_PROPPED_STRAIGHT: Pose = {
  ...SIDE_PROPPED,
  at: { point: 'farHeel', x: 0, y: 4.5 },
  nearLeg: { flex: 0, abd: 36, bend: 0, ankle: 20 },
  farLeg: { flex: 0, abd: -36, bend: 0, ankle: 20 },
};

const SIDE_BRIDGE_FULL: Pose = {
  ...SIDE_PROPPED_STRAIGHT,
  pitch: 74,
  spine: { side: 0 },
  neck: { side: 0 },
  nearArm: { abd: 80 },
  nearLeg: { flex: 0, bend: 0, ankle: 20 },
  farLeg: { flex: 0, bend: 0, ankle: 20 },
};

/** Face down on the forearms, elbows under the shoulders, hips still on the floor. */
const FOREARMS_DOWN: Pose = {
  ...PRONE,
  at: { point: 'nearKnee', x: 0 },
  pitch: 50,
  neck: { flex: 20 },
  nearArm: { flex: 50, bend: 90 },
  farArm: { flex: 50, bend: 90 },
  nearLeg: { flex: -40, bend: 90, ankle: 20 },
  farLeg: { flex: -40, bend: 90, ankle: 20 },
};

const FOREARMS_TOES: Pose = {
  ...FOREARMS_DOWN,
  at: { point: 'nearToe', x: 0 },
  nearLeg: { flex: -40, bend: 0, ankle: 75 },
  farLeg: { flex: -40, bend: 0, ankle: 75 },
};

export const ENDURANCE: Readonly<Record<string, IllustrationSpec>> = {
  'curl-up': {
    start: CURL_FLAT,
    end: { ...CURL_FLAT, spine: { flex: 22 }, neck: { flex: 5 } },
    props: [{ kind: 'floor' }, { kind: 'mat' }, { kind: 'arrow', point: 'head', shift: [6, -12] }],
    caption: 'One knee bent, hands under the low back, lift the head and shoulders slightly',
  },
  'side-bridge-knees': {
    start: SIDE_PROPPED,
    end: SIDE_BRIDGE_KNEES,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'pelvis', shift: [0, -16] },
    ],
    view: { yaw: 40, elevation: 20 },
    caption: 'On the forearm and knees, lift the hips into a straight line',
  },
  'side-bridge-full': {
    start: SIDE_PROPPED_STRAIGHT,
    end: SIDE_BRIDGE_FULL,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'pelvis', shift: [0, -16] },
    ],
    view: { yaw: 40, elevation: 20 },
    caption: 'On the forearm and the side of the feet, lift the hips into a straight line',
  },
  'front-plank-knees': {
    start: FOREARMS_DOWN,
    end: {
      ...FOREARMS_DOWN,
      pitch: 66,
      neck: { flex: 10 },
      nearArm: { flex: 66, bend: 90 },
      farArm: { flex: 66, bend: 90 },
      nearLeg: { flex: 0, bend: 90, ankle: 20 },
      farLeg: { flex: 0, bend: 90, ankle: 20 },
    },
    props: [{ kind: 'floor' }, { kind: 'mat' }, { kind: 'arrow', from: [40, 30], to: [40, 54] }],
    caption: 'On forearms and knees, lift the body into a straight line',
  },
  'front-plank-full': {
    start: FOREARMS_TOES,
    end: {
      ...FOREARMS_TOES,
      pitch: 82,
      neck: { flex: 10 },
      nearArm: { flex: 82, bend: 90 },
      farArm: { flex: 82, bend: 90 },
      nearLeg: { flex: 0, bend: 0, ankle: -27 },
      farLeg: { flex: 0, bend: 0, ankle: -27 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'pelvis', shift: [0, -18] },
    ],
    caption: 'On forearms and toes, lift the body into a straight line',
  },
};
