/** Strength work standing: squats, lunges, hinges, lifts, carries, step-ups, anti-rotation. */
import type { Pose } from '../figure.js';
import type { IllustrationSpec } from '../types.js';
import { SITTING, STANDING } from './base.js';

const READY_TO_STAND: Pose = {
  ...SITTING,
  at: { point: 'nearHeel', x: 38 },
  pitch: 28,
  neck: { flex: -15 },
  nearArm: { flex: 55, bend: 10 },
  farArm: { flex: 55, bend: 10 },
  nearLeg: { flex: 118, bend: 100, ankle: -10 },
  farLeg: { flex: 116, bend: 98, ankle: -8 },
};

const GOBLET: Pose = {
  ...STANDING,
  nearArm: { flex: 25, bend: 125 },
  farArm: { flex: 25, bend: 125 },
};

const SPLIT_HIGH: Pose = {
  ...STANDING,
  at: { point: 'nearHeel', x: 30 },
  nearArm: { flex: -10, abd: 20, bend: 100 },
  farArm: { flex: -10, abd: 20, bend: 100 },
  nearLeg: { flex: 25, bend: 5, ankle: 20 },
  farLeg: { flex: -20, bend: 10, ankle: 20 },
};

const DOWEL_READY: Pose = {
  ...STANDING,
  nearArm: { flex: 150, abd: 20, bend: 150 },
  farArm: { flex: -50, bend: 95 },
};

const STRIDE_CARRY: Pose = {
  ...STANDING,
  at: { point: 'pelvis', x: 0 },
  nearArm: { flex: 0, abd: 12 },
  farArm: { flex: 0, abd: 12 },
  nearLeg: { flex: 15, bend: 3, ankle: -8 },
  farLeg: { flex: -12, bend: 12, ankle: 14 },
};

const STRIDE_CARRY_OTHER: Pose = {
  ...STRIDE_CARRY,
  nearLeg: STRIDE_CARRY.farLeg,
  farLeg: STRIDE_CARRY.nearLeg,
};

const STEP_START: Pose = {
  ...STANDING,
  at: { point: 'nearHeel', x: 34, y: 26.5 },
  pitch: 8,
  nearLeg: { flex: 60, bend: 75, ankle: -15 },
  farLeg: { flex: -12, bend: 10, ankle: 10 },
};

const PALLOF_IN: Pose = {
  ...STANDING,
  nearArm: { flex: 35, abd: 10, bend: 120 },
  farArm: { flex: 35, abd: 10, bend: 120 },
  nearLeg: { abd: 8 },
  farLeg: { abd: 8 },
};

export const STRENGTH_STANDING: Readonly<Record<string, IllustrationSpec>> = {
  'sit-to-stand': {
    start: READY_TO_STAND,
    end: {
      ...STANDING,
      at: { point: 'nearHeel', x: 38 },
      nearArm: { flex: 30, bend: 10 },
      farArm: { flex: 30, bend: 10 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'chair', x: -4 },
      { kind: 'arrow', point: 'pelvis', shift: [-14, 0] },
    ],
    caption: 'Lean forward and stand up from the chair, then sit back down with control',
  },
  'goblet-squat': {
    start: GOBLET,
    end: {
      ...GOBLET,
      pitch: 35,
      neck: { flex: -20 },
      nearLeg: { flex: 120, bend: 110, ankle: -25 },
      farLeg: { flex: 120, bend: 110, ankle: -25 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'weight', hand: 'near', type: 'kettlebell' },
      { kind: 'arrow', point: 'pelvis', shift: [-16, 0] },
    ],
    caption: 'Holding a weight at the chest, squat down and stand up',
  },
  'split-squat': {
    start: SPLIT_HIGH,
    end: {
      ...SPLIT_HIGH,
      nearLeg: { flex: 80, bend: 90, ankle: -10 },
      farLeg: { flex: -10, bend: 100, ankle: -50 },
    },
    props: [{ kind: 'floor' }, { kind: 'arrow', point: 'pelvis', shift: [-14, 0] }],
    caption: 'Feet apart front to back, lower the back knee towards the floor',
  },
  'reverse-lunge': {
    start: { ...STANDING, at: { point: 'farHeel', x: 0 } },
    end: {
      ...STANDING,
      at: { point: 'farHeel', x: 0 },
      nearLeg: { flex: -12, bend: 100, ankle: -45 },
      farLeg: { flex: 82, bend: 92, ankle: -10 },
    },
    props: [{ kind: 'floor' }, { kind: 'arrow', point: 'nearToe', shift: [0, -8] }],
    caption: 'Step one foot back and lower into a lunge, then step back up',
  },
  'hip-hinge-dowel': {
    start: DOWEL_READY,
    end: {
      ...DOWEL_READY,
      pitch: 55,
      nearLeg: { flex: 60, bend: 20, ankle: -15 },
      farLeg: { flex: 60, bend: 20, ankle: -15 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'dowel' },
      { kind: 'arrow', point: 'head', shift: [14, -8] },
    ],
    caption: 'A stick touching head, upper back and tailbone, hinge at the hips',
  },
  'romanian-deadlift': {
    start: { ...STANDING, nearArm: { flex: 0 }, farArm: { flex: 0 } },
    end: {
      ...STANDING,
      pitch: 65,
      neck: { flex: -10 },
      nearArm: { flex: 65 },
      farArm: { flex: 65 },
      nearLeg: { flex: 70, bend: 20, ankle: -15 },
      farLeg: { flex: 70, bend: 20, ankle: -15 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'weight', hand: 'near', type: 'dumbbell' },
      { kind: 'weight', hand: 'far', type: 'dumbbell' },
      { kind: 'arrow', point: 'nearHand', shift: [10, 0] },
    ],
    caption: 'Weights in hand, hinge at the hips with soft knees, back straight',
  },
  'floor-to-waist-lift': {
    start: {
      ...STANDING,
      pitch: 62,
      neck: { flex: -30 },
      nearArm: { flex: 37, bend: 53 },
      farArm: { flex: 37, bend: 53 },
      nearLeg: { flex: 140, bend: 135, ankle: -40 },
      farLeg: { flex: 140, bend: 135, ankle: -40 },
    },
    end: { ...STANDING, nearArm: { flex: 15, bend: 70 }, farArm: { flex: 15, bend: 70 } },
    props: [
      { kind: 'floor' },
      { kind: 'box', hand: 'near' },
      { kind: 'arrow', point: 'nearHand', shift: [22, 0] },
    ],
    caption: 'Bend the knees and hips to lift a box from the floor to waist height',
  },
  'farmer-carry': {
    start: STRIDE_CARRY,
    end: STRIDE_CARRY_OTHER,
    props: [
      { kind: 'floor' },
      { kind: 'weight', hand: 'near', type: 'kettlebell' },
      { kind: 'weight', hand: 'far', type: 'kettlebell' },
      { kind: 'arrow', from: [34, 60], to: [66, 60] },
    ],
    view: { yaw: 50 },
    caption: 'Walk tall with a weight in each hand',
  },
  'suitcase-carry': {
    start: STRIDE_CARRY,
    end: STRIDE_CARRY_OTHER,
    props: [
      { kind: 'floor' },
      { kind: 'weight', hand: 'near', type: 'kettlebell' },
      { kind: 'arrow', from: [34, 60], to: [66, 60] },
    ],
    view: { yaw: 50 },
    caption: 'Walk tall with a weight in one hand, not leaning to the side',
  },
  'step-up': {
    start: STEP_START,
    end: {
      ...STEP_START,
      pitch: 0,
      nearLeg: { flex: 0, bend: 0, ankle: 0 },
      farLeg: { flex: 60, bend: 90, ankle: 20 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'step', x: 20, width: 56, height: 22 },
      { kind: 'arrow', point: 'pelvis', shift: [-16, 0] },
    ],
    caption: 'Step up onto the step, then down again',
  },
  'pallof-press': {
    start: PALLOF_IN,
    end: {
      ...PALLOF_IN,
      nearArm: { flex: 88, abd: 5, bend: 3 },
      farArm: { flex: 88, abd: 5, bend: 3 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'band', from: 'nearHand', to: [8, 112, -120] },
      { kind: 'arrow', point: 'nearHand', shift: [0, -10] },
    ],
    view: { yaw: 40, elevation: 10 },
    caption: 'Band pulling from the side, press the hands straight out without turning',
  },
};
