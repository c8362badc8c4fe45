/** fast-check arbitraries for valid assessments, shared by property tests. */
import fc from 'fast-check';
import { RED_FLAG_QUESTIONS } from '../red-flags/questions.js';
import type { AssessmentInput } from './schema.js';
import {
  ACTIVITIES,
  COMORBIDITIES,
  EQUIPMENT,
  EXERCISE_CATEGORIES,
  GOAL_AREAS,
  MOVEMENT_RESPONSES,
  SEXES,
  SYMPTOM_EXTENTS,
  SYMPTOM_SIDES,
  OUTLOOKS,
  TREATMENT_REQUESTS,
} from './vocabulary.js';

export const AS_OF = '2026-11-02';
const AS_OF_MS = Date.UTC(2026, 10, 2);

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const subset = <T>(values: readonly T[]) =>
  fc.uniqueArray(pick(values), { maxLength: values.length });
const answers = (items: number, maxIndex: number) =>
  fc.array(fc.option(fc.integer({ min: 0, max: maxIndex }), { freq: 12, nil: null }), {
    minLength: items,
    maxLength: items,
  });

/** Yes, no, or now and then "not asked" with a reason. */
const redFlagAnswer = fc.oneof(
  { weight: 9, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant({ notAsked: 'Not asked: the patient declined.' }) },
);
const redFlagAnswers = Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, redFlagAnswer]));

/** Mostly a complete screen; sometimes questions left out (an incomplete screen). */
const redFlags = fc.oneof(
  { weight: 4, arbitrary: fc.record(redFlagAnswers) },
  { weight: 1, arbitrary: fc.record(redFlagAnswers, { requiredKeys: [] }) },
);

const response = fc.option(pick(MOVEMENT_RESPONSES), { nil: undefined });

/**
 * The history, with the version 2 fields now and then: an age at first onset no later than the
 * patient's age, falls, other conditions, and a trimester only when pregnancy is one of them.
 */
const history = (age: number) =>
  fc
    .record(
      {
        onsetDate: fc
          .integer({ min: 0, max: 3000 })
          .map((d) => new Date(AS_OF_MS - d * 86_400_000).toISOString().slice(0, 10)),
        previousEpisodes: fc.integer({ min: 0, max: 10 }),
        ageAtFirstOnset: fc.integer({ min: 0, max: age }),
        fallsInLastYear: fc.integer({ min: 0, max: 5 }),
        comorbidities: subset(COMORBIDITIES),
        pregnancyTrimester: pick([1, 2, 3] as const),
      },
      { requiredKeys: ['onsetDate', 'previousEpisodes'] },
    )
    .map(({ pregnancyTrimester, ...h }) =>
      pregnancyTrimester !== undefined && h.comorbidities?.includes('pregnancy') === true
        ? { ...h, pregnancyTrimester }
        : h,
    );

/** 3 to 6 feared activities, each with a fear rating. */
const fearHierarchy = fc.array(
  fc.record({
    activity: pick(['Bending to the floor', 'Lifting a bag', 'Running', 'Sitting for an hour']),
    fear: fc.integer({ min: 0, max: 100 }),
  }),
  { minLength: 3, maxLength: 6 },
);

/** A valid assessment, as of AS_OF, with red-flag answers biased towards "no". */
export const validAssessment: fc.Arbitrary<AssessmentInput> = fc
  .integer({ min: 16, max: 100 })
  .chain((age) => assessmentOfAge(age));

const assessmentOfAge = (age: number): fc.Arbitrary<AssessmentInput> =>
  fc.record(
    {
      schemaVersion: fc.constant(2 as const),
      assessedOn: fc.constant(AS_OF),
      patient: fc.record({ age: fc.constant(age), sex: pick(SEXES) }),
      history: history(age),
      symptoms: fc.record({
        extent: pick(SYMPTOM_EXTENTS),
        side: pick(SYMPTOM_SIDES),
        pattern: pick(['constant', 'intermittent'] as const),
        aggravating: subset(ACTIVITIES),
        easing: subset(ACTIVITIES),
      }),
      pain: fc.record({
        now: fc.integer({ min: 0, max: 10 }),
        worst24h: fc.integer({ min: 0, max: 10 }),
      }),
      redFlags,
      questionnaires: fc.record(
        {
          odi: answers(10, 5),
          startback: answers(9, 1).chain((a) =>
            fc.integer({ min: 0, max: 4 }).map((nine) => [...a.slice(0, 8), nine]),
          ),
          fabq: answers(16, 6),
          pseq: answers(10, 6),
          rmdq: answers(24, 1),
        },
        { requiredKeys: [] },
      ),
      examination: fc.record(
        {
          lumbarHypomobility: fc.boolean(),
          aberrantMovement: fc.boolean(),
          proneInstabilityTest: pick(['positive', 'negative'] as const),
          // Mostly afebrile; now and then a fever (38.0 or more), which is an emergency.
          temperatureCelsius: fc
            .oneof(
              { weight: 9, arbitrary: fc.integer({ min: 355, max: 379 }) },
              { weight: 1, arbitrary: fc.integer({ min: 380, max: 410 }) },
            )
            .map((t) => t / 10),
          legWeakness: fc.boolean(),
          repeatedMovements: fc.record(
            {
              flexion: response,
              extension: response,
              sideGlideLeft: response,
              sideGlideRight: response,
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
      measures: fc.record(
        {
          hipInternalRotationDeg: fc.record(
            { left: fc.integer({ min: 0, max: 60 }), right: fc.integer({ min: 0, max: 60 }) },
            { requiredKeys: [] },
          ),
          straightLegRaiseDeg: fc.record(
            { left: fc.integer({ min: 0, max: 120 }), right: fc.integer({ min: 0, max: 120 }) },
            { requiredKeys: [] },
          ),
          fiveTimesSitToStandSeconds: fc.integer({ min: 50, max: 300 }).map((t) => t / 10),
          walkingMinutesPerDay: fc.integer({ min: 0, max: 120 }),
          walkingToleranceMinutes: fc.integer({ min: 0, max: 120 }),
        },
        { requiredKeys: [] },
      ),
      goals: fc.array(fc.record({ area: pick(GOAL_AREAS), text: fc.constant('A goal') }), {
        maxLength: 3,
      }),
      preferences: fc.record({ likes: subset(EXERCISE_CATEGORIES), dislikes: fc.constant([]) }),
      expectations: fc.record(
        {
          requests: subset(TREATMENT_REQUESTS),
          outlook: pick(OUTLOOKS),
          notes: fc.constant('Hopes to be back at the gym by spring.'),
        },
        { requiredKeys: [] },
      ),
      fearHierarchy,
      equipment: subset(EQUIPMENT),
      minutesPerDay: fc.integer({ min: 5, max: 240 }),
    },
    {
      requiredKeys: [
        'schemaVersion',
        'assessedOn',
        'patient',
        'history',
        'symptoms',
        'pain',
        'redFlags',
        'questionnaires',
        'examination',
        'measures',
        'goals',
        'preferences',
        'equipment',
        'minutesPerDay',
      ],
    },
  );
