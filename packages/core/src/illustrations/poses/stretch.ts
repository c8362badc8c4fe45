/** Stretches and neural mobility (nerve sliders). */
import type { Pose } from '../figure.js';
import type { IllustrationSpec } from '../types.js';
import { HOOK_LYING, SITTING, STANDING, SUPINE } from './base.js';

const TOWEL_BENT: Pose = {
  ...SUPINE,
  nearArm: { flex: 60, bend: 60 },
  farArm: { flex: 60, bend: 60 },
  nearLeg: { flex: 90, bend: 90, ankle: 0 },
};

const HALF_KNEEL: Pose = {
  at: { point: 'nearKnee', x: 0 },
  nearArm: { flex: 30, bend: 40 },
  farArm: { flex: 30, bend: 40 },
  nearLeg: { flex: 0, bend: 90, ankle: 90 },
  farLeg: { flex: 95, bend: 113, ankle: -18 },
};

const FIGURE_FOUR: Pose = {
  ...HOOK_LYING,
  nearLeg: { flex: 104, abd: 26, rot: 43, bend: 118 },
};

const QUAD_READY: Pose = {
  ...STANDING,
  at: { point: 'farHeel', x: 0 },
  farArm: { flex: 80, bend: 25 },
};

const SLIDER_BENT: Pose = {
  ...HOOK_LYING,
  neck: { flex: 35 },
  nearArm: { flex: 70, bend: 70 },
  farArm: { flex: 70, bend: 70 },
  nearLeg: { flex: 90, bend: 90, ankle: 0 },
};

const SLUMP_BENT: Pose = {
  ...SITTING,
  pitch: 8,
  spine: { flex: 30 },
  neck: { flex: 40 },
  nearArm: { flex: -40, bend: 80 },
  farArm: { flex: -40, bend: 80 },
  nearLeg: { flex: 98, bend: 90 },
  farLeg: { flex: 96, bend: 88 },
};

export const STRETCH: Readonly<Record<string, IllustrationSpec>> = {
  'hamstring-stretch': {
    start: TOWEL_BENT,
    end: { ...TOWEL_BENT, nearLeg: { flex: 80, bend: 3, ankle: -10 } },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'strap', from: 'nearHand', to: 'nearFoot' },
      { kind: 'arrow', point: 'nearToe', shift: [8, -4] },
    ],
    caption: 'A towel round the foot, straighten the knee until the back of the thigh stretches',
  },
  'hip-flexor-stretch': {
    start: HALF_KNEEL,
    end: {
      ...HALF_KNEEL,
      nearLeg: { flex: -20, bend: 70, ankle: 90 },
      farLeg: { flex: 88, bend: 125, ankle: -37 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'pelvis', shift: [0, -22] },
    ],
    caption: 'Half kneeling, ease the hips forward to stretch the front of the back hip',
  },
  'piriformis-stretch': {
    start: FIGURE_FOUR,
    end: {
      ...FIGURE_FOUR,
      farLeg: { flex: 100, bend: 100, ankle: 20 },
      nearLeg: { flex: 117, abd: 40, rot: 78, bend: 108 },
      nearArm: { flex: 31, abd: -16, rot: -57, bend: 15 },
      farArm: { flex: 15, abd: -10, rot: 8, bend: 42 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'farKnee', shift: [0, -10] },
    ],
    view: { elevation: 20 },
    caption: 'Ankle across the other knee, draw the legs towards the chest',
  },
  'quadriceps-stretch': {
    start: QUAD_READY,
    end: {
      ...QUAD_READY,
      nearArm: { flex: -57, abd: -42, rot: 54, bend: 76 },
      nearLeg: { flex: -8, bend: 140, ankle: 40 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'wall', x: 60, side: 'right' },
      { kind: 'arrow', point: 'nearHeel', shift: [-10, 0] },
    ],
    caption: 'Holding the wall, bring the heel towards the buttock',
  },
  'sciatic-nerve-slider': {
    start: SLIDER_BENT,
    end: { ...SLIDER_BENT, neck: { flex: 0 }, nearLeg: { flex: 90, bend: 15, ankle: -15 } },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearToe', shift: [10, -6] },
    ],
    caption: 'Holding behind the thigh, straighten the knee as the head goes back',
  },
  'slump-slider': {
    start: SLUMP_BENT,
    end: { ...SLUMP_BENT, neck: { flex: -15 }, nearLeg: { flex: 98, bend: 15, ankle: -15 } },
    props: [
      { kind: 'floor' },
      { kind: 'chair', x: -4 },
      { kind: 'arrow', point: 'nearToe', shift: [10, 0] },
    ],
    caption: 'Sitting slumped, straighten the knee as the head looks up',
  },
};
