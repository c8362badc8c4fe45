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

/** The field names of the form, as the server names them in the body (`exercises.0.completion`). */
export type Problems = Readonly<Record<string, 'required'>>;

/** What still needs an answer before the form can be sent. */
export function problemsOf(state: LogState, exercises: readonly LogExercise[]): Problems {
  const problems: Record<string, 'required'> = {};
  exercises.forEach((e, i) => {
    if (state.completions[e.exerciseId] === undefined)
      problems[`exercises.${i}.completion`] = 'required';
  });
  if (state.painBefore === null) problems.painBefore = 'required';
  if (state.painDuring === null) problems.painDuring = 'required';
  if (state.effort === null) problems.effort = 'required';
  if (state.legPainSpread === null) problems.legPainSpread = 'required';
  return problems;
}

/** The request body (record-journal.ts); call only when `problemsOf` is empty. */
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
