/** Lays out one illustration: fixed props, the figure at each keyframe, then arrows on top. */
import { drawArrow } from './arrows.js';
import { makeCamera } from './camera.js';
import type { Part, PartName } from './draw-figure.js';
import { drawFigure } from './draw-figure.js';
import type { Figure } from './figure.js';
import { solveFigure } from './figure.js';
import { blendPose } from './motion.js';
import type { Layer } from './props.js';
import { drawFixedProp, drawMovingProp, drawSpanningProp } from './props.js';
import type { Box, Shape } from './shapes.js';
import { unionBox } from './shapes.js';
import type { IllustrationSpec } from './types.js';

export interface Scene {
  /** Drawn first, the same in every frame. */
  readonly back: readonly Shape[];
  /** For each keyframe, the same list of shapes in different positions. */
  readonly frames: readonly (readonly Shape[])[];
  /** Drawn last, the same in every frame: water surface and movement arrows. */
  readonly water: readonly Shape[];
  readonly arrows: readonly Shape[];
  readonly box: Box;
}

interface FrameParts {
  readonly back: readonly Shape[];
  readonly parts: readonly Part[];
  readonly attached: ReadonlyMap<Layer, readonly Shape[]>;
}

function frameParts(spec: IllustrationSpec, figure: Figure, weight: number): FrameParts {
  const camera = makeCamera(spec.view);
  const attached = new Map<Layer, Shape[]>();
  for (const prop of spec.props) {
    const drawn = drawMovingProp(prop, figure, camera);
    if (drawn === undefined) continue;
    attached.set(drawn.layer, [...(attached.get(drawn.layer) ?? []), ...drawn.shapes]);
  }
  return { back: attached.get('back') ?? [], parts: drawFigure(figure, camera, weight), attached };
}

/** Parts ordered back to front by their mean depth over the whole movement. */
function depthOrder(frames: readonly FrameParts[]): readonly PartName[] {
  const total = new Map<PartName, number>();
  for (const f of frames) {
    for (const part of f.parts) total.set(part.name, (total.get(part.name) ?? 0) + part.depth);
  }
  return [...total.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
}

function flatten(frame: FrameParts, order: readonly PartName[]): readonly Shape[] {
  const shapes: Shape[] = [...frame.back];
  for (const name of order) {
    const part = frame.parts.find((p) => p.name === name);
    if (name === 'nearArm' || name === 'farArm') {
      shapes.push(...(frame.attached.get(`${name}Behind`) ?? []));
    }
    shapes.push(...(part?.shapes ?? []));
    if (name === 'nearArm' || name === 'farArm') shapes.push(...(frame.attached.get(name) ?? []));
  }
  shapes.push(...(frame.attached.get('front') ?? []));
  return shapes;
}

/**
 * Builds the scene for the given progress values (0 = start pose, 1 = end pose). `weight`
 * thickens the figure's lines and the arrows for small pictures (see `drawFigure`).
 */
export function buildScene(spec: IllustrationSpec, progress: readonly number[], weight = 1): Scene {
  const camera = makeCamera(spec.view);
  const figureAt = (t: number): Figure => solveFigure(blendPose(spec.start, spec.end, t));
  const parts = progress.map((t) => frameParts(spec, figureAt(t), weight));
  const order = depthOrder(parts);
  const frames = parts.map((f) => flatten(f, order));
  const fixed = spec.props.flatMap((p) => drawFixedProp(p, camera));
  const arrows = spec.props.flatMap((p) =>
    p.kind === 'arrow' ? drawArrow(p, camera, figureAt, weight) : [],
  );
  const extent = unionBox([...fixed, ...frames.flat(), ...arrows].map((s) => s.box));
  const under = spec.props.filter((p) => p.kind === 'floor' || p.kind === 'mat');
  const back = [...under.flatMap((p) => drawSpanningProp(p, camera, extent)), ...fixed];
  const water = spec.props.flatMap((p) =>
    p.kind === 'water' ? drawSpanningProp(p, camera, extent) : [],
  );
  const box = unionBox([extent, ...back.map((s) => s.box), ...water.map((s) => s.box)]);
  return { back, frames, water, arrows, box };
}
