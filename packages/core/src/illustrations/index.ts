/**
 * Exercise illustrations drawn from data: an articulated figure posed by joint angles, props, and
 * an SVG renderer. Pure: no I/O, no DOM, no clock.
 */
export { ILLUSTRATIONS } from './poses/index.js';
export { hasIllustration, renderIllustration, renderStartEnd } from './render.js';
export type {
  Anchor,
  ArrowProp,
  Bend,
  IllustrationFrame,
  IllustrationSpec,
  Limb,
  PointName,
  Pose,
  Prop,
  PropKind,
  RenderOptions,
  Side,
  View,
  WorldPoint,
} from './types.js';
export type { Figure } from './figure.js';
export { SEGMENT, solveFigure } from './figure.js';
export { blendPose } from './motion.js';
