/** Draws a solved figure as filled trunk and head plus rounded limb strokes, far side paler. */
import type { Camera, Point2 } from './camera.js';
import type { Figure, PointName, Side } from './figure.js';
import { HEAD_RADIUS } from './figure.js';
import { INK, WIDTH } from './palette.js';
import type { Shape } from './shapes.js';
import {
  add2,
  circle,
  length2,
  line,
  perp2,
  polygon,
  polyline,
  scale2,
  solid,
  stroke,
  sub2,
  unit2,
} from './shapes.js';
import { along } from './vec.js';

export type PartName = 'nearArm' | 'farArm' | 'nearLeg' | 'farLeg' | 'trunk';

export interface Part {
  readonly name: PartName;
  readonly depth: number;
  readonly shapes: readonly Shape[];
}

const PARTS_POINTS: Readonly<Record<PartName, readonly PointName[]>> = {
  nearArm: ['nearShoulder', 'nearElbow', 'nearHand'],
  farArm: ['farShoulder', 'farElbow', 'farHand'],
  nearLeg: ['nearHip', 'nearKnee', 'nearHeel', 'nearToe'],
  farLeg: ['farHip', 'farKnee', 'farHeel', 'farToe'],
  trunk: ['pelvis', 'waist', 'neckBase'],
};

/** Ties in depth keep this order, which is right for a plain side view. */
const BIAS: Readonly<Record<PartName, number>> = {
  farArm: -2,
  farLeg: -1,
  trunk: 0,
  nearLeg: 1,
  nearArm: 2,
};

/** Near limbs are dark, far limbs pale, so left and right read at a glance. */
export function colourOf(side: Side): string {
  return side === 'near' ? INK.near : INK.far;
}

function trunkOutline(figure: Figure, camera: Camera): readonly Point2[] {
  const sections = figure.trunk;
  const centres = sections.map((s) => camera.project(s.centre));
  const left: Point2[] = [];
  const right: Point2[] = [];
  const tangents: Point2[] = centres.map((c, i) => {
    const prev = centres[Math.max(0, i - 1)] ?? c;
    const next = centres[Math.min(centres.length - 1, i + 1)] ?? c;
    return sub2(next, prev);
  });
  sections.forEach((s, i) => {
    const c = centres[i] ?? [0, 0];
    const f = camera.direction(s.forward);
    const l = camera.direction(s.lateral);
    const n = unit2(perp2(tangents[i] ?? [0, 0]), unit2(l, unit2(f)));
    const extent = (dir: Point2): number => {
      const fd = f[0] * dir[0] + f[1] * dir[1];
      const depth = fd >= 0 ? s.front : s.back;
      return Math.hypot(depth * fd, s.halfWidth * (l[0] * dir[0] + l[1] * dir[1]));
    };
    left.push(add2(c, scale2(n, extent(n))));
    right.push(add2(c, scale2(n, -extent(scale2(n, -1)))));
  });
  const first = centres[0] ?? [0, 0];
  const last = centres[centres.length - 1] ?? first;
  const spanLength = length2(sub2(last, first));
  const axis = unit2(sub2(last, first));
  // Round the ends a little: buttocks below, the top of the shoulders above.
  const foreshorten = Math.min(1, spanLength / 45);
  const bottom = add2(first, scale2(axis, -5 * foreshorten));
  const top = add2(last, scale2(axis, 4 * foreshorten));
  return [bottom, ...left, top, ...right.reverse()];
}

function limbShapes(points: readonly Point2[], side: Side, width: number): Shape {
  return polyline(points, stroke(colourOf(side), width));
}

/**
 * How far the nose reaches, in head radii from the head's centre. It says which way the face
 * points (face down or face up, for a figure lying down), so a weighted figure gets a longer one,
 * except where that would push it further through the floor under a face-down head.
 */
function noseLength(figure: Figure, headRadius: number, weight: number): number {
  const normal = 1.2;
  const longer = normal + (weight - 1) * 0.5;
  const down = -figure.face[1];
  if (down <= 0) return longer;
  const toFloor = figure.points.head[1] / (down * headRadius);
  return Math.max(normal, Math.min(longer, toFloor));
}

/**
 * Shapes for one frame of the figure, grouped in parts that the renderer orders by depth.
 * `weight` thickens the limbs and neck (and, by half as much, the head) for small pictures,
 * where the normal line weight leaves a figure too thin to read; 1 is the normal weight.
 */
export function drawFigure(figure: Figure, camera: Camera, weight = 1): readonly Part[] {
  const p = (name: PointName): Point2 => camera.project(figure.points[name]);
  const head = figure.points.head;
  const face = figure.face;
  const headRadius = HEAD_RADIUS * (1 + (weight - 1) / 2);
  const nose = (k: number): Point2 => camera.project(along(head, face, headRadius * k));
  const depthOf = (name: PartName): number => {
    const names = PARTS_POINTS[name];
    const total = names.reduce((sum, n) => sum + camera.depth(figure.points[n]), 0);
    return total / names.length + BIAS[name] * 0.01;
  };
  const trunk: Shape[] = [
    polygon(
      trunkOutline(figure, camera),
      solid(INK.near, stroke(INK.near, WIDTH.trunkEdge * weight, { fill: INK.near })),
    ),
    line(p('neckBase'), p('head'), stroke(INK.near, WIDTH.neck * weight)),
    circle(p('head'), headRadius, solid(INK.near)),
    line(
      nose(0.6),
      nose(noseLength(figure, headRadius, weight)),
      stroke(INK.near, WIDTH.nose * weight),
    ),
  ];
  const arm = (side: Side): Shape =>
    limbShapes(
      [p(`${side}Shoulder`), p(`${side}Elbow`), p(`${side}Hand`)],
      side,
      WIDTH.arm * weight,
    );
  const leg = (side: Side): Shape =>
    limbShapes(
      [p(`${side}Hip`), p(`${side}Knee`), p(`${side}Heel`), p(`${side}Toe`)],
      side,
      WIDTH.leg * weight,
    );
  return [
    { name: 'farArm', depth: depthOf('farArm'), shapes: [arm('far')] },
    { name: 'farLeg', depth: depthOf('farLeg'), shapes: [leg('far')] },
    { name: 'trunk', depth: depthOf('trunk'), shapes: trunk },
    { name: 'nearLeg', depth: depthOf('nearLeg'), shapes: [leg('near')] },
    { name: 'nearArm', depth: depthOf('nearArm'), shapes: [arm('near')] },
  ];
}
