import { describe, expect, it } from 'vitest';
import { initialState, missingFields, type LogExercise, type LogState } from './log-form';

const EXERCISES: readonly LogExercise[] = [
  {
    exerciseId: 'bridge',
    name: 'Bridge',
    dose: { kind: 'reps', sets: 2, reps: 10, perSide: false },
  },
  { exerciseId: 'walk', name: 'Walk', dose: { kind: 'duration', minutes: 20 } },
];

const answered: LogState = {
  ...initialState(EXERCISES, {}),
  completions: { bridge: 'done', walk: 'partial' },
  painBefore: 3,
  painDuring: 4,
  effort: 5,
  legPainSpread: false,
};

describe('missingFields: what the session form still needs, in the order of the form', () => {
  const cases: readonly [name: string, state: LogState, missing: readonly string[]][] = [
    [
      'a fresh form needs every answer',
      initialState(EXERCISES, {}),
      [
        'exercises.0.completion',
        'exercises.1.completion',
        'painBefore',
        'painDuring',
        'effort',
        'legPainSpread',
      ],
    ],
    ['a complete form needs nothing', answered, []],
    [
      'one exercise and one rating left',
      { ...answered, completions: { bridge: 'done' }, effort: null },
      ['exercises.1.completion', 'effort'],
    ],
    [
      'leg pain not answered ("no" would be an answer)',
      { ...answered, legPainSpread: null },
      ['legPainSpread'],
    ],
  ];
  it.each(cases)('%s', (_name, state, missing) => {
    expect(missingFields(state, EXERCISES)).toEqual(missing);
  });
});

describe('initialState: the sets ticked off on Today fill in how each exercise went', () => {
  it('marks an exercise done at its target, partial below it, and leaves the rest to answer', () => {
    expect(initialState(EXERCISES, { bridge: 2 }).completions).toEqual({ bridge: 'done' });
    expect(initialState(EXERCISES, { bridge: 1 }).completions).toEqual({ bridge: 'partial' });
    expect(initialState(EXERCISES, { walk: 1 }).completions).toEqual({ walk: 'partial' });
  });
});
