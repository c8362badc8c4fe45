import { describe, expect, it } from 'vitest';
import { proposeChanges } from './propose.js';
import { journal, morning, PLAN, session } from './test-builders.js';

const BRIDGE = ['glute-bridge'];
const proposalFor = (id: string, r: ReturnType<typeof proposeChanges>) =>
  r.proposals.find((p) => p.exerciseId === id);

describe('pain-monitoring proposals (progression.md, silbernagel-2007 by extrapolation)', () => {
  it('progresses one variable by about 10% after two comfortable, complete, moderate sessions', () => {
    const j = journal(
      [session('2026-11-03', BRIDGE), session('2026-11-05', BRIDGE)],
      [morning('2026-11-04'), morning('2026-11-06')],
    );
    const p = proposalFor('glute-bridge', proposeChanges(PLAN, j, [], '2026-11-06'));
    expect(p?.action).toBe('progress');
    expect(p?.change).toMatchObject({ variable: 'reps', from: 10, to: 11 });
    expect(p?.reasons.join(' ')).toMatch(/extrapolation/);
  });

  it('moves to the next exercise in the chain when the dose is at its ceiling', () => {
    const plan = {
      ...PLAN,
      exercises: [
        {
          ...PLAN.exercises[0],
          exerciseId: 'glute-bridge',
          name: 'Glute bridge',
          level: 1,
          frequency: { timesPerDay: 1, daysPerWeek: 3 },
          dose: { kind: 'reps' as const, sets: 3, reps: 15, perSide: false },
        },
      ],
    };
    const j = journal(
      [session('2026-11-03', BRIDGE), session('2026-11-05', BRIDGE)],
      [morning('2026-11-04'), morning('2026-11-06')],
    );
    const p = proposalFor('glute-bridge', proposeChanges(plan, j, [], '2026-11-06'));
    expect(p?.change).toMatchObject({ variable: 'level', toExerciseId: 'single-leg-bridge' });
  });

  it.each([
    ['effort was 7', { effort: 7 }, /effort 7\/10/],
    ['pain during was 6', { painDuring: 6 }, /pain during was 6/],
    ['pain rose 3 points', { painBefore: 1, painDuring: 4 }, /rose 3 points/],
  ])('holds when %s, though the pain settled by morning', (_name, over, why) => {
    const j = journal(
      [session('2026-11-03', BRIDGE), session('2026-11-05', BRIDGE, over)],
      [morning('2026-11-04'), morning('2026-11-06')],
    );
    const p = proposalFor('glute-bridge', proposeChanges(PLAN, j, [], '2026-11-06'));
    expect(p?.action).toBe('hold');
    expect(p?.reasons.join(' ')).toMatch(why);
  });

  it('holds with one session, and without the next-morning check', () => {
    const one = proposeChanges(
      PLAN,
      journal([session('2026-11-03', BRIDGE)], [morning('2026-11-04')]),
      [],
      '2026-11-04',
    );
    expect(proposalFor('glute-bridge', one)?.reasons[0]).toMatch(/Only 1 session/);
    const noMorning = proposeChanges(
      PLAN,
      journal(
        [session('2026-11-03', BRIDGE), session('2026-11-05', BRIDGE)],
        [morning('2026-11-04')],
      ),
      [],
      '2026-11-06',
    );
    expect(proposalFor('glute-bridge', noMorning)?.reasons.join(' ')).toMatch(
      /no next-morning check/,
    );
  });

  it('holds when less than 90% of the dose was done', () => {
    const partial = session('2026-11-05', [], {
      exercises: [
        { exerciseId: 'glute-bridge', completion: 'partial', done: { sets: 2, reps: 8 } },
      ],
    });
    const r = proposeChanges(
      PLAN,
      journal(
        [session('2026-11-03', BRIDGE), partial],
        [morning('2026-11-04'), morning('2026-11-06')],
      ),
      [],
      '2026-11-06',
    );
    expect(proposalFor('glute-bridge', r)?.reasons.join(' ')).toMatch(/80% of the dose/);
  });

  it('regresses to the previous exercise in the chain when pain is still raised next morning', () => {
    const plan = {
      ...PLAN,
      exercises: [
        {
          exerciseId: 'single-leg-bridge',
          name: 'Single-leg bridge',
          level: 2,
          dose: { kind: 'reps' as const, sets: 2, reps: 8, perSide: true },
          frequency: { timesPerDay: 1, daysPerWeek: 3 },
        },
      ],
    };
    const j = journal(
      [session('2026-11-03', ['single-leg-bridge'])],
      [morning('2026-11-04', { comparedWithUsual: 'worse', pain: 6 })],
    );
    const p = proposalFor('single-leg-bridge', proposeChanges(plan, j, [], '2026-11-04'));
    expect(p?.action).toBe('regress');
    expect(p?.change).toMatchObject({ variable: 'level', toExerciseId: 'glute-bridge' });
  });

  it('regresses the dose by about 25% at the start of a chain, and on peripheralisation', () => {
    const j = journal(
      [session('2026-11-03', BRIDGE, { legPainSpread: true })],
      [morning('2026-11-04')],
    );
    const p = proposalFor('glute-bridge', proposeChanges(PLAN, j, [], '2026-11-04'));
    expect(p?.action).toBe('regress');
    expect(p?.reasons.join(' ')).toMatch(/peripheralisation/);
    expect(p?.change).toMatchObject({ variable: 'reps', from: 10, to: 8 });
  });

  it('regresses after two sessions in a row stopped or skipped because of pain', () => {
    const stopped = (d: string, completion: 'stopped-pain' | 'skipped-pain') =>
      session(d, [], { exercises: [{ exerciseId: 'glute-bridge', completion }] });
    const j = journal(
      [stopped('2026-11-03', 'stopped-pain'), stopped('2026-11-05', 'skipped-pain')],
      [morning('2026-11-04'), morning('2026-11-06')],
    );
    const p = proposalFor('glute-bridge', proposeChanges(PLAN, j, [], '2026-11-06'));
    expect(p?.action).toBe('regress');
    expect(p?.reasons[0]).toMatch(/2 sessions were stopped or skipped/);
  });

  it('progresses no more than 2 exercises a week, lowest effort first, counting recent ones', () => {
    const all = PLAN.exercises.map((e) => e.exerciseId);
    const j = journal(
      [session('2026-11-03', all), session('2026-11-05', all)],
      [morning('2026-11-04'), morning('2026-11-06')],
    );
    const r = proposeChanges(PLAN, j, [], '2026-11-06');
    expect(r.proposals.filter((p) => p.action === 'progress')).toHaveLength(2);
    expect(r.proposals.filter((p) => p.reasons.some((x) => /no more than 2/.test(x)))).toHaveLength(
      2,
    );
    const withRecent = proposeChanges(PLAN, j, [], '2026-11-06', {
      recentProgressions: [{ exerciseId: 'x', on: '2026-11-01' }],
    });
    expect(withRecent.proposals.filter((p) => p.action === 'progress')).toHaveLength(1);
  });
});
