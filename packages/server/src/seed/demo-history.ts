import type { Journal, JournalEntry, MorningCheck, Plan } from '@backplan/core';
import type { DemoPatient } from './demo-people.js';

const DAY_MS = 86_400_000;
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A believable journal for a demo patient: three sessions a week of the whole programme since the
 * plan started, a morning check after each, pain falling, stalling, or the logging petering out.
 */
export function demoJournal(p: DemoPatient, plan: Plan, start: Date, today: Date): Journal {
  const entries: JournalEntry[] = [];
  const morningChecks: MorningCheck[] = [];
  const totalDays = p.weeks * 7;
  for (let day = 1; day < totalDays; day++) {
    if (![1, 3, 5].includes(day % 7)) continue;
    const week = Math.floor(day / 7);
    if (p.course === 'disengaging' && week >= 2) break;
    const date = new Date(start.getTime() + day * DAY_MS);
    if (date >= today) break;
    const progress = day / totalDays;
    const before =
      p.course === 'stalled' ? 5 + (day % 2) : Math.max(1, Math.round(5 - 3 * progress));
    const during = Math.min(
      10,
      before + (p.course === 'stalled' ? 1 : 0) + (day % 3 === 0 ? 1 : 0),
    );
    entries.push({
      id: `demo-${p.email}-${day}`,
      performedOn: isoDay(date),
      exercises: plan.exercises.map((e) => ({
        exerciseId: e.exerciseId,
        completion: 'done' as const,
      })),
      painBefore: before,
      painDuring: during,
      effort: p.course === 'stalled' ? 7 : 5,
      legPainSpread: false,
      newSymptoms: [],
      ...(day === 1
        ? { notes: 'First go at the programme. Took a while to get the hang of it.' }
        : {}),
    });
    morningChecks.push({
      date: isoDay(new Date(date.getTime() + DAY_MS)),
      pain: before,
      stiffness: 'usual',
      comparedWithUsual: p.course === 'improving' && week >= 2 ? 'better' : 'same',
    });
  }
  const baseline = isoDay(start);
  const fourWeeks = new Date(start.getTime() + 28 * DAY_MS);
  const measures: Journal['measures'] = [];
  if (fourWeeks < today) {
    const drop = p.course === 'improving' ? 12 : 2;
    measures.push(
      { instrument: 'odi', score: 30, takenOn: baseline },
      { instrument: 'odi', score: 30 - drop, takenOn: isoDay(fourWeeks) },
      { instrument: 'nprs', score: 6, takenOn: baseline },
      { instrument: 'nprs', score: p.course === 'improving' ? 3 : 6, takenOn: isoDay(fourWeeks) },
    );
  }
  return { entries, morningChecks, measures };
}
