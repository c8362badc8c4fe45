/**
 * Props drawn from data. Fixed furniture is drawn once; props held by or tied to the figure are
 * drawn for every keyframe, so they move with it.
 */
import type { Camera, Point2 } from './camera.js';
import { toVec3 } from './camera.js';
import type { Figure, PointName } from './figure.js';
import { LIMB_RADIUS } from './figure.js';
import { INK, WIDTH } from './palette.js';
import type { Box, Shape } from './shapes.js';
import {
  add2,
  circle,
  ellipse,
  line,
  perp2,
  polygon,
  polyline,
  rect,
  scale2,
  solid,
  stroke,
  sub2,
  unit2,
} from './shapes.js';
import type { Prop, WorldPoint } from './types.js';
import type { Vec3 } from './vec.js';
import { along, scale, sub } from './vec.js';

const SEAT_HEIGHT = 46;
const CRANK_LENGTH = 17;

function worldLine(camera: Camera, a: WorldPoint, b: WorldPoint, colour: string, width: number) {
  return line(camera.project(toVec3(a)), camera.project(toVec3(b)), stroke(colour, width));
}

function chair(camera: Camera, x: number, facing: 'right' | 'left'): readonly Shape[] {
  const d = facing === 'right' ? 1 : -1;
  const w = (dx: number, y: number): WorldPoint => [x + dx * d, y];
  return [
    worldLine(camera, w(-19, SEAT_HEIGHT), w(-19, 0), INK.wood, WIDTH.prop),
    worldLine(camera, w(19, SEAT_HEIGHT), w(19, 0), INK.wood, WIDTH.prop),
    worldLine(camera, w(-21, SEAT_HEIGHT), w(-25, 96), INK.wood, 5),
    worldLine(camera, w(-21, SEAT_HEIGHT), w(21, SEAT_HEIGHT), INK.woodDark, 5),
  ];
}

function wall(camera: Camera, x: number, side: 'right' | 'left'): readonly Shape[] {
  const d = side === 'right' ? 1 : -1;
  const shapes: Shape[] = [worldLine(camera, [x, 0], [x, 205], INK.wall, WIDTH.prop)];
  for (let y = 12; y < 205; y += 18) {
    shapes.push(worldLine(camera, [x, y], [x + 9 * d, y + 9], INK.wall, 2));
  }
  return shapes;
}

function ball(camera: Camera, at: WorldPoint, radius: number): readonly Shape[] {
  const c = camera.project(toVec3(at));
  const shine: Point2[] = [];
  for (let a = 200; a <= 250; a += 10) {
    const r = (a * Math.PI) / 180;
    shine.push([c[0] + Math.cos(r) * radius * 0.68, c[1] + Math.sin(r) * radius * 0.68]);
  }
  return [
    circle(c, radius, solid(INK.ball, stroke(INK.ballEdge, 2.5, { fill: INK.ball }))),
    polyline(shine, stroke('#ffffff', 3.5)),
  ];
}

function bike(camera: Camera, seat: WorldPoint, bars: WorldPoint, crank: WorldPoint) {
  const [sx, sy] = seat;
  const [bx, by] = bars;
  const [cx, cy] = crank;
  const metal = (a: WorldPoint, b: WorldPoint, width = 5): Shape =>
    worldLine(camera, a, b, INK.metal, width);
  return [
    circle(camera.project([bx + 4, 28, 0]), 19, stroke(INK.metal, 4)),
    metal([cx - 36, 3], [bx + 26, 3], 6),
    metal([cx - 7, 3], [sx, sy - 6]),
    metal([bx + 12, 3], [bx, by]),
    metal([cx, cy], [bx + 6, 50]),
    metal([sx - 11, sy], [sx + 8, sy], 7),
    metal([bx, by], [bx - 9, by + 1], 6),
  ];
}

/** A crank of fixed length from the axle towards the foot on its pedal. */
function crankArm(camera: Camera, axle: WorldPoint, foot: Point2): Shape {
  const c = camera.project(toVec3(axle));
  const d = sub2(foot, c);
  const k = Math.min(1, CRANK_LENGTH / Math.max(1e-6, Math.hypot(d[0], d[1])));
  return line(c, add2(c, scale2(d, k)), stroke(INK.metal, 3.5));
}

function hierarchy(camera: Camera, at: WorldPoint): readonly Shape[] {
  const [x, y] = camera.project(toVec3(at));
  const steps: Point2[] = [
    [x, y],
    [x + 10, y],
    [x + 10, y - 9],
    [x + 20, y - 9],
    [x + 20, y - 18],
    [x + 30, y - 18],
    [x + 30, y - 27],
    [x + 40, y - 27],
  ];
  return [polyline(steps, stroke(INK.label, 3)), circle([x + 15, y - 15], 4, solid(INK.arrow))];
}

/** Furniture and fixed equipment, the same in every frame. */
export function drawFixedProp(prop: Prop, camera: Camera): readonly Shape[] {
  switch (prop.kind) {
    case 'chair':
      return chair(camera, prop.x, prop.facing ?? 'right');
    case 'wall':
      return wall(camera, prop.x, prop.side);
    case 'step': {
      const corners: WorldPoint[] = [
        [prop.x, 0],
        [prop.x + prop.width, 0],
        [prop.x + prop.width, prop.height],
        [prop.x, prop.height],
      ];
      return [
        polygon(
          corners.map((p) => camera.project(toVec3(p))),
          solid(INK.step, stroke(INK.stepEdge, 2, { fill: INK.step })),
        ),
      ];
    }
    case 'ball':
      return ball(camera, prop.at, prop.radius);
    case 'balance-board': {
      const arc: Point2[] = [];
      for (let a = 0; a <= 180; a += 20) {
        const r = (a * Math.PI) / 180;
        arc.push(camera.project([prop.x + Math.cos(r) * 10, Math.sin(r) * 10, 0]));
      }
      return [polygon(arc, solid(INK.metal))];
    }
    case 'bike':
      return bike(camera, prop.seat, prop.bars, prop.crank);
    case 'cushion':
      return [
        ellipse(
          camera.project(toVec3(prop.at)),
          prop.width / 2,
          prop.height / 2,
          solid(INK.cushion, stroke(INK.cushionEdge, 2, { fill: INK.cushion })),
        ),
      ];
    case 'band':
      return prop.to[1] > 15
        ? [
            worldLine(
              camera,
              [prop.to[0], 0, prop.to[2] ?? 0],
              [prop.to[0], prop.to[1] + 18, prop.to[2] ?? 0],
              INK.wall,
              6,
            ),
          ]
        : [];
    case 'hierarchy':
      return hierarchy(camera, prop.at);
    case 'floor':
    case 'mat':
    case 'water':
    case 'weight':
    case 'box':
    case 'loop-band':
    case 'strap':
    case 'dowel':
    case 'eyes-closed':
    case 'arrow':
      return [];
  }
}

function weight(hand: Point2, type: 'dumbbell' | 'kettlebell'): readonly Shape[] {
  if (type === 'dumbbell') {
    return [
      line(add2(hand, [-8, 0]), add2(hand, [8, 0]), stroke(INK.metal, 3.5)),
      line(add2(hand, [-8, -5.5]), add2(hand, [-8, 5.5]), stroke(INK.metal, 5.5)),
      line(add2(hand, [8, -5.5]), add2(hand, [8, 5.5]), stroke(INK.metal, 5.5)),
    ];
  }
  const handle: Point2[] = [
    add2(hand, [-5.5, 5]),
    add2(hand, [-4, -2.5]),
    add2(hand, [4, -2.5]),
    add2(hand, [5.5, 5]),
  ];
  return [
    polyline(handle, stroke(INK.metal, 3)),
    circle(add2(hand, [0, 12]), 8.5, solid(INK.metal)),
  ];
}

function plank(camera: Camera, figure: Figure): Shape {
  const heel = camera.project(figure.points.nearHeel);
  const toe = camera.project(figure.points.nearToe);
  const dir = unit2(sub2(toe, heel));
  let n = perp2(dir);
  if (n[1] < 0) n = scale2(n, -1);
  const drop = scale2(n, LIMB_RADIUS + 2.5);
  return line(
    add2(add2(heel, scale2(dir, -16)), drop),
    add2(add2(toe, scale2(dir, 12)), drop),
    stroke(INK.wood, 5),
  );
}

function dowel(camera: Camera, figure: Figure): Shape {
  const low = figure.trunk[0];
  const high = figure.trunk[figure.trunk.length - 2];
  if (low === undefined || high === undefined) return line([0, 0], [0, 0], stroke(INK.wood, 4));
  const a: Vec3 = along(low.centre, low.forward, -(low.back + 2));
  const b: Vec3 = along(high.centre, high.forward, -(high.back + 2));
  const dir = sub(b, a);
  const len = Math.hypot(dir[0], dir[1], dir[2]);
  const u = scale(dir, 1 / len);
  return line(
    camera.project(along(a, u, -10)),
    camera.project(along(b, u, 46)),
    stroke(INK.wood, 4),
  );
}

/** A closed eye with lashes, floating above the head, for "eyes closed" exercises. */
function closedEyes(camera: Camera, figure: Figure): readonly Shape[] {
  const [hx, hy] = camera.project(figure.points.head);
  const c: Point2 = [hx + 2, hy - 30];
  const at = (deg: number, rx: number, ry: number): Point2 => {
    const r = (deg * Math.PI) / 180;
    return [c[0] + Math.cos(r) * rx, c[1] + Math.sin(r) * ry];
  };
  const arc: Point2[] = [];
  for (let a = 0; a <= 180; a += 15) arc.push(at(a, 12, 7));
  const lash = (deg: number): Shape => line(at(deg, 12, 7), at(deg, 16, 12), stroke(INK.near, 2.5));
  return [polyline(arc, stroke(INK.near, 3)), lash(45), lash(90), lash(135)];
}

/** Where a per-frame prop is drawn: behind the figure, in front, or with one arm. */
export type Layer = 'back' | 'front' | 'nearArm' | 'farArm' | 'nearArmBehind' | 'farArmBehind';

/** Props that move with the figure, for one frame. */
export function drawMovingProp(
  prop: Prop,
  figure: Figure,
  camera: Camera,
): { readonly layer: Layer; readonly shapes: readonly Shape[] } | undefined {
  const p = (name: PointName): Point2 => camera.project(figure.points[name]);
  switch (prop.kind) {
    case 'weight':
      return { layer: `${prop.hand}Arm`, shapes: weight(p(`${prop.hand}Hand`), prop.type) };
    case 'box': {
      const [x, y] = p(`${prop.hand}Hand`);
      return {
        layer: `${prop.hand}ArmBehind`,
        shapes: [
          rect(
            x - 15,
            y - 11,
            30,
            22,
            solid('#e0c9a6', stroke(INK.woodDark, 2, { fill: '#e0c9a6' })),
          ),
        ],
      };
    }
    case 'band':
      return {
        layer: 'front',
        shapes: [
          line(p(prop.from), camera.project(toVec3(prop.to)), stroke(INK.band, 3)),
          circle(camera.project(toVec3(prop.to)), 3.5, solid(INK.band)),
        ],
      };
    case 'loop-band':
      return { layer: 'front', shapes: [line(p(prop.from), p(prop.to), stroke(INK.band, 5))] };
    case 'strap':
      return { layer: 'front', shapes: [line(p(prop.from), p(prop.to), stroke(INK.towel, 3.5))] };
    case 'dowel':
      return { layer: 'front', shapes: [dowel(camera, figure)] };
    case 'eyes-closed':
      return { layer: 'front', shapes: closedEyes(camera, figure) };
    case 'balance-board':
      return { layer: 'back', shapes: [plank(camera, figure)] };
    case 'bike':
      return {
        layer: 'back',
        shapes: [
          crankArm(camera, prop.crank, p('farFoot')),
          crankArm(camera, prop.crank, p('nearFoot')),
        ],
      };
    case 'floor':
    case 'mat':
    case 'chair':
    case 'wall':
    case 'step':
    case 'ball':
    case 'water':
    case 'cushion':
    case 'hierarchy':
    case 'arrow':
      return undefined;
  }
}

/** The sine of the camera elevation above which the floor fills the whole picture. */
const FLOOR_FILLS_ABOVE = Math.sin(Math.PI / 4);

/** Floor, mat and water span the picture, so they are drawn once the rest is measured. */
export function drawSpanningProp(prop: Prop, camera: Camera, extent: Box): readonly Shape[] {
  // Only a little past the figure: for a figure lying down the picture's width is its height, and
  // every unit of floor beyond the feet and head shrinks the figure in a thumbnail.
  const x0 = extent.minX - 3;
  const x1 = extent.maxX + 3;
  const se = camera.level ? 0 : camera.project([0, 0, 1])[1];
  switch (prop.kind) {
    case 'floor': {
      if (camera.level) return [line([x0 - 4, 0], [x1 + 4, 0], stroke(INK.floor, 2.5))];
      // Seen from well above, the floor is behind everything: a limb reaching off the mat then
      // still lies on the floor instead of seeming to rise into the air.
      const fill = se >= FLOOR_FILLS_ABOVE;
      const y0 = fill ? Math.min(-45 * se, extent.minY - 4) : -45 * se;
      const y1 = fill ? Math.max(55 * se, extent.maxY + 4) : 55 * se;
      return [rect(x0 - 4, y0, x1 - x0 + 8, y1 - y0, solid(INK.floorFill))];
    }
    case 'mat':
      return camera.level
        ? [rect(x0, 0, x1 - x0, 3.5, solid(INK.mat))]
        : [rect(x0, -30 * se, x1 - x0, 70 * se, solid(INK.matSeenFromAbove))];
    case 'water': {
      const y = camera.project([0, prop.level, 0])[1];
      const wave: Point2[] = [];
      for (let x = x0 - 6; x <= x1 + 6; x += 6) {
        wave.push([x, y + Math.sin(((x - x0) / 24) * 2 * Math.PI) * 2]);
      }
      return [
        rect(x0 - 6, y, x1 - x0 + 12, -y, solid(INK.water, { 'fill-opacity': '0.3' })),
        polyline(wave, stroke(INK.waterEdge, 2.5)),
      ];
    }
    case 'chair':
    case 'wall':
    case 'step':
    case 'ball':
    case 'balance-board':
    case 'weight':
    case 'box':
    case 'band':
    case 'loop-band':
    case 'bike':
    case 'strap':
    case 'dowel':
    case 'cushion':
    case 'eyes-closed':
    case 'hierarchy':
    case 'arrow':
      return [];
  }
}
