/** Small 3D vector and rotation helpers for the figure model (degrees, right-handed). */

export type Vec3 = readonly [number, number, number];
/** A 3x3 matrix stored by rows. */
export type Mat3 = readonly [Vec3, Vec3, Vec3];

export const ZERO: Vec3 = [0, 0, 0];
export const IDENTITY: Mat3 = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

const RAD = Math.PI / 180;

export function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

export function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

export function scale(a: Vec3, k: number): Vec3 {
  return [a[0] * k, a[1] * k, a[2] * k];
}

export function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function distance(a: Vec3, b: Vec3): number {
  const d = sub(a, b);
  return Math.sqrt(dot(d, d));
}

/** Moves `from` by `length` along `direction` (a unit vector). */
export function along(from: Vec3, direction: Vec3, length: number): Vec3 {
  return add(from, scale(direction, length));
}

export function apply(m: Mat3, v: Vec3): Vec3 {
  return [dot(m[0], v), dot(m[1], v), dot(m[2], v)];
}

export function multiply(a: Mat3, b: Mat3): Mat3 {
  const [[b00, b01, b02], [b10, b11, b12], [b20, b21, b22]] = b;
  const c0: Vec3 = [b00, b10, b20];
  const c1: Vec3 = [b01, b11, b21];
  const c2: Vec3 = [b02, b12, b22];
  const row = (r: Vec3): Vec3 => [dot(r, c0), dot(r, c1), dot(r, c2)];
  return [row(a[0]), row(a[1]), row(a[2])];
}

/** Chains rotations: `chain(a, b, c)` applies c first, then b, then a. */
export function chain(...ms: readonly Mat3[]): Mat3 {
  return ms.reduce(multiply, IDENTITY);
}

export function rotX(deg: number): Mat3 {
  const c = Math.cos(deg * RAD);
  const s = Math.sin(deg * RAD);
  return [
    [1, 0, 0],
    [0, c, -s],
    [0, s, c],
  ];
}

export function rotY(deg: number): Mat3 {
  const c = Math.cos(deg * RAD);
  const s = Math.sin(deg * RAD);
  return [
    [c, 0, s],
    [0, 1, 0],
    [-s, 0, c],
  ];
}

export function rotZ(deg: number): Mat3 {
  const c = Math.cos(deg * RAD);
  const s = Math.sin(deg * RAD);
  return [
    [c, -s, 0],
    [s, c, 0],
    [0, 0, 1],
  ];
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}
