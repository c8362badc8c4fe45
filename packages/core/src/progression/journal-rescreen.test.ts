import { describe, expect, it } from 'vitest';
import { screenInput } from '../red-flags/test-screen-input.js';
import type { RedFlagId, SafetyState, ScreenInput } from '../red-flags/types.js';
import type { Journal } from './journal.js';
import { proposeChanges } from './propose.js';
import { journal, morning, PLAN, session } from './test-builders.js';

const B = ['glute-bridge'];
const CANCER = screenInput({ yes: ['cancer-history'], context: { age: 61 } });

interface Row {
  readonly name: string;
  readonly journal: Journal;
  readonly baseline: ScreenInput | null;
  readonly safety: SafetyState;
  readonly newFlags: readonly RedFlagId[];
}

/** The one re-screen, from every place a patient reports a symptom (red-flags.md). */
describe('proposeChanges: reported symptoms re-screened with the latest assessment', () => {
  it.each<Row>([
    {
      name: 'cancer history + journal night pain: urgent cord-compression concern',
      journal: journal([session('2026-11-03', B, { newSymptoms: ['night-pain'] })]),
      baseline: CANCER,
      safety: 'urgent',
      newFlags: ['cord-compression-cancer'],
    },
    {
      name: 'night pain with no assessment given: nothing new',
      journal: journal([session('2026-11-03', B, { newSymptoms: ['night-pain'] })]),
      baseline: null,
      safety: 'clear',
      newFlags: [],
    },
    {
      name: 'cancer history + night pain at the morning check',
      journal: journal([], [morning('2026-11-04', { newSymptoms: ['night-pain'] })]),
      baseline: CANCER,
      safety: 'urgent',
      newFlags: ['cord-compression-cancer'],
    },
    {
      name: 'bladder change in a symptom report, outside a session',
      journal: journal([], [], [{ reportedOn: '2026-11-04', symptoms: ['bladder-change'] }]),
      baseline: screenInput(),
      safety: 'emergency',
      newFlags: ['cauda-equina'],
    },
    {
      name: 'weight loss alone: a note, no pause',
      journal: journal(
        [],
        [],
        [{ reportedOn: '2026-11-04', symptoms: ['unexplained-weight-loss'] }],
      ),
      baseline: screenInput(),
      safety: 'clear',
      newFlags: ['malignancy'],
    },
  ])('$name', ({ journal: j, baseline, safety, newFlags }) => {
    const r = proposeChanges(PLAN, j, [], '2026-11-05', { baseline });
    expect(r.rescreen?.safety).toBe(safety);
    expect(r.rescreen?.newFindings.map((f) => f.flag)).toEqual(newFlags);
    // Any new red-flag symptom is a critical alert (progression.md), paused or not.
    expect(r.alerts.find((a) => a.type === 'red-flag')?.level).toBe('critical');
    const paused = r.proposals.every((p) =>
      /Programme paused by the re-screen/.test(p.reasons[0] ?? ''),
    );
    expect(paused).toBe(safety !== 'clear');
  });

  it('names the new urgent flag in the pause and the alert', () => {
    const j = journal([session('2026-11-03', B, { newSymptoms: ['night-pain'] })]);
    const r = proposeChanges(PLAN, j, [], '2026-11-05', { baseline: CANCER });
    expect(r.proposals[0]?.reasons[0]).toBe(
      'Programme paused by the re-screen (Spinal cord compression (cancer): urgent): no change until the patient has been assessed.',
    );
    expect(r.alerts[0]?.message).toMatch(
      /night-pain.*Spinal cord compression \(cancer\) \(urgent\)/,
    );
  });

  it('leaves symptoms reported more than 14 days before out', () => {
    const j = journal([], [], [{ reportedOn: '2026-11-03', symptoms: ['fever'] }]);
    expect(proposeChanges(PLAN, j, [], '2026-11-18').rescreen).toBeNull();
  });
});
