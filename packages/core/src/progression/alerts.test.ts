import { describe, expect, it } from 'vitest';
import type { MeasureRecord } from './journal.js';
import { proposeChanges } from './propose.js';
import { journal, morning, PLAN, session } from './test-builders.js';

const B = ['glute-bridge'];
const alert = (r: ReturnType<typeof proposeChanges>, type: string) =>
  r.alerts.find((a) => a.type === type);

describe('pain alerts [design]', () => {
  it.each([
    ['warning at 5 and up 1', 4, 5, 'warning'],
    ['high when up 2 or more', 2, 4, 'high'],
    ['critical at 7 or more', 6, 7, 'critical'],
  ] as const)('%s', (_name, before, after, level) => {
    const j = journal(
      [session('2026-11-03', B, { painBefore: before })],
      [morning('2026-11-04', { pain: after })],
    );
    expect(alert(proposeChanges(PLAN, j, [], '2026-11-04'), 'pain')?.level).toBe(level);
  });

  it('raises nothing for steady moderate pain', () => {
    const j = journal(
      [session('2026-11-03', B, { painBefore: 4 })],
      [morning('2026-11-04', { pain: 4 })],
    );
    expect(alert(proposeChanges(PLAN, j, [], '2026-11-04'), 'pain')).toBeUndefined();
  });

  it('judges every recent report, not only the latest: a calmer morning does not hide a 7/10 session', () => {
    const j = journal(
      [session('2026-11-03', B, { painBefore: 7 })],
      [morning('2026-11-03', { pain: 3 }), morning('2026-11-04', { pain: 3 })],
    );
    const pain = proposeChanges(PLAN, j, [], '2026-11-04').alerts.filter((a) => a.type === 'pain');
    expect(pain.map((a) => [a.on, a.level])).toEqual([['2026-11-03', 'critical']]);
  });

  it('keeps the most severe alert of a day and leaves reports older than a week alone', () => {
    const j = journal(
      [session('2026-10-20', B, { painBefore: 9 }), session('2026-11-03', B, { painBefore: 7 })],
      [morning('2026-10-21', { pain: 2 }), morning('2026-11-03', { pain: 4 })],
    );
    const pain = proposeChanges(PLAN, j, [], '2026-11-04').alerts.filter((a) => a.type === 'pain');
    // The 9/10 of 10-20 is older than a week. On 11-03 the morning (4, up 2) is high and the
    // session (7) critical: one alert for the day, the critical one.
    expect(pain.map((a) => [a.on, a.level])).toEqual([['2026-11-03', 'critical']]);
  });
});

describe('red-flag symptoms in the journal', () => {
  it('re-runs the screen and raises a critical alert for saddle numbness', () => {
    const j = journal([session('2026-11-03', B, { newSymptoms: ['saddle-numbness'] })]);
    const r = proposeChanges(PLAN, j, [], '2026-11-04');
    expect(r.rescreen?.triage).toBe('emergency');
    expect(alert(r, 'red-flag')?.level).toBe('critical');
    expect(alert(r, 'red-flag')?.message).toMatch(/Cauda equina/i);
  });

  it('ignores symptoms reported more than 14 days before', () => {
    const j = journal([session('2026-11-03', B, { newSymptoms: ['fever'] })]);
    expect(proposeChanges(PLAN, j, [], '2026-11-20').rescreen).toBeNull();
  });
});

describe('engagement alerts [design]', () => {
  it.each([
    ['2026-11-06', 'warning'],
    ['2026-11-17', 'high'],
    ['2026-11-24', 'critical'],
  ] as const)('last session 2026-11-03, as of %s: %s', (asOf, level) => {
    const r = proposeChanges(PLAN, journal([session('2026-11-03', B)]), [], asOf);
    expect(alert(r, 'engagement')?.level).toBe(level);
  });

  it('raises nothing the day after a session', () => {
    expect(
      alert(
        proposeChanges(PLAN, journal([session('2026-11-03', B)]), [], '2026-11-04'),
        'engagement',
      ),
    ).toBeUndefined();
  });
});

describe('function alerts and review prompts', () => {
  const odi = (score: number, takenOn: string): MeasureRecord => ({
    instrument: 'odi',
    score,
    takenOn,
  });
  const nprs = (score: number, takenOn: string): MeasureRecord => ({
    instrument: 'nprs',
    score,
    takenOn,
  });

  it('is high with no important change 4+ weeks apart, critical when 20% worse', () => {
    const same = proposeChanges(
      PLAN,
      journal([session('2026-12-01', B)]),
      [odi(40, '2026-11-02'), odi(36, '2026-12-01')],
      '2026-12-01',
    );
    expect(alert(same, 'function')?.level).toBe('high');
    const worse = proposeChanges(
      PLAN,
      journal([session('2026-12-01', B)]),
      [odi(40, '2026-11-02'), odi(48, '2026-12-01')],
      '2026-12-01',
    );
    expect(alert(worse, 'function')?.level).toBe('critical');
    const better = proposeChanges(
      PLAN,
      journal([session('2026-12-01', B)]),
      [odi(40, '2026-11-02'), odi(28, '2026-12-01')],
      '2026-12-01',
    );
    expect(alert(better, 'function')).toBeUndefined();
    expect(better.measures[0]?.change?.verdict).toBe('important-improvement');
  });

  it('prompts re-assessment at weeks 4-6 when neither pain nor disability improved', () => {
    const m = [
      odi(40, '2026-11-02'),
      odi(38, '2026-12-03'),
      nprs(6, '2026-11-02'),
      nprs(5, '2026-12-03'),
    ];
    const r = proposeChanges(PLAN, journal([session('2026-12-03', B)]), m, '2026-12-03');
    expect(r.weekOfPlan).toBe(5);
    expect(r.reviewPrompts.map((p) => p.kind)).toEqual(['reassess']);
  });

  it('prompts re-measurement when nothing was measured since the start, and discharge at week 12', () => {
    const r = proposeChanges(PLAN, journal([session('2026-12-03', B)]), [], '2026-12-03');
    expect(r.reviewPrompts.map((p) => p.kind)).toEqual(['remeasure']);
    const late = proposeChanges(PLAN, journal([session('2027-01-20', B)]), [], '2027-01-21');
    expect(late.reviewPrompts.map((p) => p.kind)).toContain('discharge');
  });
});

describe('a red flag in the journal pauses the programme', () => {
  it('turns every proposal into a hold that says why', () => {
    const comfortable = [
      session('2026-11-03', B),
      session('2026-11-05', B, { newSymptoms: ['bladder-change'] }),
    ];
    const r = proposeChanges(
      PLAN,
      journal(comfortable, [morning('2026-11-04'), morning('2026-11-06')]),
      [],
      '2026-11-06',
    );
    expect(r.proposals.every((p) => p.action === 'hold')).toBe(true);
    expect(r.proposals[0]?.reasons[0]).toMatch(/Programme paused by the re-screen/);
  });
});
