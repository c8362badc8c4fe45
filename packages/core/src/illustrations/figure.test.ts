import { describe, expect, it } from 'vitest';
import type { Figure, PointName, Pose } from './figure.js';
import { HEAD_RADIUS, HIP_HALF_WIDTH, SEGMENT, SPINE_SEGMENTS, solveFigure } from './figure.js';
import { blendPose, cycleKeyframes } from './motion.js';
import { ILLUSTRATIONS } from './poses/index.js';
import { distance } from './vec.js';

const BONES: readonly (readonly [PointName, PointName, number])[] = [
  ['nearShoulder', 'nearElbow', SEGMENT.upperArm],
  ['nearElbow', 'nearHand', SEGMENT.forearm],
  ['farShoulder', 'farElbow', SEGMENT.upperArm],
  ['farElbow', 'farHand', SEGMENT.forearm],
  ['nearHip', 'nearKnee', SEGMENT.thigh],
  ['nearKnee', 'nearHeel', SEGMENT.shank],
  ['nearHeel', 'nearToe', SEGMENT.foot],
  ['farHip', 'farKnee', SEGMENT.thigh],
  ['farKnee', 'farHeel', SEGMENT.shank],
  ['farHeel', 'farToe', SEGMENT.foot],
  ['neckBase', 'head', SEGMENT.neck + HEAD_RADIUS],
  ['nearHip', 'farHip', HIP_HALF_WIDTH * 2],
];

function expectBones(figure: Figure, label: string): void {
  for (const [a, b, length] of BONES) {
    expect(distance(figure.points[a], figure.points[b]), `${label} ${a}-${b}`).toBeCloseTo(
      length,
      6,
    );
  }
  for (let i = 1; i < figure.trunk.length; i += 1) {
    const prev = figure.trunk[i - 1];
    const next = figure.trunk[i];
    if (prev === undefined || next === undefined) throw new Error('trunk too short');
    expect(distance(prev.centre, next.centre), `${label} spine ${i}`).toBeCloseTo(
      SEGMENT.trunk / SPINE_SEGMENTS,
      6,
    );
  }
}

const STANDING: Pose = { at: { point: 'pelvis', x: 0, y: 100 } };

describe('forward kinematics', () => {
  it('stands upright: knee and heel straight below the hip, head on top', () => {
    const f = solveFigure(STANDING);
    expect(f.points.nearKnee[0]).toBeCloseTo(0, 9);
    expect(f.points.nearKnee[1]).toBeCloseTo(100 - SEGMENT.thigh, 9);
    expect(f.points.nearHeel[1]).toBeCloseTo(100 - SEGMENT.thigh - SEGMENT.shank, 9);
    expect(f.points.nearToe[0]).toBeCloseTo(SEGMENT.foot, 9);
    expect(f.points.head[1]).toBeGreaterThan(f.points.neckBase[1]);
    expect(f.points.nearHip[2]).toBeGreaterThan(0);
    expect(f.points.farHip[2]).toBeLessThan(0);
  });

  it('flexes the hip forwards and the knee backwards', () => {
    const f = solveFigure({ ...STANDING, nearLeg: { flex: 90, bend: 90 } });
    expect(f.points.nearKnee[0]).toBeCloseTo(SEGMENT.thigh, 9);
    expect(f.points.nearKnee[1]).toBeCloseTo(100, 9);
    expect(f.points.nearHeel[0]).toBeCloseTo(SEGMENT.thigh, 9);
    expect(f.points.nearHeel[1]).toBeCloseTo(100 - SEGMENT.shank, 9);
  });

  it('pitches face down with the head to the right and rests on the floor', () => {
    const f = solveFigure({ at: { point: 'pelvis', x: 0 }, pitch: 90 });
    expect(f.points.neckBase[0]).toBeCloseTo(SEGMENT.trunk, 9);
    expect(f.points.neckBase[1]).toBeCloseTo(f.points.pelvis[1], 9);
    expect(f.face[1]).toBeCloseTo(-1, 9);
    expect(Math.min(...f.trunk.map((s) => s.centre[1]))).toBeGreaterThan(0);
  });

  it('places the anchor point where the pose says', () => {
    const f = solveFigure({ at: { point: 'nearHeel', x: 12, y: 20 } });
    expect(f.points.nearHeel[0]).toBeCloseTo(12, 9);
    expect(f.points.nearHeel[1]).toBeCloseTo(20, 9);
  });
});

describe('movement between poses', () => {
  const entries = Object.entries(ILLUSTRATIONS);

  it.each(entries)('%s keeps every segment length in every keyframe', (id, spec) => {
    for (const k of cycleKeyframes()) {
      expectBones(solveFigure(blendPose(spec.start, spec.end, k.progress)), `${id}@${k.time}`);
    }
  });

  it.each(entries)('%s blends to exactly the start and end poses', (_id, spec) => {
    expect(solveFigure(blendPose(spec.start, spec.end, 0)).points).toEqual(
      solveFigure(spec.start).points,
    );
    const end = solveFigure(blendPose(spec.start, spec.end, 1)).points;
    const target = solveFigure(spec.end).points;
    for (const name of Object.keys(target) as PointName[]) {
      for (let axis = 0; axis < 3; axis += 1) {
        expect(end[name][axis]).toBeCloseTo(target[name][axis] ?? 0, 6);
      }
    }
  });

  it('loops: the cycle starts and ends at the start pose and holds the end pose', () => {
    const frames = cycleKeyframes();
    expect(frames[0]).toEqual({ time: 0, progress: 0 });
    expect(frames[frames.length - 1]).toEqual({ time: 1, progress: 0 });
    expect(frames.some((f) => f.progress === 1)).toBe(true);
    for (let i = 1; i < frames.length; i += 1) {
      expect(frames[i]?.time).toBeGreaterThan(frames[i - 1]?.time ?? 1);
    }
  });
});
