import { formatDate, toUtcDate } from '../assessment/parse.js';
import type { Catalog } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import type { PlanForProgress } from './plan-for-progress.js';

type PlanExercise = PlanForProgress['exercises'][number];
import { doneFraction, progressDose, regressDose } from './dose-steps.js';
import type { ExerciseLog, Journal, JournalEntry, MorningCheck } from './journal.js';
import { EXTRAPOLATION_NOTE, PAIN_MONITORING as PM } from './rules.js';
import type { ExerciseProposal } from './types.js';

/** One logged session of one exercise, with the check of the morning after it. */
export interface Session {
  readonly entry: JournalEntry;
  readonly log: ExerciseLog;
  readonly morning: MorningCheck | undefined;
}

const PAIN_STOPS: readonly ExerciseLog['completion'][] = ['stopped-pain', 'skipped-pain'];
const EVIDENCE: readonly EvidenceId[] = ['silbernagel-2007', 'acsm-dosing'];

/** The day after an ISO date; by string for days 1-27 (most of them), which runs per session. */
function nextDay(date: string): string {
  const day = Number(date.slice(8, 10));
  if (date.length === 10 && day >= 1 && day <= 27) {
    return `${date.slice(0, 8)}${day < 9 ? '0' : ''}${day + 1}`;
  }
  const d = toUtcDate(date);
  return d === null ? '' : formatDate(new Date(d.getTime() + 86_400_000));
}

/** A journal indexed once for an evaluation: sessions in date order, mornings by date. */
export interface IndexedJournal {
  /** Entries in date order, each with the check of the morning after it. */
  readonly entries: readonly {
    readonly entry: JournalEntry;
    readonly morning: MorningCheck | undefined;
  }[];
}

/** Sorts the entries up to and including `asOf` once, so each exercise does not have to. */
export function indexJournal(journal: Journal, asOf: string): IndexedJournal {
  const entries = journal.entries.filter((e) => e.performedOn <= asOf);
  entries.sort((a, b) =>
    a.performedOn < b.performedOn ? -1 : a.performedOn > b.performedOn ? 1 : 0,
  );
  const mornings = new Map(journal.morningChecks.map((m) => [m.date, m]));
  return {
    entries: entries.map((entry) => ({ entry, morning: mornings.get(nextDay(entry.performedOn)) })),
  };
}

/** The sessions in which an exercise was logged, oldest first. */
export function sessionsOf(exerciseId: string, journal: IndexedJournal): Session[] {
  const sessions: Session[] = [];
  for (const { entry, morning } of journal.entries) {
    const log = entry.exercises.find((x) => x.exerciseId === exerciseId);
    if (log !== undefined) sessions.push({ entry, log, morning });
  }
  return sessions;
}

const painDuring = (s: Session) => s.log.painDuring ?? s.entry.painDuring;
const effort = (s: Session) => s.log.effort ?? s.entry.effort;
const settled = (m: MorningCheck | undefined) =>
  m !== undefined && m.comparedWithUsual !== 'worse' && m.stiffness !== 'more';

/** Why a session fails the pain-monitoring rule; empty when it was acceptable. */
export function unacceptable(s: Session): string[] {
  const out: string[] = [];
  const during = painDuring(s);
  if (during > PM.maxPainDuring)
    out.push(`pain during was ${during}/10 (above ${PM.maxPainDuring})`);
  if (during - s.entry.painBefore > PM.maxRiseDuring)
    out.push(
      `pain rose ${during - s.entry.painBefore} points during (more than ${PM.maxRiseDuring})`,
    );
  if (s.morning === undefined) out.push('no next-morning check');
  else if (!settled(s.morning)) out.push('not back to usual the next morning');
  return out;
}

/** One step easier: the previous level of its chain, or the dose down about 25%. */
export function regressExercise(
  item: PlanExercise,
  catalog: Catalog,
  reasons: string[],
): ExerciseProposal {
  const e = catalog.exercises.find((x) => x.id === item.exerciseId);
  const previous =
    e?.chain.previous === undefined
      ? undefined
      : catalog.exercises.find((x) => x.id === e.chain.previous);
  const base = { exerciseId: item.exerciseId, name: item.name, action: 'regress' as const };
  const evidence: EvidenceId[] = [...EVIDENCE, 'tbc-2016'];
  if (previous !== undefined) {
    return {
      ...base,
      change: {
        variable: 'level',
        from: item.level,
        to: previous.level,
        toExerciseId: previous.id,
        dose: previous.dose,
      },
      reasons: [
        ...reasons,
        `Back one step in its progression, to ${previous.name}.`,
        EXTRAPOLATION_NOTE,
      ],
      evidence,
    };
  }
  const step = regressDose(item.dose);
  return {
    ...base,
    change: step,
    reasons: [
      ...reasons,
      `Dose down about 25%: ${step.variable} ${step.from} -> ${step.to}.`,
      EXTRAPOLATION_NOTE,
    ],
    evidence,
  };
}

function progress(item: PlanExercise, catalog: Catalog, reasons: string[]): ExerciseProposal {
  const base = { exerciseId: item.exerciseId, name: item.name };
  const step = progressDose(item.dose);
  if (step !== null) {
    return {
      ...base,
      action: 'progress',
      change: step,
      reasons: [
        ...reasons,
        `One variable up about 10%: ${step.variable} ${step.from} -> ${step.to}.`,
        EXTRAPOLATION_NOTE,
      ],
      evidence: EVIDENCE,
    };
  }
  const e = catalog.exercises.find((x) => x.id === item.exerciseId);
  const next =
    e?.chain.next === undefined ? undefined : catalog.exercises.find((x) => x.id === e.chain.next);
  if (next === undefined) {
    return {
      ...base,
      action: 'hold',
      reasons: [
        ...reasons,
        'At the top of its dose and its progression chain: keep it as a maintenance exercise.',
      ],
      evidence: EVIDENCE,
    };
  }
  return {
    ...base,
    action: 'progress',
    change: {
      variable: 'level',
      from: item.level,
      to: next.level,
      toExerciseId: next.id,
      dose: next.dose,
    },
    reasons: [
      ...reasons,
      `Dose ceiling reached: next step in its progression, ${next.name}.`,
      EXTRAPOLATION_NOTE,
    ],
    evidence: EVIDENCE,
  };
}

/**
 * Progress, hold or regress one exercise from its last sessions (progression.md; silbernagel-2007,
 * extrapolated). Regression first: pain or stiffness still raised the next morning, pain spreading
 * down the leg, or two sessions in a row stopped or skipped for pain. Progress needs the last two
 * sessions acceptable, at least 90% of the dose done and effort 6/10 or less. Otherwise hold.
 */
export function proposeForExercise(
  item: PlanExercise,
  sessions: readonly Session[],
  catalog: Catalog,
): ExerciseProposal {
  const hold = (reasons: string[]): ExerciseProposal => ({
    exerciseId: item.exerciseId,
    name: item.name,
    action: 'hold',
    reasons: [...reasons, EXTRAPOLATION_NOTE],
    evidence: EVIDENCE,
  });
  const last = sessions.at(-1);
  if (last === undefined) return hold(['No sessions of this exercise logged yet.']);
  const regressWhy: string[] = [];
  if (last.morning !== undefined && !settled(last.morning))
    regressWhy.push(
      `Pain or stiffness was still raised the morning after ${last.entry.performedOn}.`,
    );
  if (last.entry.legPainSpread)
    regressWhy.push(
      `Pain spread further down the leg on ${last.entry.performedOn} (peripheralisation).`,
    );
  const lastTwo = sessions.slice(-2);
  if (lastTwo.length === 2 && lastTwo.every((s) => PAIN_STOPS.includes(s.log.completion)))
    regressWhy.push('The last 2 sessions were stopped or skipped because of pain.');
  if (regressWhy.length > 0) return regressExercise(item, catalog, regressWhy);

  const recent = sessions.slice(-PM.sessionsToProgress);
  if (recent.length < PM.sessionsToProgress)
    return hold([
      `Only ${recent.length} session logged: progression needs ${PM.sessionsToProgress}.`,
    ]);
  const why: string[] = [];
  for (const s of recent) {
    const problems = unacceptable(s);
    if (problems.length > 0) why.push(`${s.entry.performedOn}: ${problems.join('; ')}.`);
    const fraction = doneFraction(item.dose, s.log);
    if (fraction < PM.minDoneFraction)
      why.push(
        `${s.entry.performedOn}: ${Math.round(fraction * 100)}% of the dose done (needs ${PM.minDoneFraction * 100}%).`,
      );
    if (effort(s) > PM.maxEffortToProgress)
      why.push(
        `${s.entry.performedOn}: effort ${effort(s)}/10 (progress needs ${PM.maxEffortToProgress} or less).`,
      );
  }
  if (why.length > 0) return hold(why);
  return progress(item, catalog, [
    `The last ${PM.sessionsToProgress} sessions were comfortable (pain during 5/10 or less, no rise over 2, settled by morning), the full dose was done and effort was moderate.`,
  ]);
}
