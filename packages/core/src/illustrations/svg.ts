/** Serialising shapes to SVG text, animated with SMIL or still. */
import type { Shape } from './shapes.js';
import { fmt } from './shapes.js';

/** Escapes text for XML content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function attributes(attrs: Readonly<Record<string, string>>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

/** One element as text; self-closing when it has no children. */
export function element(
  tag: string,
  attrs: Readonly<Record<string, string>>,
  children: readonly string[] = [],
): string {
  return children.length === 0
    ? `<${tag}${attributes(attrs)}/>`
    : `<${tag}${attributes(attrs)}>${children.join('')}</${tag}>`;
}

/** A shape as a static element. */
export function stillShape(shape: Shape): string {
  return element(shape.tag, { ...shape.geometry, ...shape.paint });
}

export interface Timing {
  readonly seconds: number;
  /** Fractions of the cycle, one per keyframe. */
  readonly keyTimes: readonly number[];
}

/**
 * One shape over all keyframes: attributes that never change are written once, the others get
 * an `<animate>` with one value per keyframe.
 */
export function animatedShape(frames: readonly Shape[], timing: Timing): string {
  const first = frames[0];
  if (first === undefined) return '';
  const fixed: Record<string, string> = {};
  const animations: string[] = [];
  for (const [name, value] of Object.entries(first.geometry)) {
    const values = frames.map((f) => f.geometry[name] ?? value);
    if (values.every((v) => v === value)) {
      fixed[name] = value;
    } else {
      fixed[name] = value;
      animations.push(
        element('animate', {
          attributeName: name,
          dur: `${fmt(timing.seconds)}s`,
          repeatCount: 'indefinite',
          keyTimes: timing.keyTimes.map((t) => String(Math.round(t * 10000) / 10000)).join(';'),
          values: values.join(';'),
        }),
      );
    }
  }
  return element(first.tag, { ...fixed, ...first.paint }, animations);
}
