/** Balance, mind-body, graded exposure and relaxation. */
import type { Pose } from '../figure.js';
import type { IllustrationSpec } from '../types.js';
import { QUADRUPED, STANDING, SUPINE } from './base.js';

/**
 * Standing free with the arms out to the sides for balance, so it cannot be mistaken for the
 * supported step (a hand on a chair back) even at thumbnail size.
 */
const ONE_LEG_READY: Pose = {
  ...STANDING,
  at: { point: 'farHeel', x: 0 },
  nearArm: { flex: 0, abd: 55, bend: 10 },
  farArm: { flex: 0, abd: 55, bend: 10 },
};

const ARMS_CROSSED: Pose = {
  ...STANDING,
  at: { point: 'farHeel', x: 0 },
  nearArm: { flex: 40, bend: 120, rot: -40 },
  farArm: { flex: 40, bend: 120, rot: -40 },
};

const ON_BOARD: Pose = {
  ...STANDING,
  at: { point: 'nearFoot', x: 0, y: 19.5 },
  pitch: -2,
  nearArm: { flex: 40, abd: 30, bend: 10 },
  farArm: { flex: 40, abd: 30, bend: 10 },
  nearLeg: { flex: 8, bend: 12, ankle: 10 },
  farLeg: { flex: 8, bend: 12, ankle: 10 },
};

const DOWN_DOG: Pose = {
  ...QUADRUPED,
  at: { point: 'nearHand', x: 0 },
  pitch: 135,
  neck: { flex: 10 },
  nearArm: { flex: 180 },
  farArm: { flex: 180 },
  nearLeg: { flex: 95, bend: 0, ankle: -30 },
  farLeg: { flex: 95, bend: 0, ankle: -30 },
};

const BOW_BACK: Pose = {
  ...STANDING,
  at: { point: 'nearHeel', x: 40 },
  nearArm: { flex: 40, bend: 110 },
  farArm: { flex: 30, bend: 110 },
  nearLeg: { flex: 30, bend: 10, ankle: 20 },
  farLeg: { flex: -12, bend: 35, ankle: -23 },
};

const BOX_AT_WAIST: Pose = {
  ...STANDING,
  nearArm: { flex: 15, bend: 70 },
  farArm: { flex: 15, bend: 70 },
};

const RESTING: Pose = {
  ...SUPINE,
  nearArm: { flex: -13, abd: 13, rot: -47, bend: 99 },
  farArm: { flex: 11, abd: 4, rot: -58, bend: 145 },
  nearLeg: { flex: 25, bend: 40, ankle: 30 },
  farLeg: { flex: 24, bend: 38, ankle: 30 },
  belly: -0.2,
};

const CROSS_LEGGED: Pose = {
  at: { point: 'pelvis', x: 0, y: 24 },
  turn: 90,
  nearArm: { flex: 20, abd: 13, bend: 38 },
  farArm: { flex: 22, abd: 10, bend: 29 },
  nearLeg: { flex: 85, abd: 36, rot: 61, bend: 141 },
  farLeg: { flex: 80, abd: 33, rot: 60, bend: 146 },
};

export const BALANCE_MIND: Readonly<Record<string, IllustrationSpec>> = {
  'single-leg-stance': {
    start: ONE_LEG_READY,
    end: { ...ONE_LEG_READY, nearLeg: { flex: 60, bend: 80, ankle: 20 } },
    props: [{ kind: 'floor' }, { kind: 'arrow', point: 'nearKnee', shift: [10, 0] }],
    // Turned a little towards the viewer so both arms show, held out from the sides.
    view: { yaw: 35 },
    caption: 'Stand on one leg, hands free, arms out for balance',
  },
  'single-leg-stance-eyes-closed': {
    start: ARMS_CROSSED,
    end: { ...ARMS_CROSSED, nearLeg: { flex: 60, bend: 80, ankle: 20 } },
    props: [
      { kind: 'floor' },
      { kind: 'eyes-closed' },
      { kind: 'arrow', point: 'nearKnee', shift: [10, 0] },
    ],
    caption: 'Stand on one leg with the eyes closed',
  },
  'balance-board': {
    start: ON_BOARD,
    end: {
      ...ON_BOARD,
      pitch: 2,
      nearLeg: { flex: 8, bend: 12, ankle: -10 },
      farLeg: { flex: 8, bend: 12, ankle: -10 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'balance-board', x: 0 },
      { kind: 'arrow', from: [-36, 200], to: [6, 200], bend: -0.15, both: true },
    ],
    caption: 'Stand on a balance board and keep it level',
  },
  'yoga-for-back-pain': {
    start: { ...QUADRUPED, at: { point: 'nearHand', x: 0 } },
    end: DOWN_DOG,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'pelvis', shift: [-10, -10] },
    ],
    caption: 'Yoga: from hands and knees into a downward dog',
  },
  'tai-chi': {
    start: BOW_BACK,
    end: {
      ...BOW_BACK,
      nearArm: { flex: 80, bend: 25 },
      farArm: { flex: 75, bend: 30 },
      nearLeg: { flex: 45, bend: 45, ankle: 0 },
      farLeg: { flex: -25, bend: 5, ankle: -25 },
    },
    props: [{ kind: 'floor' }, { kind: 'arrow', point: 'nearHand', shift: [0, -12] }],
    view: { yaw: -25 },
    caption: 'Tai chi: shift the weight forward and push slowly with both hands',
  },
  'graded-exposure-task': {
    start: BOX_AT_WAIST,
    end: {
      ...BOX_AT_WAIST,
      pitch: 58,
      neck: { flex: -25 },
      nearArm: { flex: 64, bend: 36 },
      farArm: { flex: 64, bend: 36 },
      nearLeg: { flex: 112, bend: 85, ankle: -25 },
      farLeg: { flex: 112, bend: 85, ankle: -25 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'step', x: 34, width: 40, height: 30 },
      { kind: 'box', hand: 'near' },
      { kind: 'hierarchy', at: [-70, 150] },
      { kind: 'arrow', point: 'nearHand', shift: [0, -20] },
    ],
    caption: 'Practise a feared task one small step at a time, e.g. putting a box on a low shelf',
  },
  'graded-forward-bend': {
    start: STANDING,
    end: {
      ...STANDING,
      pitch: 35,
      spine: { flex: 40 },
      neck: { flex: 10 },
      nearArm: { flex: 80, bend: 5 },
      farArm: { flex: 80, bend: 5 },
      nearLeg: { flex: 32, bend: 10, ankle: -8 },
      farLeg: { flex: 32, bend: 10, ankle: -8 },
    },
    props: [{ kind: 'floor' }, { kind: 'arrow', point: 'nearHand', shift: [12, 0] }],
    caption: 'Bend forward a little further each week, within comfort',
  },
  'relaxation-breathing': {
    start: RESTING,
    end: { ...RESTING, belly: 1.2 },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'cushion', at: [40, 10], width: 30, height: 16 },
      { kind: 'cushion', at: [-72, 6], width: 26, height: 10 },
      { kind: 'arrow', from: [-12, 30], to: [-12, 56], both: true },
    ],
    caption: 'Lying supported, breathe slowly into the belly',
  },
  'mindfulness-practice': {
    start: CROSS_LEGGED,
    end: { ...CROSS_LEGGED, belly: 0.9, spine: { flex: -4 } },
    props: [{ kind: 'floor' }, { kind: 'cushion', at: [0, 8], width: 50, height: 16 }],
    view: { elevation: 0 },
    caption: 'Sitting comfortably, attend to the breath for a few minutes',
  },
};
