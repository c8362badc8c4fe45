/**
 * The articulated figure: a pelvis root plus joint angles, turned into 3D joint points by forward
 * kinematics. Units are centimetres of a 170 cm adult; world axes are X to the right, Y up (the
 * floor is Y = 0) and Z towards the viewer. A body frame has x forwards (belly), y up (head) and
 * z towards the figure's near side, so the near limbs face the viewer in a plain side view.
 */
import type { Mat3, Vec3 } from './vec.js';
import { add, along, apply, chain, rotX, rotY, rotZ, scale } from './vec.js';

/** Segment lengths, after Winter's anthropometric fractions of a 170 cm stature. */
export const SEGMENT = {
  thigh: 42,
  /** Knee to the sole under the ankle. */
  shank: 48,
  /** Heel to toe. */
  foot: 22,
  upperArm: 32,
  /** Elbow to the wrist; the rounded end of the stroke is the hand. */
  forearm: 26,
  /** Hip-joint line to shoulder-joint line. */
  trunk: 49,
  neck: 8.5,
} as const;

export const HEAD_RADIUS = 11.5;
export const HIP_HALF_WIDTH = 8.5;
export const SHOULDER_HALF_WIDTH = 17;
/** Half the drawn thickness of limbs: contact with the floor is measured from the outline. */
export const LIMB_RADIUS = 4.5;
/** The spine is drawn as this many short segments sharing the bend, so it curves smoothly. */
export const SPINE_SEGMENTS = 6;

/** Bending of the spine or neck, in degrees: flexion forwards, side bend and twist to the near side. */
export interface Bend {
  readonly flex?: number;
  readonly side?: number;
  readonly twist?: number;
}

/**
 * One limb, in degrees. `flex`: shoulder or hip flexion from hanging along the trunk (negative is
 * extension); `abd`: abduction away from the midline; `rot`: external rotation; `bend`: elbow or
 * knee flexion; `ankle`: plantar flexion (legs only; negative lifts the toes).
 */
export interface Limb {
  readonly flex?: number;
  readonly abd?: number;
  readonly rot?: number;
  readonly bend?: number;
  readonly ankle?: number;
}

export type Side = 'near' | 'far';

export type PointName =
  | 'pelvis'
  | 'waist'
  | 'neckBase'
  | 'head'
  | `${Side}${'Shoulder' | 'Elbow' | 'Hand' | 'Hip' | 'Knee' | 'Heel' | 'Toe' | 'Foot'}`;

/**
 * Where the figure stands: `point` goes to (`x`, `y`, `z`). Without `y` the figure rests on the
 * floor (its lowest outline touches `floor`, default 0), which keeps contacts honest while the
 * joints move. Without `z` the pelvis stays in the picture plane.
 */
export interface Anchor {
  readonly point: PointName;
  readonly x: number;
  readonly y?: number;
  readonly z?: number;
  readonly floor?: number;
}

/**
 * A pose. `pitch` tilts the whole body forwards in the picture plane (0 upright, 90 face down with
 * the head to the right, -90 face up with the head to the left); `turn` then turns it about its
 * own long axis towards the viewer (90 shows the front, or lies it on its side if pitched).
 * `belly` pushes the abdominal wall out (breathing in, positive) or draws it in (negative).
 */
export interface Pose {
  readonly at: Anchor;
  readonly pitch?: number;
  readonly turn?: number;
  readonly spine?: Bend;
  /** Extra bend in the lower half of the spine only: the lumbar arch of a pelvic tilt. */
  readonly lumbar?: Bend;
  readonly neck?: Bend;
  readonly nearArm?: Limb;
  readonly farArm?: Limb;
  readonly nearLeg?: Limb;
  readonly farLeg?: Limb;
  readonly belly?: number;
}

/** One cross-section of the trunk: centre, its forward and sideways axes, and half sizes. */
export interface TrunkSection {
  readonly centre: Vec3;
  readonly forward: Vec3;
  readonly lateral: Vec3;
  readonly front: number;
  readonly back: number;
  readonly halfWidth: number;
}

export interface Figure {
  readonly points: Readonly<Record<PointName, Vec3>>;
  readonly trunk: readonly TrunkSection[];
  /** The head's forward axis, for the nose that shows where the face points. */
  readonly face: Vec3;
}

// Trunk profile from the hip line (first) to the shoulder line (last): half depth in front, behind,
// and half width. The middle entries are the abdomen, which `belly` moves.
const FRONT = [7, 7.5, 8, 8.5, 10, 10, 6] as const;
const BACK = [9.5, 8, 7, 7.5, 9, 9.5, 7] as const;
const HALF_WIDTH = [15, 14, 13, 13.5, 15, 16, 15] as const;
const BELLY = [0, 0.5, 1, 0.9, 0.4, 0, 0] as const;
const BELLY_DEPTH = 6;

const DOWN: Vec3 = [0, -1, 0];
const UP: Vec3 = [0, 1, 0];
const FORWARD: Vec3 = [1, 0, 0];
const LATERAL: Vec3 = [0, 0, 1];

function bendMatrix(bend: Bend | undefined, fraction: number): Mat3 {
  const k = fraction;
  return chain(
    rotZ(-(bend?.flex ?? 0) * k),
    rotX((bend?.side ?? 0) * k),
    rotY(-(bend?.twist ?? 0) * k),
  );
}

/** The spine's orientation a fraction `s` of the way from the pelvis to the shoulders. */
function spineMatrix(pose: Pose, s: number): Mat3 {
  return chain(bendMatrix(pose.lumbar, Math.min(1, s * 2)), bendMatrix(pose.spine, s));
}

function limbMatrix(limb: Limb | undefined): Mat3 {
  return chain(rotZ(limb?.flex ?? 0), rotX(-(limb?.abd ?? 0)), rotY(-(limb?.rot ?? 0)));
}

/** The far side is the mirror image of the near side through the body's midline plane. */
function mirrorFor(side: Side): (v: Vec3) => Vec3 {
  return side === 'near' ? (v) => v : (v) => [v[0], v[1], -v[2]];
}

function solveArm(
  frame: Mat3,
  shoulder: Vec3,
  limb: Limb | undefined,
  side: Side,
): readonly [Vec3, Vec3] {
  const m = mirrorFor(side);
  const r = limbMatrix(limb);
  const upper = apply(frame, m(apply(r, DOWN)));
  const fore = apply(frame, m(apply(chain(r, rotZ(limb?.bend ?? 0)), DOWN)));
  const elbow = along(shoulder, upper, SEGMENT.upperArm);
  return [elbow, along(elbow, fore, SEGMENT.forearm)];
}

function solveLeg(
  frame: Mat3,
  hip: Vec3,
  limb: Limb | undefined,
  side: Side,
): readonly [Vec3, Vec3, Vec3] {
  const m = mirrorFor(side);
  const r = limbMatrix(limb);
  const shankFrame = chain(r, rotZ(-(limb?.bend ?? 0)));
  const thigh = apply(frame, m(apply(r, DOWN)));
  const shank = apply(frame, m(apply(shankFrame, DOWN)));
  const foot = apply(frame, m(apply(chain(shankFrame, rotZ(-(limb?.ankle ?? 0))), FORWARD)));
  const knee = along(hip, thigh, SEGMENT.thigh);
  const heel = along(knee, shank, SEGMENT.shank);
  return [knee, heel, along(heel, foot, SEGMENT.foot)];
}

/** Forward kinematics with the pelvis at the origin. */
function solveAtOrigin(pose: Pose): Figure {
  const body = chain(rotZ(-(pose.pitch ?? 0)), rotY(-(pose.turn ?? 0)));
  const pelvis: Vec3 = [0, 0, 0];
  const step = SEGMENT.trunk / SPINE_SEGMENTS;
  const trunk: TrunkSection[] = [];
  let centre = pelvis;
  for (let i = 0; i <= SPINE_SEGMENTS; i += 1) {
    const frame = chain(body, spineMatrix(pose, i / SPINE_SEGMENTS));
    const belly = (BELLY[i] ?? 0) * (pose.belly ?? 0) * BELLY_DEPTH;
    trunk.push({
      centre,
      forward: apply(frame, FORWARD),
      lateral: apply(frame, LATERAL),
      front: (FRONT[i] ?? 0) + belly,
      back: BACK[i] ?? 0,
      halfWidth: HALF_WIDTH[i] ?? 0,
    });
    const mid = chain(body, spineMatrix(pose, (i + 0.5) / SPINE_SEGMENTS));
    if (i < SPINE_SEGMENTS) centre = along(centre, apply(mid, UP), step);
  }
  const neckBase = centre;
  const thorax = chain(body, spineMatrix(pose, 1));
  const headFrame = chain(thorax, bendMatrix(pose.neck, 1));
  const head = along(neckBase, apply(headFrame, UP), SEGMENT.neck + HEAD_RADIUS);
  // The shoulder joints sit a little in front of and below the top of the spine line.
  const shoulderAt = (side: Side): Vec3 =>
    add(neckBase, apply(thorax, mirrorFor(side)([4, -4, SHOULDER_HALF_WIDTH])));
  const hipAt = (side: Side): Vec3 =>
    add(pelvis, apply(body, mirrorFor(side)([0, 0, HIP_HALF_WIDTH])));
  const nearShoulder = shoulderAt('near');
  const farShoulder = shoulderAt('far');
  const [nearElbow, nearHand] = solveArm(thorax, nearShoulder, pose.nearArm, 'near');
  const [farElbow, farHand] = solveArm(thorax, farShoulder, pose.farArm, 'far');
  const nearHip = hipAt('near');
  const farHip = hipAt('far');
  const [nearKnee, nearHeel, nearToe] = solveLeg(body, nearHip, pose.nearLeg, 'near');
  const [farKnee, farHeel, farToe] = solveLeg(body, farHip, pose.farLeg, 'far');
  const points: Record<PointName, Vec3> = {
    pelvis,
    waist: trunk[2]?.centre ?? pelvis,
    neckBase,
    head,
    nearShoulder,
    nearElbow,
    nearHand,
    farShoulder,
    farElbow,
    farHand,
    nearHip,
    nearKnee,
    nearHeel,
    nearToe,
    nearFoot: scale(add(nearHeel, nearToe), 0.5),
    farHip,
    farKnee,
    farHeel,
    farToe,
    farFoot: scale(add(farHeel, farToe), 0.5),
  };
  return { points, trunk, face: apply(headFrame, FORWARD) };
}

const LIMB_POINTS: readonly PointName[] = [
  'nearElbow',
  'nearHand',
  'farElbow',
  'farHand',
  'nearKnee',
  'nearHeel',
  'nearToe',
  'farKnee',
  'farHeel',
  'farToe',
];

/** The lowest height of the figure's outline (limbs, head and trunk). */
export function lowestPoint(figure: Figure): number {
  let lowest = figure.points.head[1] - HEAD_RADIUS;
  for (const name of LIMB_POINTS) lowest = Math.min(lowest, figure.points[name][1] - LIMB_RADIUS);
  for (const s of figure.trunk) {
    const depth = s.forward[1] < 0 ? s.front : s.back;
    const drop = Math.hypot(depth * s.forward[1], s.halfWidth * s.lateral[1]);
    lowest = Math.min(lowest, s.centre[1] - drop);
  }
  return lowest;
}

function translate(figure: Figure, delta: Vec3): Figure {
  const points = Object.fromEntries(
    Object.entries(figure.points).map(([k, v]) => [k, add(v, delta)]),
  ) as Record<PointName, Vec3>;
  const trunk = figure.trunk.map((s) => ({ ...s, centre: add(s.centre, delta) }));
  return { points, trunk, face: figure.face };
}

/** Solves a pose into joint points, placed by its anchor. */
export function solveFigure(pose: Pose): Figure {
  const local = solveAtOrigin(pose);
  const { at } = pose;
  const target = local.points[at.point];
  const dx = at.x - target[0];
  const dz = at.z === undefined ? 0 : at.z - target[2];
  const dy = at.y === undefined ? (at.floor ?? 0) - lowestPoint(local) : at.y - target[1];
  return translate(local, [dx, dy, dz]);
}

/** Where the pelvis of a solved pose ends up: used to blend two differently anchored poses. */
export function pelvisOf(pose: Pose): Vec3 {
  return solveFigure(pose).points.pelvis;
}
