/** Plans generated per second and progress evaluations per second (12 weeks of journal). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  assess,
  CATALOG,
  generatePlan,
  proposeChanges,
  screenInputOf,
  type AssessmentResult,
  type Journal,
  type Plan,
  type ScreenInput,
} from '@backplan/core';
import { measure, report } from './harness.js';

const dir = fileURLToPath(new URL('../examples/assessments/', import.meta.url));
const REVIEW = { reviewedBy: 'Bench', reviewedOn: '2026-11-01', outcome: 'Reviewed.' };

const results: AssessmentResult[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => assess(JSON.parse(readFileSync(dir + f, 'utf8')) as unknown, '2026-11-02'))
  .flatMap((r) => (r.ok && r.value.screen.triage !== 'emergency' ? [r.value] : []));
const planned = results.flatMap((r) => {
  const p = generatePlan(r, CATALOG, { redFlagReview: REVIEW });
  return p.ok ? [{ plan: p.value, baseline: screenInputOf(r.assessment, r.asOf) }] : [];
});
const plans: Plan[] = planned.map((p) => p.plan);
// Each evaluation re-screens with the latest assessment, as the server's does.
const baselines: ScreenInput[] = planned.map((p) => p.baseline);

const day = (n: number) => new Date(Date.UTC(2026, 10, 2 + n)).toISOString().slice(0, 10);

/** Twelve weeks of a patient logging three sessions a week, with morning checks and measures. */
function twelveWeeks(plan: Plan): Journal {
  const entries: Journal['entries'] = [];
  const morningChecks: Journal['morningChecks'] = [];
  for (let week = 0; week < 12; week++) {
    for (const offset of [1, 3, 5]) {
      const n = week * 7 + offset;
      entries.push({
        id: `s-${n}`,
        performedOn: day(n),
        exercises: plan.exercises.map((e) => ({ exerciseId: e.exerciseId, completion: 'done' })),
        painBefore: 4 - Math.floor(week / 4),
        painDuring: 5 - Math.floor(week / 4),
        effort: 5 + (n % 3),
        legPainSpread: false,
        newSymptoms: [],
      });
      morningChecks.push({
        date: day(n + 1),
        pain: 3,
        stiffness: 'usual',
        comparedWithUsual: 'same',
        newSymptoms: [],
      });
    }
  }
  const measures: Journal['measures'] = [0, 28, 56, 84].flatMap((n, i) => [
    { instrument: 'odi' as const, score: 34 - i * 4, takenOn: day(n) },
    { instrument: 'nprs' as const, score: 6 - i, takenOn: day(n) },
  ]);
  return { entries, morningChecks, measures, symptomReports: [] };
}

const journals = plans.map(twelveWeeks);
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

export function benchPlans() {
  report(
    `Plans and progression (${results.length} example assessments; journals of 12 weeks, ${journals[0]?.entries.length ?? 0} sessions)`,
    [
      measure('generatePlan', (i) =>
        generatePlan(pick(results, i), CATALOG, { redFlagReview: REVIEW }),
      ),
      measure('proposeChanges (12 weeks of journal)', (i) => {
        const j = i % plans.length;
        const journal = pick(journals, j);
        return proposeChanges(pick(plans, j), journal, journal.measures, day(85), {
          baseline: pick(baselines, j),
        });
      }),
    ],
    { generatePlan: 20_000, 'proposeChanges (12 weeks of journal)': 10_000 },
  );
}
