/** The illustration data model: two poses, the props around them and how to look at them. */
import type { PointName, Pose } from './figure.js';

export type { Anchor, Bend, Limb, PointName, Pose, Side } from './figure.js';

/** A point in the world, in centimetres: X to the right, Y up from the floor, optional Z. */
export type WorldPoint = readonly [number, number] | readonly [number, number, number];

/** The camera: `yaw` swings it round the figure, `elevation` raises it to look down. */
export interface View {
  readonly yaw?: number;
  readonly elevation?: number;
  /** Mirror the whole picture so the figure faces left. */
  readonly facing?: 'right' | 'left';
}

/**
 * A movement arrow. With `point`, it follows that point's path from start to end (a curve when
 * the joint turns); `shift` moves it clear of the body, in picture units. With `from` and `to`,
 * it is drawn between two world points, bowed by `bend` (a fraction of its length, positive to
 * the left of travel). `both` puts a head at each end for back-and-forth movements.
 */
export type ArrowProp =
  | {
      readonly kind: 'arrow';
      readonly point: PointName;
      readonly shift?: readonly [number, number];
      readonly span?: readonly [number, number];
      readonly both?: boolean;
    }
  | {
      readonly kind: 'arrow';
      readonly from: WorldPoint;
      readonly to: WorldPoint;
      readonly bend?: number;
      readonly both?: boolean;
    };

export type Prop =
  | { readonly kind: 'floor' }
  | { readonly kind: 'mat' }
  | { readonly kind: 'chair'; readonly x: number; readonly facing?: 'right' | 'left' }
  | { readonly kind: 'wall'; readonly x: number; readonly side: 'right' | 'left' }
  | { readonly kind: 'step'; readonly x: number; readonly width: number; readonly height: number }
  | { readonly kind: 'ball'; readonly at: WorldPoint; readonly radius: number }
  | { readonly kind: 'balance-board'; readonly x: number }
  | {
      readonly kind: 'weight';
      readonly hand: 'near' | 'far';
      readonly type: 'dumbbell' | 'kettlebell';
    }
  | { readonly kind: 'box'; readonly hand: 'near' | 'far' }
  | { readonly kind: 'band'; readonly from: PointName; readonly to: WorldPoint }
  | { readonly kind: 'loop-band'; readonly from: PointName; readonly to: PointName }
  | {
      readonly kind: 'bike';
      readonly seat: WorldPoint;
      readonly bars: WorldPoint;
      readonly crank: WorldPoint;
    }
  | { readonly kind: 'water'; readonly level: number }
  | { readonly kind: 'strap'; readonly from: PointName; readonly to: PointName }
  | { readonly kind: 'dowel' }
  | {
      readonly kind: 'cushion';
      readonly at: WorldPoint;
      readonly width: number;
      readonly height: number;
    }
  | { readonly kind: 'eyes-closed' }
  | { readonly kind: 'hierarchy'; readonly at: WorldPoint }
  | ArrowProp;

export type PropKind = Prop['kind'];

/** One exercise's illustration: where the movement starts and ends, and what is around it. */
export interface IllustrationSpec {
  readonly start: Pose;
  readonly end: Pose;
  readonly props: readonly Prop[];
  readonly caption?: string;
  readonly view?: View;
}

export type IllustrationFrame = 'start' | 'end' | 'animated';

export interface RenderOptions {
  /** Length of the picture's longer side, in CSS pixels (default 160). */
  readonly size?: number;
  readonly frame?: IllustrationFrame;
  /** Accessible title; defaults to a name made from the id. */
  readonly title?: string;
}
