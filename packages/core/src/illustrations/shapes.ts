/** Drawing primitives: SVG elements whose geometry can change from keyframe to keyframe. */
import type { Point2 } from './camera.js';

export type Tag = 'polyline' | 'polygon' | 'circle' | 'ellipse' | 'line';

export interface Box {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export interface Shape {
  readonly tag: Tag;
  /** Attributes that may be animated, already formatted. */
  readonly geometry: Readonly<Record<string, string>>;
  readonly paint: Readonly<Record<string, string>>;
  /** Extent including the stroke, for fitting the view box. */
  readonly box: Box;
}

export type Paint = Readonly<Record<string, string>>;

/** Rounds to 0.1 of a picture unit: finer than a pixel at any sensible size, and short. */
export function fmt(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

export function boxOf(points: readonly Point2[], pad: number): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x - pad);
    minY = Math.min(minY, y - pad);
    maxX = Math.max(maxX, x + pad);
    maxY = Math.max(maxY, y + pad);
  }
  return { minX, minY, maxX, maxY };
}

export function unionBox(boxes: readonly Box[]): Box {
  return boxOf(
    boxes.flatMap((b) => [
      [b.minX, b.minY],
      [b.maxX, b.maxY],
    ]),
    0,
  );
}

export function stroke(color: string, width: number, extra: Paint = {}): Paint {
  return {
    fill: 'none',
    stroke: color,
    'stroke-width': fmt(width),
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    ...extra,
  };
}

export function solid(color: string, extra: Paint = {}): Paint {
  return { fill: color, ...extra };
}

function widthOf(paint: Paint): number {
  return paint.stroke === undefined ? 0 : Number(paint['stroke-width'] ?? '1') / 2;
}

function pointList(points: readonly Point2[]): string {
  return points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ');
}

export function polyline(points: readonly Point2[], paint: Paint): Shape {
  return {
    tag: 'polyline',
    geometry: { points: pointList(points) },
    paint,
    box: boxOf(points, widthOf(paint)),
  };
}

export function polygon(points: readonly Point2[], paint: Paint): Shape {
  return {
    tag: 'polygon',
    geometry: { points: pointList(points) },
    paint,
    box: boxOf(points, widthOf(paint)),
  };
}

export function line(a: Point2, b: Point2, paint: Paint): Shape {
  return {
    tag: 'line',
    geometry: { x1: fmt(a[0]), y1: fmt(a[1]), x2: fmt(b[0]), y2: fmt(b[1]) },
    paint,
    box: boxOf([a, b], widthOf(paint)),
  };
}

export function circle(c: Point2, r: number, paint: Paint): Shape {
  return {
    tag: 'circle',
    geometry: { cx: fmt(c[0]), cy: fmt(c[1]), r: fmt(r) },
    paint,
    box: boxOf([c], r + widthOf(paint)),
  };
}

export function ellipse(c: Point2, rx: number, ry: number, paint: Paint): Shape {
  const pad = widthOf(paint);
  return {
    tag: 'ellipse',
    geometry: { cx: fmt(c[0]), cy: fmt(c[1]), rx: fmt(rx), ry: fmt(ry) },
    paint,
    box: {
      minX: c[0] - rx - pad,
      minY: c[1] - ry - pad,
      maxX: c[0] + rx + pad,
      maxY: c[1] + ry + pad,
    },
  };
}

/** A rectangle as a polygon, so it can be tilted and still be animated by its points. */
export function rect(x: number, y: number, w: number, h: number, paint: Paint): Shape {
  return polygon(
    [
      [x, y],
      [x + w, y],
      [x + w, y + h],
      [x, y + h],
    ],
    paint,
  );
}

export function add2(a: Point2, b: Point2): Point2 {
  return [a[0] + b[0], a[1] + b[1]];
}

export function sub2(a: Point2, b: Point2): Point2 {
  return [a[0] - b[0], a[1] - b[1]];
}

export function scale2(a: Point2, k: number): Point2 {
  return [a[0] * k, a[1] * k];
}

export function length2(a: Point2): number {
  return Math.hypot(a[0], a[1]);
}

/** Unit vector, or `fallback` when `a` is too short to have a direction. */
export function unit2(a: Point2, fallback: Point2 = [1, 0]): Point2 {
  const l = length2(a);
  return l < 1e-6 ? fallback : [a[0] / l, a[1] / l];
}

/** Perpendicular, turned a quarter to the left in picture coordinates (y down). */
export function perp2(a: Point2): Point2 {
  return [a[1], -a[0]];
}
