/**
 * Movement between two poses. Poses blend in joint-angle space, so every limb keeps its length
 * while it swings; the anchor blends too, so a planted foot stays planted.
 */
import type { Anchor, Bend, Limb, Pose } from './figure.js';
import { pelvisOf } from './figure.js';
import { lerp } from './vec.js';

function mix(a: number | undefined, b: number | undefined, t: number): number {
  return lerp(a ?? 0, b ?? 0, t);
}

function blendBend(a: Bend | undefined, b: Bend | undefined, t: number): Bend {
  return {
    flex: mix(a?.flex, b?.flex, t),
    side: mix(a?.side, b?.side, t),
    twist: mix(a?.twist, b?.twist, t),
  };
}

function blendLimb(a: Limb | undefined, b: Limb | undefined, t: number): Limb {
  return {
    flex: mix(a?.flex, b?.flex, t),
    abd: mix(a?.abd, b?.abd, t),
    rot: mix(a?.rot, b?.rot, t),
    bend: mix(a?.bend, b?.bend, t),
    ankle: mix(a?.ankle, b?.ankle, t),
  };
}

function blendAnchor(a: Pose, b: Pose, t: number): Anchor {
  const p = a.at;
  const q = b.at;
  const sameKind = p.point === q.point && (p.y === undefined) === (q.y === undefined);
  if (sameKind) {
    return {
      point: p.point,
      x: lerp(p.x, q.x, t),
      ...(p.y !== undefined && q.y !== undefined ? { y: lerp(p.y, q.y, t) } : {}),
      ...(p.z !== undefined || q.z !== undefined ? { z: mix(p.z, q.z, t) } : {}),
      floor: mix(p.floor, q.floor, t),
    };
  }
  // Different anchors: move the pelvis in a straight line between where each pose puts it.
  const from = pelvisOf(a);
  const to = pelvisOf(b);
  return {
    point: 'pelvis',
    x: lerp(from[0], to[0], t),
    y: lerp(from[1], to[1], t),
    z: lerp(from[2], to[2], t),
  };
}

/** The pose a fraction `t` of the way from `a` (t = 0) to `b` (t = 1). */
export function blendPose(a: Pose, b: Pose, t: number): Pose {
  return {
    at: blendAnchor(a, b, t),
    pitch: mix(a.pitch, b.pitch, t),
    turn: mix(a.turn, b.turn, t),
    spine: blendBend(a.spine, b.spine, t),
    lumbar: blendBend(a.lumbar, b.lumbar, t),
    neck: blendBend(a.neck, b.neck, t),
    nearArm: blendLimb(a.nearArm, b.nearArm, t),
    farArm: blendLimb(a.farArm, b.farArm, t),
    nearLeg: blendLimb(a.nearLeg, b.nearLeg, t),
    farLeg: blendLimb(a.farLeg, b.farLeg, t),
    belly: mix(a.belly, b.belly, t),
  };
}

/** Seconds for one cycle: start, move, hold the end, return, pause. */
export const CYCLE_SECONDS = 3.6;

export interface Keyframe {
  /** Fraction of the cycle, 0 to 1. */
  readonly time: number;
  /** How far from start (0) to end (1). */
  readonly progress: number;
}

const STEPS = 6;
const RISE: readonly [number, number] = [0.04, 0.44];
const FALL: readonly [number, number] = [0.58, 0.98];

function ease(x: number): number {
  return (1 - Math.cos(Math.PI * x)) / 2;
}

/**
 * The keyframes of one loop. Enough of them that straight lines between neighbours stay close to
 * the true arcs the joints travel (each step turns a limb by at most a sixth of its movement).
 */
export function cycleKeyframes(): readonly Keyframe[] {
  const frames: Keyframe[] = [{ time: 0, progress: 0 }];
  for (let i = 0; i <= STEPS; i += 1) {
    frames.push({ time: lerp(RISE[0], RISE[1], i / STEPS), progress: ease(i / STEPS) });
  }
  for (let i = 0; i <= STEPS; i += 1) {
    frames.push({ time: lerp(FALL[0], FALL[1], i / STEPS), progress: ease(1 - i / STEPS) });
  }
  frames.push({ time: 1, progress: 0 });
  return frames;
}
