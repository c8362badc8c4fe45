/** Movement arrows: along a joint's own path, or a bowed arrow between two points. */
import type { Camera, Point2 } from './camera.js';
import { toVec3 } from './camera.js';
import type { Figure } from './figure.js';
import { INK, WIDTH } from './palette.js';
import type { Shape } from './shapes.js';
import {
  add2,
  length2,
  perp2,
  polygon,
  polyline,
  scale2,
  solid,
  stroke,
  sub2,
  unit2,
} from './shapes.js';
import type { ArrowProp } from './types.js';

const SAMPLES = 20;
const HEAD_LENGTH = 11;
const HEAD_HALF_WIDTH = 6.5;
/** Shorter than this, a path is a tremor, not a movement: no arrow. */
const MIN_LENGTH = 10;

function pathLength(points: readonly Point2[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i += 1) {
    total += length2(sub2(points[i] ?? [0, 0], points[i - 1] ?? [0, 0]));
  }
  return total;
}

/** Cuts `cut` picture units off the end of a path. */
function trimEnd(points: readonly Point2[], cut: number): readonly Point2[] {
  let remaining = cut;
  const out = [...points];
  while (out.length >= 2) {
    const last = out[out.length - 1] ?? [0, 0];
    const prev = out[out.length - 2] ?? [0, 0];
    const seg = length2(sub2(last, prev));
    if (seg > remaining) {
      out[out.length - 1] = add2(last, scale2(unit2(sub2(prev, last)), remaining));
      return out;
    }
    remaining -= seg;
    out.pop();
  }
  return out;
}

function head(points: readonly Point2[], k: number): Shape {
  const tip = points[points.length - 1] ?? [0, 0];
  const back = trimEnd(points, HEAD_LENGTH * k);
  const base = back[back.length - 1] ?? tip;
  const dir = unit2(sub2(tip, base));
  const side = scale2(perp2(dir), HEAD_HALF_WIDTH * k);
  const root = sub2(tip, scale2(dir, HEAD_LENGTH * k));
  return polygon(
    [tip, add2(root, side), sub2(root, side)],
    solid(INK.arrow, stroke(INK.arrow, 1.5, { fill: INK.arrow })),
  );
}

function arrowShapes(points: readonly Point2[], both: boolean, weight: number): readonly Shape[] {
  if (pathLength(points) < MIN_LENGTH + (both ? HEAD_LENGTH : 0)) return [];
  const k = 1 + (weight - 1) / 2;
  let shaft = trimEnd(points, HEAD_LENGTH * k * 0.7);
  if (both) shaft = [...trimEnd([...shaft].reverse(), HEAD_LENGTH * k * 0.7)].reverse();
  const shapes: Shape[] = [
    polyline(shaft, stroke(INK.arrow, WIDTH.arrow * weight)),
    head(points, k),
  ];
  if (both) shapes.push(head([...points].reverse(), k));
  return shapes;
}

/**
 * Draws an arrow prop; `figureAt(t)` solves the movement a fraction t of the way through.
 * `weight` thickens the shaft (and by half as much the head) for small pictures.
 */
export function drawArrow(
  prop: ArrowProp,
  camera: Camera,
  figureAt: (t: number) => Figure,
  weight = 1,
): readonly Shape[] {
  const points: Point2[] = [];
  if ('point' in prop) {
    const [t0, t1] = prop.span ?? [0.1, 0.9];
    const shift = prop.shift ?? [0, 0];
    for (let i = 0; i <= SAMPLES; i += 1) {
      const t = t0 + ((t1 - t0) * i) / SAMPLES;
      points.push(add2(camera.project(figureAt(t).points[prop.point]), shift));
    }
  } else {
    const a = camera.project(toVec3(prop.from));
    const b = camera.project(toVec3(prop.to));
    const chord = sub2(b, a);
    const control = add2(scale2(add2(a, b), 0.5), scale2(perp2(chord), prop.bend ?? 0));
    for (let i = 0; i <= SAMPLES; i += 1) {
      const t = i / SAMPLES;
      const u = 1 - t;
      points.push(add2(add2(scale2(a, u * u), scale2(control, 2 * u * t)), scale2(b, t * t)));
    }
  }
  return arrowShapes(points, prop.both ?? false, weight);
}
