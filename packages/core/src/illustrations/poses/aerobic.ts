/** Aerobic exercise: walking, cycling and exercise in water. */
import type { Pose } from '../figure.js';
import type { IllustrationSpec } from '../types.js';
import { STANDING } from './base.js';

/** Mid-stride, near leg forward; the other half of the step mirrors it. */
const STRIDE: Pose = {
  ...STANDING,
  at: { point: 'pelvis', x: 0 },
  pitch: 3,
  nearArm: { flex: -22, bend: 20 },
  farArm: { flex: 24, bend: 25 },
  nearLeg: { flex: 24, bend: 4, ankle: -12 },
  farLeg: { flex: -16, bend: 16, ankle: 18 },
};

const STRIDE_OTHER: Pose = {
  ...STRIDE,
  nearArm: STRIDE.farArm,
  farArm: STRIDE.nearArm,
  nearLeg: STRIDE.farLeg,
  farLeg: STRIDE.nearLeg,
};

const BRISK: Pose = {
  ...STRIDE,
  pitch: 6,
  nearArm: { flex: -35, bend: 90 },
  farArm: { flex: 40, bend: 90 },
  nearLeg: { flex: 32, bend: 4, ankle: -15 },
  farLeg: { flex: -22, bend: 20, ankle: 25 },
};

const BRISK_OTHER: Pose = {
  ...BRISK,
  nearArm: BRISK.farArm,
  farArm: BRISK.nearArm,
  nearLeg: BRISK.farLeg,
  farLeg: BRISK.nearLeg,
};

const PEDAL_DOWN: Pose = {
  at: { point: 'pelvis', x: 0, y: 97 },
  pitch: 28,
  neck: { flex: -18 },
  nearArm: { flex: 82, bend: 18 },
  farArm: { flex: 80, bend: 20 },
  nearLeg: { flex: 82, bend: 72, ankle: 10 },
  farLeg: { flex: 86, bend: 115, ankle: 10 },
};

const WATER_STRIDE: Pose = {
  ...STRIDE,
  nearArm: { flex: -30, abd: 20, bend: 30 },
  farArm: { flex: 30, abd: 20, bend: 30 },
};

const JACK_IN: Pose = {
  at: { point: 'pelvis', x: 0 },
  turn: 90,
  nearArm: { abd: 15, bend: 10 },
  farArm: { abd: 15, bend: 10 },
  nearLeg: { abd: 2 },
  farLeg: { abd: 2 },
};

export const AEROBIC: Readonly<Record<string, IllustrationSpec>> = {
  'walking-programme': {
    start: STRIDE,
    end: STRIDE_OTHER,
    props: [{ kind: 'floor' }, { kind: 'arrow', from: [38, 70], to: [70, 70] }],
    caption: 'Walking at a comfortable pace',
  },
  'brisk-walking-intervals': {
    start: BRISK,
    end: BRISK_OTHER,
    props: [
      { kind: 'floor' },
      { kind: 'arrow', from: [40, 80], to: [80, 80] },
      { kind: 'arrow', from: [46, 64], to: [74, 64] },
    ],
    caption: 'Brisk walking with bent arms, alternating with easy walking',
  },
  'stationary-cycling': {
    start: PEDAL_DOWN,
    end: { ...PEDAL_DOWN, nearLeg: PEDAL_DOWN.farLeg, farLeg: PEDAL_DOWN.nearLeg },
    props: [
      { kind: 'floor' },
      { kind: 'bike', seat: [-4, 86], bars: [74, 112], crank: [14, 30] },
      { kind: 'arrow', point: 'nearFoot', shift: [14, 0] },
    ],
    caption: 'Pedalling on a stationary bike',
  },
  'water-walking': {
    start: WATER_STRIDE,
    end: {
      ...WATER_STRIDE,
      nearArm: WATER_STRIDE.farArm,
      farArm: WATER_STRIDE.nearArm,
      nearLeg: STRIDE.farLeg,
      farLeg: STRIDE.nearLeg,
    },
    props: [
      { kind: 'floor' },
      { kind: 'water', level: 118 },
      { kind: 'arrow', from: [38, 60], to: [70, 60] },
    ],
    caption: 'Walking in chest-deep water',
  },
  'aquatic-exercise-class': {
    start: JACK_IN,
    end: {
      ...JACK_IN,
      nearArm: { abd: 95, bend: 5 },
      farArm: { abd: 95, bend: 5 },
      nearLeg: { abd: 18 },
      farLeg: { abd: 18 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'water', level: 118 },
      { kind: 'arrow', point: 'nearHand', shift: [-10, 0] },
      { kind: 'arrow', point: 'farHand', shift: [10, 0] },
    ],
    caption: 'Water exercise: arm and leg sweeps in chest-deep water',
  },
};
