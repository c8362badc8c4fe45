import { describe, expect, it } from 'vitest';
import type { AlertLevel } from './types.js';
import { painAlerts } from './pain-alerts.js';
import { journal, morning, session } from './test-builders.js';

const B = ['glute-bridge'];
type Row = readonly [
  name: string,
  journal: ReturnType<typeof journal>,
  expected: readonly (readonly [on: string, level: AlertLevel, message: RegExp])[],
];

/** Every pain report counts (progression.md): morning, before, highest during. */
describe('painAlerts: every report counts [design]', () => {
  it.each<Row>([
    [
      '7/10 during two sessions: critical, saying which report',
      journal([
        session('2026-11-03', B, { painBefore: 3, painDuring: 7 }),
        session('2026-11-05', B, { painBefore: 3, painDuring: 7 }),
      ]),
      [
        ['2026-11-03', 'critical', /^Pain 7\/10 during the session on 2026-11-03/],
        ['2026-11-05', 'critical', /^Pain 7\/10 during the session on 2026-11-05/],
      ],
    ],
    [
      'an exercise rated higher than the session counts as the highest pain during',
      journal([
        session('2026-11-03', B, {
          painDuring: 4,
          exercises: [{ exerciseId: 'glute-bridge', completion: 'done', painDuring: 8 }],
        }),
      ]),
      [['2026-11-03', 'critical', /8\/10 during the session/]],
    ],
    [
      'an acceptable rise during (3 -> 5) raises nothing (pain-monitoring model)',
      journal([session('2026-11-03', B, { painBefore: 3, painDuring: 5 })]),
      [],
    ],
    [
      'a rise of 3 during the session is high',
      journal([session('2026-11-03', B, { painBefore: 2, painDuring: 5 })]),
      [['2026-11-03', 'high', /up 3 points to 5\/10 during the session.*before the session/]],
    ],
    [
      'above 5/10 during and up 1 is a warning',
      journal([session('2026-11-03', B, { painBefore: 5, painDuring: 6 })]),
      [['2026-11-03', 'warning', /^Pain 6\/10 during the session on 2026-11-03, up 1/]],
    ],
    [
      'a morning still 2 up on the pain before is high, judged against the resting report',
      journal(
        [session('2026-11-03', B, { painBefore: 3, painDuring: 5 })],
        [morning('2026-11-04', { pain: 5 })],
      ),
      [['2026-11-04', 'high', /in the morning check.*was 3\/10 before the session/]],
    ],
    [
      'pain before a session 7/10 is critical even after a calm morning',
      journal(
        [session('2026-11-04', B, { painBefore: 7, painDuring: 7 })],
        [morning('2026-11-04')],
      ),
      [['2026-11-04', 'critical', /before the session/]],
    ],
  ])('%s', (_name, j, expected) => {
    const alerts = painAlerts(j, '2026-11-06');
    expect(alerts.map((a) => [a.on, a.level])).toEqual(expected.map(([on, level]) => [on, level]));
    for (const [i, [, , message]] of expected.entries())
      expect(alerts[i]?.message).toMatch(message);
  });
});
