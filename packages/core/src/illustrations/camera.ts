/** Orthographic camera: world centimetres to picture units (x right, y down) plus a depth. */
import type { View, WorldPoint } from './types.js';
import type { Vec3 } from './vec.js';

export type Point2 = readonly [number, number];

export interface Camera {
  /** Picture position of a world point. */
  readonly project: (p: Vec3) => Point2;
  /** Picture displacement of a world direction (no translation). */
  readonly direction: (v: Vec3) => Point2;
  /** Distance towards the viewer, for drawing order. */
  readonly depth: (p: Vec3) => number;
  /** True when the camera looks straight from the side, so the floor is a line. */
  readonly level: boolean;
}

const RAD = Math.PI / 180;

/** A camera for a view: yaw, then elevation, then an optional mirror to face left. */
export function makeCamera(view: View | undefined): Camera {
  const mirror = view?.facing === 'left' ? -1 : 1;
  const yaw = (view?.yaw ?? 0) * RAD;
  const elevation = (view?.elevation ?? 0) * RAD;
  const cy = Math.cos(yaw);
  const sy = Math.sin(yaw);
  const ce = Math.cos(elevation);
  const se = Math.sin(elevation);
  const rotate = (v: Vec3): Vec3 => {
    const x = v[0] * mirror;
    const xr = x * cy + v[2] * sy;
    const zr = -x * sy + v[2] * cy;
    return [xr, v[1] * ce - zr * se, zr * ce + v[1] * se];
  };
  const direction = (v: Vec3): Point2 => {
    const r = rotate(v);
    return [r[0], -r[1]];
  };
  return {
    project: direction,
    direction,
    depth: (p) => rotate(p)[2],
    level: Math.abs(elevation) < 1e-9,
  };
}

/** A world point with Z defaulting to the picture plane. */
export function toVec3(p: WorldPoint): Vec3 {
  return [p[0], p[1], p[2] ?? 0];
}
