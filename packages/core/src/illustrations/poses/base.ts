/** Starting postures shared by several exercises; exercises spread and adjust them. */
import type { Pose } from '../figure.js';

/** Standing tall, arms relaxed, facing right, feet under the hips. */
export const STANDING: Pose = {
  at: { point: 'nearHeel', x: 0 },
  nearArm: { flex: 6, bend: 12 },
  farArm: { flex: -4, bend: 12 },
  nearLeg: { flex: 0 },
  farLeg: { flex: 0 },
};

/** Lying on the back, head to the right, knees bent and feet flat ("hook lying"). */
export const HOOK_LYING: Pose = {
  at: { point: 'pelvis', x: 0 },
  pitch: -90,
  nearArm: { flex: 8, abd: 10, bend: 5 },
  farArm: { flex: 8, abd: 10, bend: 5 },
  nearLeg: { flex: 50, bend: 100, ankle: 5 },
  farLeg: { flex: 46, bend: 92, ankle: 5 },
};

/** Lying on the back with the legs straight. */
export const SUPINE: Pose = {
  ...HOOK_LYING,
  nearLeg: { flex: 0, bend: 0, ankle: 30 },
  farLeg: { flex: 0, bend: 0, ankle: 30 },
};

/** Lying face down, head to the right, forehead resting on the stacked hands. */
export const PRONE: Pose = {
  at: { point: 'pelvis', x: 0 },
  pitch: 90,
  neck: { flex: 10 },
  nearArm: { flex: 153, abd: 68, rot: -74, bend: 136 },
  farArm: { flex: 153, abd: 68, rot: -74, bend: 136 },
  nearLeg: { flex: 0, ankle: 85 },
  farLeg: { flex: 0, ankle: 85 },
};

/** On hands and knees, hands under the shoulders, knees under the hips. */
export const QUADRUPED: Pose = {
  at: { point: 'nearKnee', x: 0 },
  pitch: 74,
  neck: { flex: -12 },
  nearArm: { flex: 99, bend: 0 },
  farArm: { flex: 99, bend: 0 },
  nearLeg: { flex: 74, bend: 90, ankle: 90 },
  farLeg: { flex: 74, bend: 90, ankle: 90 },
};

/** Lying on the side, seen from the front: the near side is on top. Hips and knees bent. */
export const SIDE_LYING: Pose = {
  at: { point: 'pelvis', x: 0 },
  pitch: 90,
  turn: 90,
  neck: { side: 0 },
  nearArm: { flex: 30, bend: 40 },
  farArm: { flex: 150, abd: 0, bend: 120 },
  nearLeg: { flex: 45, bend: 90 },
  farLeg: { flex: 45, bend: 90 },
};

/** Sitting upright on a chair seat, thighs level, feet flat, hands on thighs. */
export const SITTING: Pose = {
  at: { point: 'pelvis', x: 0, y: 50 },
  nearArm: { flex: 25, bend: 60 },
  farArm: { flex: 25, bend: 60 },
  nearLeg: { flex: 90, bend: 90 },
  farLeg: { flex: 88, bend: 88 },
};
