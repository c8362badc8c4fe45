/**
 * Renders an exercise's illustration as standalone, accessible SVG text: animated (SMIL, no
 * script, still for people who ask for reduced motion), a single frame, or start and end side by
 * side for print. Pure and deterministic: ids derive from the exercise id.
 */
import type { Point2 } from './camera.js';
import { CYCLE_SECONDS, cycleKeyframes } from './motion.js';
import { INK } from './palette.js';
import { ILLUSTRATIONS } from './poses/index.js';
import type { Scene } from './scene.js';
import { buildScene } from './scene.js';
import type { Box, Shape } from './shapes.js';
import { fmt, line, polygon, solid, stroke } from './shapes.js';
import { animatedShape, element, escapeXml, stillShape } from './svg.js';
import type { IllustrationSpec, RenderOptions } from './types.js';

const DEFAULT_SIZE = 160;
const MARGIN = 4;
/**
 * Below this many pixels per picture unit (centimetre) the figure is drawn with thicker lines, in
 * proportion, up to MAX_WEIGHT: at thumbnail size (96 px for a 2 m picture, under half a pixel per
 * centimetre) the normal line weight leaves limbs 3 to 4 pixels wide, and a figure lying down,
 * seen edge on, reads as a thin smudge.
 */
const BOLD_BELOW = 0.8;
const MAX_WEIGHT = 1.5;
const KEYFRAMES = cycleKeyframes();
const END_INDEX = KEYFRAMES.findIndex((k) => k.progress === 1);

const MOTION_CSS =
  '.bpi-still{display:none}' +
  '@media (prefers-reduced-motion: reduce){.bpi-moving{display:none}.bpi-still{display:inline}}';

/** True when the catalogue id has an illustration. */
export function hasIllustration(id: string): boolean {
  return Object.hasOwn(ILLUSTRATIONS, id);
}

function specOf(id: string): IllustrationSpec | undefined {
  return hasIllustration(id) ? ILLUSTRATIONS[id] : undefined;
}

function humanise(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function safeId(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

function padded(box: Box): Box {
  return {
    minX: box.minX - MARGIN,
    minY: box.minY - MARGIN,
    maxX: box.maxX + MARGIN,
    maxY: box.maxY + MARGIN,
  };
}

/** The figure's line weight for a picture `extent` units long drawn `size` pixels long. */
function weightFor(extent: number, size: number): number {
  const pixelsPerUnit = size / extent;
  return Math.min(MAX_WEIGHT, Math.max(1, BOLD_BELOW / pixelsPerUnit));
}

function longerSide(box: Box): number {
  return Math.max(box.maxX - box.minX, box.maxY - box.minY);
}

/** The scene at every keyframe, its figure weighted for the picture size. */
function sceneFor(spec: IllustrationSpec, extentOf: (box: Box) => number, size: number): Scene {
  const progress = KEYFRAMES.map((k) => k.progress);
  const plain = buildScene(spec, progress);
  const weight = weightFor(extentOf(padded(plain.box)), size);
  return weight === 1 ? plain : buildScene(spec, progress, weight);
}

function viewBox(box: Box): string {
  return [box.minX, box.minY, box.maxX - box.minX, box.maxY - box.minY].map(fmt).join(' ');
}

function pixelSize(width: number, height: number, size: number): Record<string, string> {
  const k = size / Math.max(width, height);
  return { width: String(Math.round(width * k)), height: String(Math.round(height * k)) };
}

interface Header {
  readonly id: string;
  readonly variant: string;
  readonly title: string;
  readonly description: string;
  readonly box: Box;
  readonly size: number;
}

function svgDocument(header: Header, body: readonly string[]): string {
  const base = `bpi-${safeId(header.id)}-${header.variant}`;
  const { box } = header;
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: viewBox(box),
      ...pixelSize(box.maxX - box.minX, box.maxY - box.minY, header.size),
      role: 'img',
      'aria-labelledby': `${base}-title ${base}-desc`,
    },
    [
      `<title id="${base}-title">${escapeXml(header.title)}</title>`,
      `<desc id="${base}-desc">${escapeXml(header.description)}</desc>`,
      ...body,
    ],
  );
}

function describe(spec: IllustrationSpec, frame: string): string {
  const what = spec.caption ?? 'Exercise illustration';
  return frame === 'animated' ? `${what} (animation from start to end position and back)` : what;
}

function frameShapes(scene: Scene, index: number): readonly Shape[] {
  return scene.frames[index] ?? [];
}

/**
 * The illustration of exercise `id` as an SVG string, or undefined when there is none. `frame`
 * picks the start or end position, or (default) an animation looping between them.
 */
export function renderIllustration(id: string, options: RenderOptions = {}): string | undefined {
  const spec = specOf(id);
  if (spec === undefined) return undefined;
  const frame = options.frame ?? 'animated';
  const size = options.size ?? DEFAULT_SIZE;
  const scene = sceneFor(spec, longerSide, size);
  const header: Header = {
    id,
    variant: frame === 'animated' ? 'anim' : frame,
    title: options.title ?? humanise(id),
    description: describe(spec, frame),
    box: padded(scene.box),
    size,
  };
  const back = scene.back.map(stillShape);
  const front = [...scene.water, ...scene.arrows].map(stillShape);
  if (frame !== 'animated') {
    const index = frame === 'start' ? 0 : END_INDEX;
    return svgDocument(header, [...back, ...frameShapes(scene, index).map(stillShape), ...front]);
  }
  const timing = { seconds: CYCLE_SECONDS, keyTimes: KEYFRAMES.map((k) => k.time) };
  const count = frameShapes(scene, 0).length;
  const moving: string[] = [];
  for (let i = 0; i < count; i += 1) {
    moving.push(
      animatedShape(
        scene.frames.map((f) => f[i] ?? f[0]).filter((s) => s !== undefined),
        timing,
      ),
    );
  }
  return svgDocument(header, [
    `<style>${MOTION_CSS}</style>`,
    ...back,
    element('g', { class: 'bpi-moving' }, moving),
    element('g', { class: 'bpi-still' }, frameShapes(scene, END_INDEX).map(stillShape)),
    ...front,
  ]);
}

function panelArrow(x: number, y: number, length: number): readonly Shape[] {
  const tip: Point2 = [x + length, y];
  return [
    line([x, y], [x + length - 8, y], stroke(INK.label, 4)),
    polygon(
      [tip, [tip[0] - 12, y - 7], [tip[0] - 12, y + 7]],
      solid(INK.label, stroke(INK.label, 1.5, { fill: INK.label })),
    ),
  ];
}

/** Start and end positions side by side with an arrow between them: a still for print. */
export function renderStartEnd(
  id: string,
  options: Omit<RenderOptions, 'frame'> = {},
): string | undefined {
  const spec = specOf(id);
  if (spec === undefined) return undefined;
  const size = options.size ?? DEFAULT_SIZE * 2;
  const layout = (box: Box) => {
    const w = box.maxX - box.minX;
    const h = box.maxY - box.minY;
    const gap = Math.max(36, Math.min(w, h) * 0.3);
    const label = Math.max(10, Math.max(w, h) * 0.07);
    return { w, h, gap, label };
  };
  const pairExtent = (box: Box): number => {
    const { w, h, gap, label } = layout(box);
    return Math.max(w * 2 + gap, h + label * 1.6);
  };
  const scene = sceneFor(spec, pairExtent, size);
  const box = padded(scene.box);
  const { w, h, gap, label } = layout(box);
  const text = (x: number, words: string): string =>
    element(
      'text',
      {
        x: fmt(x),
        y: fmt(h + label * 1.2),
        'text-anchor': 'middle',
        'font-family': 'system-ui, sans-serif',
        'font-size': fmt(label),
        fill: INK.label,
      },
      [escapeXml(words)],
    );
  const shift = (dx: number, shapes: readonly string[]): string =>
    element('g', { transform: `translate(${fmt(dx - box.minX)} ${fmt(-box.minY)})` }, shapes);
  const back = scene.back.map(stillShape);
  const panels = [
    shift(0, [
      ...back,
      ...frameShapes(scene, 0).map(stillShape),
      ...[...scene.water, ...scene.arrows].map(stillShape),
    ]),
    ...panelArrow(w + gap * 0.2, h / 2, gap * 0.6).map(stillShape),
    shift(w + gap, [
      ...back,
      ...frameShapes(scene, END_INDEX).map(stillShape),
      ...scene.water.map(stillShape),
    ]),
    text(w / 2, 'Start'),
    text(w * 1.5 + gap, 'End'),
  ];
  const total: Box = { minX: 0, minY: 0, maxX: w * 2 + gap, maxY: h + label * 1.6 };
  return svgDocument(
    {
      id,
      variant: 'pair',
      title: options.title ?? humanise(id),
      description: `${spec.caption ?? 'Exercise illustration'} (start and end positions)`,
      box: total,
      size,
    },
    panels,
  );
}
