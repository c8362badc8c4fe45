/** Directional preference exercises (McKenzie): extension in lying and standing, side-glide, flexion. */
import type { Pose } from '../figure.js';
import type { IllustrationSpec } from '../types.js';
import { PRONE, SITTING, STANDING } from './base.js';

/** Face down, arms by the sides: first looking ahead, then head turned and relaxed. */
const PRONE_LOOKING: Pose = {
  ...PRONE,
  neck: { flex: -25 },
  nearArm: { flex: 2, abd: 14, bend: 5 },
  farArm: { flex: 2, abd: 14, bend: 5 },
};

/**
 * Settled: head turned to rest on one cheek, and the low back let go into a gentle hollow (the
 * pelvis tips and the upper spine bends back down so the chest and thighs stay on the floor).
 */
const PRONE_RELAXED: Pose = {
  ...PRONE_LOOKING,
  pitch: 98,
  lumbar: { flex: -34 },
  spine: { flex: 26 },
  neck: { twist: 80 },
  belly: 0.5,
  nearLeg: { flex: 8, ankle: 85 },
  farLeg: { flex: 8, ankle: 85 },
};

/** Lying face down on the forearms, elbows beside the chest. */
const PRONE_FOREARMS: Pose = {
  ...PRONE,
  neck: { flex: 0 },
  nearArm: { flex: 95, abd: 60, bend: 95 },
  farArm: { flex: 95, abd: 60, bend: 95 },
};

const ON_ELBOWS: Pose = {
  ...PRONE,
  pitch: 80,
  spine: { flex: -50 },
  neck: { flex: 25 },
  nearArm: { flex: 30, bend: 90 },
  farArm: { flex: 30, bend: 90 },
  nearLeg: { flex: -10, ankle: 60 },
  farLeg: { flex: -10, ankle: 60 },
};

/** Hands flat beside the shoulders, elbows up, ready to press. */
const PRESS_READY: Pose = {
  ...PRONE,
  neck: { flex: 0 },
  nearArm: { flex: -60, bend: 150 },
  farArm: { flex: -60, bend: 150 },
};

const PRESSED_UP: Pose = {
  ...PRONE,
  pitch: 65,
  spine: { flex: -60 },
  neck: { flex: 20 },
  nearArm: { flex: 10, bend: 20 },
  farArm: { flex: 10, bend: 20 },
  nearLeg: { flex: -25, ankle: 60 },
  farLeg: { flex: -25, ankle: 60 },
};

const HANDS_ON_BACK: Pose = {
  ...STANDING,
  nearArm: { flex: -50, bend: 100 },
  farArm: { flex: -50, bend: 100 },
};

const WALL_GLIDE: Pose = {
  at: { point: 'pelvis', x: 0 },
  turn: 90,
  nearArm: { abd: 4, bend: 95, rot: -80 },
  farArm: { abd: 35, bend: 110, rot: -50 },
  nearLeg: { abd: 0 },
  farLeg: { abd: 0 },
};

const SLUMPED_FORWARD: Pose = {
  ...SITTING,
  pitch: 45,
  spine: { flex: 35 },
  neck: { flex: 20 },
  nearArm: { flex: 85, bend: 5 },
  farArm: { flex: 85, bend: 5 },
  nearLeg: { flex: 135, bend: 90 },
  farLeg: { flex: 133, bend: 88 },
};

export const DIRECTIONAL: Readonly<Record<string, IllustrationSpec>> = {
  'prone-lying': {
    start: PRONE_LOOKING,
    end: PRONE_RELAXED,
    // The arrow onto the low back carries the point of the exercise (let the back sag into a
    // hollow); without it a still figure lying flat does not read at thumbnail size.
    props: [{ kind: 'floor' }, { kind: 'mat' }, { kind: 'arrow', from: [12, 50], to: [12, 26] }],
    // A little from above, so the mat shows as a surface and the arms lie clear of the body: seen
    // edge on, the arms hide in the trunk and the figure is a thin line at thumbnail size.
    view: { elevation: 30 },
    caption: 'Lie face down, arms by the sides, head turned, and let the low back sag',
  },
  'prone-on-elbows': {
    start: PRONE_FOREARMS,
    end: ON_ELBOWS,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'neckBase', shift: [-12, -12] },
    ],
    caption: 'Prop up on the elbows, hips staying on the floor',
  },
  'prone-press-up': {
    start: PRESS_READY,
    end: PRESSED_UP,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'neckBase', shift: [-14, -12] },
    ],
    caption: 'Straighten the arms to arch the back; the hips stay down',
  },
  'standing-back-extension': {
    start: HANDS_ON_BACK,
    end: {
      ...HANDS_ON_BACK,
      pitch: -6,
      spine: { flex: -35 },
      neck: { flex: -10 },
      nearLeg: { flex: -6 },
      farLeg: { flex: -6 },
    },
    props: [{ kind: 'floor' }, { kind: 'arrow', point: 'head', shift: [0, -16] }],
    caption: 'Hands on the low back, lean back over them',
  },
  'side-glide-wall': {
    start: WALL_GLIDE,
    end: {
      ...WALL_GLIDE,
      at: { point: 'pelvis', x: -12 },
      spine: { side: -28 },
      neck: { side: 20 },
      nearLeg: { abd: -8 },
      farLeg: { abd: 8 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'wall', x: -23, side: 'left' },
      { kind: 'arrow', from: [26, 86], to: [2, 86] },
    ],
    caption: 'Shoulder against the wall, glide the hips towards it',
  },
  'seated-flexion': {
    start: SITTING,
    end: SLUMPED_FORWARD,
    props: [
      { kind: 'floor' },
      { kind: 'chair', x: -4 },
      { kind: 'arrow', point: 'head', shift: [10, -10] },
    ],
    caption: 'Sitting, bend forward and reach towards the floor',
  },
};
