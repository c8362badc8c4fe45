import {
  isDueOn,
  type Journal,
  type JournalEntry,
  type MorningCheck,
  type Plan,
  type PlanExercise,
} from '@backplan/core';
import type { DemoPatient } from './demo-people.js';

const DAY_MS = 86_400_000;
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The plan's exercises due on a day of the plan (day 0 is the start date), as Today shows them. */
const dueExercises = (plan: Plan, day: number): PlanExercise[] =>
  plan.exercises.filter((e) => isDueOn(e.frequency.daysPerWeek, day % 7));

/**
 * A believable journal for a demo patient: each exercise logged on the days a week it is
 * prescribed since the plan started (so the engagement rule sees a patient on plan), with a morning
 * check after each session. Pain falls (improving), stays at a steady 5 with hard effort (stalled:
 * no progression, and the four-week review shows no important change), or the logging stops
 * after two weeks (disengaging).
 */
export function demoJournal(p: DemoPatient, plan: Plan, start: Date, today: Date): Journal {
  const entries: JournalEntry[] = [];
  const morningChecks: MorningCheck[] = [];
  const totalDays = p.weeks * 7;
  for (let day = 1; day < totalDays; day++) {
    const week = Math.floor(day / 7);
    if (p.course === 'disengaging' && week >= 2) break;
    const date = new Date(start.getTime() + day * DAY_MS);
    if (date >= today) break;
    const due = dueExercises(plan, day);
    if (due.length === 0) continue;
    const progress = day / totalDays;
    const before = p.course === 'stalled' ? 5 : Math.max(1, Math.round(5 - 3 * progress));
    // A little more pain during some sessions, never past the acceptable 5/10 (silbernagel-2007).
    const during = p.course !== 'stalled' && day % 3 === 0 && before <= 3 ? before + 1 : before;
    entries.push({
      id: `demo-${p.email}-${day}`,
      performedOn: isoDay(date),
      exercises: due.map((e) => ({ exerciseId: e.exerciseId, completion: 'done' as const })),
      painBefore: before,
      painDuring: during,
      effort: p.course === 'stalled' ? 7 : 5,
      legPainSpread: false,
      newSymptoms: [],
      ...(day === 1
        ? { notes: 'First go at the programme. Took a while to get the hang of it.' }
        : {}),
    });
    const morning = new Date(date.getTime() + DAY_MS);
    if (morning < today)
      morningChecks.push({
        date: isoDay(morning),
        pain: before,
        stiffness: 'usual',
        comparedWithUsual: p.course === 'improving' && week >= 2 ? 'better' : 'same',
        newSymptoms: [],
      });
  }
  const baseline = isoDay(start);
  const fourWeeks = new Date(start.getTime() + 28 * DAY_MS);
  const measures: Journal['measures'] = [
    { instrument: 'odi', score: 30, takenOn: baseline },
    { instrument: 'nprs', score: 6, takenOn: baseline },
  ];
  // The four-week review, for those still coming (a patient who drifted away missed it).
  if (fourWeeks < today && p.course !== 'disengaging') {
    const improving = p.course === 'improving';
    measures.push(
      { instrument: 'odi', score: improving ? 18 : 28, takenOn: isoDay(fourWeeks) },
      { instrument: 'nprs', score: improving ? 3 : 6, takenOn: isoDay(fourWeeks) },
    );
  }
  return { entries, morningChecks, measures, symptomReports: [] };
}
