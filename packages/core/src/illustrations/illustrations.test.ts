import { describe, expect, it } from 'vitest';
import { ILLUSTRATIONS, hasIllustration, renderIllustration, renderStartEnd } from './index.js';
import { INK } from './palette.js';
import { checkSvg } from './svg-check.js';
import { EXERCISE_IDS } from './test-exercise-ids.js';

type Variant = 'start' | 'end' | 'animated' | 'pair';
const VARIANTS: readonly Variant[] = ['start', 'end', 'animated', 'pair'];

function render(id: string, variant: Variant): string {
  const svg = variant === 'pair' ? renderStartEnd(id) : renderIllustration(id, { frame: variant });
  if (svg === undefined) throw new Error(`no illustration for ${id}`);
  return svg;
}

/** Drops the ids that differ only because the frame differs. */
function withoutIds(svg: string): string {
  return svg.replace(/bpi-[a-z0-9-]+/g, '');
}

describe('illustration catalogue', () => {
  it('has an illustration for every exercise id and nothing else', () => {
    expect(EXERCISE_IDS).toHaveLength(73);
    for (const id of EXERCISE_IDS) expect(hasIllustration(id), id).toBe(true);
    expect(Object.keys(ILLUSTRATIONS).sort()).toEqual([...EXERCISE_IDS].sort());
  });

  it('returns undefined for an unknown id, including inherited property names', () => {
    expect(hasIllustration('no-such-exercise')).toBe(false);
    expect(hasIllustration('toString')).toBe(false);
    expect(renderIllustration('no-such-exercise')).toBeUndefined();
    expect(renderStartEnd('toString')).toBeUndefined();
  });
});

describe.each(EXERCISE_IDS.map((id) => [id]))('%s', (id) => {
  it.each(VARIANTS.map((v) => [v]))('renders %s as well-formed, titled SVG', (variant) => {
    const svg = render(id, variant);
    const check = checkSvg(svg);
    expect(check.problems).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1]?.split(' ').map(Number) ?? [];
    expect(viewBox).toHaveLength(4);
    for (const n of viewBox) expect(Number.isFinite(n)).toBe(true);
    expect(viewBox[2]).toBeGreaterThan(0);
    expect(viewBox[3]).toBeGreaterThan(0);
  });

  it('animates without script and honours reduced motion', () => {
    const svg = render(id, 'animated');
    expect(svg).toContain('<animate ');
    expect(svg).toContain('repeatCount="indefinite"');
    expect(svg).toContain('@media (prefers-reduced-motion: reduce)');
    expect(svg).not.toMatch(/<script/i);
    for (const m of svg.matchAll(/values="([^"]+)"/g)) {
      const frames = (m[1] ?? '').split(';');
      const keyTimes = /keyTimes="([^"]+)"/.exec(svg)?.[1]?.split(';') ?? [];
      expect(frames).toHaveLength(keyTimes.length);
    }
  });

  it('has different start and end positions', () => {
    const spec = ILLUSTRATIONS[id];
    expect(spec).toBeDefined();
    expect(spec?.start).not.toEqual(spec?.end);
    expect(withoutIds(render(id, 'start'))).not.toBe(withoutIds(render(id, 'end')));
  });

  it('renders deterministically', () => {
    for (const variant of VARIANTS) expect(render(id, variant)).toBe(render(id, variant));
  });
});

describe('render options', () => {
  it('uses the given title, escaped, and sizes the longer side', () => {
    const svg = renderIllustration('bird-dog', { title: 'Bird-dog <level 2> & more', size: 96 });
    expect(svg).toContain(
      '<title id="bpi-bird-dog-anim-title">Bird-dog &lt;level 2&gt; &amp; more</title>',
    );
    const width = Number(/ width="(\d+)"/.exec(svg ?? '')?.[1]);
    const height = Number(/ height="(\d+)"/.exec(svg ?? '')?.[1]);
    expect(Math.max(width, height)).toBe(96);
  });

  it('draws the figure bolder in a thumbnail, where normal lines would be too thin to read', () => {
    const widths = (size: number): number[] =>
      [
        ...(renderIllustration('prone-lying', { size, frame: 'start' }) ?? '').matchAll(
          /stroke-width="([\d.]+)"/g,
        ),
      ].map((m) => Number(m[1]));
    const large = Math.max(...widths(400));
    const thumbnail = Math.max(...widths(96));
    expect(large).toBe(9);
    expect(thumbnail).toBeGreaterThan(large * 1.3);
    expect(thumbnail).toBeLessThanOrEqual(large * 1.5);
  });

  it('derives element ids from the exercise id and the frame', () => {
    expect(renderIllustration('glute-bridge', { frame: 'end' })).toContain(
      'aria-labelledby="bpi-glute-bridge-end-title bpi-glute-bridge-end-desc"',
    );
    expect(renderStartEnd('glute-bridge')).toContain('id="bpi-glute-bridge-pair-title"');
  });
});

describe('balance steps', () => {
  it('shows the supported step holding a chair and the unsupported step without one', () => {
    const kinds = (id: string): readonly string[] =>
      ILLUSTRATIONS[id]?.props.map((p) => p.kind) ?? [];
    expect(kinds('supported-single-leg-stance')).toContain('chair');
    expect(kinds('single-leg-stance')).not.toContain('chair');
    expect(renderIllustration('single-leg-stance', { frame: 'start' })).not.toContain(INK.wood);
  });
});
