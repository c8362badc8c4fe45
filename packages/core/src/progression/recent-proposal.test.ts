import { describe, expect, it } from 'vitest';
import type { JournalEntry, MorningCheck } from './journal.js';
import { proposeChanges } from './propose.js';
import { journal, morning, PLAN, session } from './test-builders.js';
import type { ProposalAction } from './types.js';

const BRIDGE = ['glute-bridge'];
/** Two comfortable sessions of the glute bridge with their mornings: ready to progress. */
const comfortable = (first: string, second: string) => ({
  entries: [session(first, BRIDGE), session(second, BRIDGE)],
  mornings: [morning(next(first)), morning(next(second))],
});
function next(date: string): string {
  return new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
}

interface Row {
  readonly name: string;
  readonly entries: readonly JournalEntry[];
  readonly mornings: readonly MorningCheck[];
  readonly asOf: string;
  readonly disengaged?: boolean;
  readonly action: ProposalAction;
  readonly reason: RegExp;
}

const ready = comfortable('2026-11-03', '2026-11-05');
const away = comfortable('2026-11-03', '2026-11-05');

/** Recent data only (progression.md) [design]: the glute bridge's proposal in each case. */
describe('proposals from recent data only', () => {
  it.each<Row>([
    {
      name: 'ready, as of the day after: progress',
      ...ready,
      asOf: '2026-11-06',
      action: 'progress',
      reason: /comfortable/,
    },
    {
      name: '15 days without a session: no progression (disengaged)',
      ...ready,
      asOf: '2026-11-20',
      action: 'hold',
      reason: /No session since 2026-11-05 \(15 days\).*disengaged/,
    },
    {
      name: 'marked disengaged by a clinician: no progression',
      ...ready,
      asOf: '2026-11-07',
      disengaged: true,
      action: 'hold',
      reason: /marked disengaged/,
    },
    {
      name: 'this exercise last logged 16 days ago, others since: no change from old sessions',
      entries: [...ready.entries, session('2026-11-19', ['bird-dog'])],
      mornings: ready.mornings,
      asOf: '2026-11-21',
      action: 'hold',
      reason: /Last logged on 2026-11-05, more than 14 days ago/,
    },
    {
      name: 'back after 16 days: the last dose, judged on recent sessions only',
      entries: [...away.entries, session('2026-11-21', BRIDGE)],
      mornings: [...away.mornings, morning('2026-11-22')],
      asOf: '2026-11-22',
      action: 'hold',
      reason: /Only 1 session logged: progression needs 2/,
    },
    {
      name: 'first session back after 21+ days away: one step easier',
      entries: [...away.entries, session('2026-11-27', BRIDGE)],
      mornings: [...away.mornings, morning('2026-11-28')],
      asOf: '2026-11-28',
      action: 'regress',
      reason: /First session back after 22 days away: restart one step easier/,
    },
    {
      name: 'two sessions back after 21+ days away: the usual rule again',
      entries: [...away.entries, session('2026-11-27', BRIDGE), session('2026-11-29', BRIDGE)],
      mornings: [...away.mornings, morning('2026-11-28'), morning('2026-11-30')],
      asOf: '2026-11-30',
      action: 'progress',
      reason: /comfortable/,
    },
  ])('$name', ({ entries, mornings, asOf, disengaged, action, reason }) => {
    const j = journal([...entries], [...mornings]);
    const r = proposeChanges(PLAN, j, [], asOf, disengaged === true ? { disengaged } : {});
    const p = r.proposals.find((x) => x.exerciseId === 'glute-bridge');
    expect(p?.action).toBe(action);
    expect(p?.reasons.join(' ')).toMatch(reason);
  });

  it('proposes nothing but holds while disengaged, for every exercise', () => {
    const r = proposeChanges(PLAN, journal(ready.entries, ready.mornings), [], '2026-11-20');
    expect(r.proposals.map((p) => p.action)).toEqual(['hold', 'hold', 'hold', 'hold']);
  });
});
