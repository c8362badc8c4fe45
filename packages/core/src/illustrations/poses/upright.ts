/** Standing and sitting alternatives to floor work, most with a chair or wall for support. */
import type { Pose } from '../figure.js';
import type { IllustrationSpec } from '../types.js';
import { SITTING, STANDING } from './base.js';

/** Facing a chair whose back is within reach, the near hand resting on the top rail. */
const HAND_ON_CHAIR: Pose = {
  ...STANDING,
  at: { point: 'farHeel', x: 0 },
  nearArm: { flex: 26, bend: 8 },
  farArm: { flex: 26, bend: 8 },
};

/** Facing the viewer, one hand on the back of a chair at the side. */
const FRONT_WITH_CHAIR: Pose = {
  at: { point: 'pelvis', x: 0 },
  turn: 90,
  nearArm: { abd: 4, bend: 10 },
  farArm: { abd: 30, bend: 30 },
  nearLeg: { abd: 0 },
  farLeg: { abd: 0 },
};

/**
 * Back to a wall, heels a little forward of it and knees soft. The thighs keep the same slope in
 * the world (20 degrees forward) while the pelvis tips, so only the pelvis and low back move.
 */
function againstWall(pitch: number, lumbar: number, spine: number): Pose {
  const leg = { flex: 20 + pitch, bend: 20, ankle: 0 };
  return {
    at: { point: 'pelvis', x: 0 },
    pitch,
    lumbar: { flex: lumbar },
    spine: { flex: spine },
    nearArm: { flex: 0, bend: 8 },
    farArm: { flex: -2, bend: 8 },
    nearLeg: leg,
    farLeg: leg,
  };
}

/** The low back arched away from the wall (pelvis tipped forward), then pressed flat to it. */
const WALL_ARCHED = againstWall(14, -34, 18);
const WALL_FLAT = againstWall(-8, 8, 0);

export const UPRIGHT: Readonly<Record<string, IllustrationSpec>> = {
  'supported-single-leg-stance': {
    start: HAND_ON_CHAIR,
    end: { ...HAND_ON_CHAIR, nearLeg: { flex: 40, bend: 70, ankle: 20 } },
    props: [
      { kind: 'floor' },
      { kind: 'chair', x: 50 },
      { kind: 'arrow', point: 'nearKnee', shift: [10, 0] },
    ],
    caption: 'Hold the back of a chair and lift one foot just off the floor',
  },
  'seated-marching': {
    start: SITTING,
    end: { ...SITTING, nearLeg: { flex: 108, bend: 90, ankle: 10 } },
    props: [
      { kind: 'floor' },
      { kind: 'chair', x: -4 },
      { kind: 'arrow', point: 'nearKnee', shift: [10, 0] },
    ],
    caption: 'Sitting tall on a chair, lift one foot a little, then the other',
  },
  'standing-hip-abduction': {
    start: FRONT_WITH_CHAIR,
    end: { ...FRONT_WITH_CHAIR, nearLeg: { abd: 28 } },
    props: [
      { kind: 'floor' },
      { kind: 'chair', x: 44 },
      { kind: 'arrow', point: 'nearHeel', shift: [-4, -6] },
    ],
    caption: 'Holding a chair, take one leg out to the side and back',
  },
  'heel-raise': {
    start: HAND_ON_CHAIR,
    end: {
      ...HAND_ON_CHAIR,
      at: { point: 'farToe', x: 22 },
      nearLeg: { ankle: 42 },
      farLeg: { ankle: 42 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'chair', x: 50 },
      { kind: 'arrow', point: 'nearHeel', shift: [-10, 0], span: [0, 1] },
    ],
    caption: 'Hands on a chair back, rise up onto the balls of the feet and lower slowly',
  },
  'wall-pelvic-tilt': {
    start: WALL_ARCHED,
    end: WALL_FLAT,
    props: [
      { kind: 'floor' },
      { kind: 'wall', x: -12, side: 'left' },
      { kind: 'arrow', from: [20, 80], to: [20, 106], bend: -0.5 },
    ],
    caption: 'Back against a wall, tilt the pelvis to close the gap behind the low back',
  },
};
