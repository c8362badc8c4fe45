import type { Dose } from '@backplan/core';
import type { Completion, ExerciseLog } from '../patient-api';
import { setTarget, sidesOf } from '../shared/dose-target';

/** The session form as the patient fills it in; `null` is "not answered yet". */
export interface LogState {
  readonly completions: Readonly<Record<string, Completion>>;
  readonly painBefore: number | null;
  readonly painDuring: number | null;
  readonly effort: number | null;
  readonly legPainSpread: boolean | null;
  readonly newSymptoms: readonly string[];
  readonly notes: string;
}

export interface LogExercise {
  readonly exerciseId: string;
  readonly name: string;
  readonly dose: Dose | undefined;
}

/** What the sets ticked off on the Today screen already say about each exercise. */
export function initialState(
  exercises: readonly LogExercise[],
  counts: Readonly<Record<string, number>>,
): LogState {
  const completions: Record<string, Completion> = {};
  for (const e of exercises) {
    const target = setTarget(e.dose);
    const count = counts[e.exerciseId] ?? 0;
    if (target !== null && count >= target) completions[e.exerciseId] = 'done';
    else if (count > 0) completions[e.exerciseId] = 'partial';
  }
  return {
    completions,
    painBefore: null,
    painDuring: null,
    effort: null,
    legPainSpread: null,
    newSymptoms: [],
    notes: '',
  };
}

/**
 * What still needs an answer before the form can be sent, in the order of the form: field names
 * as the server names them in the body (`exercises.0.completion`).
 */
export function missingFields(state: LogState, exercises: readonly LogExercise[]): string[] {
  const unanswered = (['painBefore', 'painDuring', 'effort', 'legPainSpread'] as const).filter(
    (field) => state[field] === null,
  );
  return [
    ...exercises.flatMap((e, i) =>
      state.completions[e.exerciseId] === undefined ? [`exercises.${String(i)}.completion`] : [],
    ),
    ...unanswered,
  ];
}

/** The request body (record-journal.ts); call only when `missingFields` is empty. */
export function toBody(props: {
  state: LogState;
  exercises: readonly LogExercise[];
  counts: Readonly<Record<string, number>>;
  clientKey: string;
  planId: string;
  performedOn: string;
}) {
  const { state, exercises, counts } = props;
  const logs: ExerciseLog[] = exercises.map((e) => {
    const completion = state.completions[e.exerciseId] ?? 'skipped-other';
    const count = counts[e.exerciseId] ?? 0;
    const sets = e.dose === undefined ? 0 : Math.floor(count / sidesOf(e.dose));
    return sets > 0 && completion !== 'skipped-pain' && completion !== 'skipped-other'
      ? { exerciseId: e.exerciseId, completion, done: { sets } }
      : { exerciseId: e.exerciseId, completion };
  });
  const notes = state.notes.trim();
  return {
    clientKey: props.clientKey,
    planId: props.planId,
    performedOn: props.performedOn,
    exercises: logs,
    painBefore: state.painBefore ?? 0,
    painDuring: state.painDuring ?? 0,
    effort: state.effort ?? 0,
    legPainSpread: state.legPainSpread ?? false,
    newSymptoms: [...state.newSymptoms],
    ...(notes === '' ? {} : { notes }),
  };
}
