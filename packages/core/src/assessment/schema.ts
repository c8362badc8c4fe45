import { z } from 'zod';
import { NOT_ASKED_REASON_MAX } from '../red-flags/input.js';
import { RED_FLAG_QUESTIONS } from '../red-flags/questions.js';
import { calendarDate } from './calendar-date.js';
import { measureValueSchema as measure } from './physical-measures.js';
import { MAX_OPTION_INDEX } from '../instruments/registry.js';
import type { RedFlagQuestionId } from '../red-flags/types.js';
import {
  ACTIVITIES,
  COMORBIDITIES,
  EQUIPMENT,
  EXERCISE_CATEGORIES,
  GOAL_AREAS,
  MOVEMENT_RESPONSES,
  OUTLOOKS,
  PREGNANCY_TRIMESTERS,
  SETTINGS,
  SEXES,
  SYMPTOM_EXTENTS,
  SYMPTOM_SIDES,
  TREATMENT_REQUESTS,
  WORK_DEMANDS,
  WORK_STATUSES,
} from './vocabulary.js';

/**
 * Version of the Assessment input format; a change to its shape bumps it. Version 1 input is
 * still read: `migrateAssessment` (migrate.ts) turns it into this version first.
 */
export const ASSESSMENT_SCHEMA_VERSION = 2;

/** The version field: json-schema.ts widens it to every version Backplan reads. */
export const schemaVersionSchema = z
  .literal(ASSESSMENT_SCHEMA_VERSION, {
    error: `schemaVersion must be ${ASSESSMENT_SCHEMA_VERSION} (files of version 1 are read too).`,
  })
  .describe('Version of the format: 2 (a version 1 file is read as version 2).');

const isoDate = calendarDate.describe('A calendar date, YYYY-MM-DD.');
const nprs = z.number().int().min(0).max(10);
const sided = <T extends z.ZodType>(value: T) =>
  z.strictObject({ left: value.optional(), right: value.optional() });

/** The most answers any questionnaire takes (RMDQ has 24 items). */
export const MAX_ANSWERS = 30;

function isAnswerList(value: unknown): value is (number | null)[] {
  if (!Array.isArray(value) || value.length > MAX_ANSWERS) return false;
  for (const v of value as unknown[]) {
    if (v === null) continue;
    // An option index of some instrument: -1e308 or 1e308 is no answer at all. Each
    // instrument's own options are checked when it is scored.
    if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > MAX_OPTION_INDEX) return false;
  }
  return true;
}

/**
 * Answers to a questionnaire: the index of the chosen option per item, or null if skipped.
 * Checked by one loop rather than zod's per-element parse, which cost 1 us per questionnaire of
 * the 2 us budget an assessment has (measured); json-schema.ts publishes its JSON Schema.
 */
export const answersSchema = z.custom<(number | null)[]>(isAnswerList, {
  message: `Expected a list of at most ${MAX_ANSWERS} answers, each an option index (a whole number from 0 to ${MAX_OPTION_INDEX}) or null.`,
});
const answers = answersSchema;

/**
 * An answer to a red-flag question: yes, no, or not asked with the reason (red-flags.md: every
 * question is answered one of these ways before a plan; leaving it out leaves the screen open).
 */
export const redFlagAnswerSchema = z.union([
  z.boolean(),
  z.strictObject({
    notAsked: z
      .string()
      .trim()
      .min(1)
      .max(NOT_ASKED_REASON_MAX)
      .describe('Why the question was not asked (1-500 characters).'),
  }),
]);

/** Body temperature in degrees Celsius, as a thermometer reads it: 30-45, at most one decimal. */
const TEMPERATURE_MESSAGE =
  'Temperature must be in degrees Celsius between 30 and 45, with at most one decimal.';
const temperatureCelsius = z
  .number({ error: TEMPERATURE_MESSAGE })
  .min(30, TEMPERATURE_MESSAGE)
  .max(45, TEMPERATURE_MESSAGE)
  .refine((t) => Math.abs(t * 10 - Math.round(t * 10)) < 1e-9, TEMPERATURE_MESSAGE);

/** The fewest and most feared activities a graded-exposure hierarchy holds [design]. */
export const FEAR_HIERARCHY_SIZE = { min: 3, max: 6 } as const;

/** One feared activity of a hierarchy: what it is, and how much the patient fears it (0-100). */
export const fearedActivitySchema = z.strictObject({
  activity: z
    .string()
    .trim()
    .min(1, 'The feared activity must be named (1-200 characters).')
    .max(200, 'The feared activity must be named (1-200 characters).'),
  fear: z
    .number()
    .int('Fear is a whole number from 0 to 100.')
    .min(0, 'Fear is a whole number from 0 to 100.')
    .max(100, 'Fear is a whole number from 0 to 100.'),
});

/** The feared activities the therapist records for graded exposure: 3 to 6 of them. */
export const fearHierarchySchema = z
  .array(fearedActivitySchema)
  .min(
    FEAR_HIERARCHY_SIZE.min,
    `A fear hierarchy lists ${FEAR_HIERARCHY_SIZE.min} to ${FEAR_HIERARCHY_SIZE.max} feared activities.`,
  )
  .max(
    FEAR_HIERARCHY_SIZE.max,
    `A fear hierarchy lists ${FEAR_HIERARCHY_SIZE.min} to ${FEAR_HIERARCHY_SIZE.max} feared activities.`,
  )
  .describe('Feared activities for graded exposure, 3 to 6, each with the fear it raises (0-100).');

/** The treatments a patient asks for, each once (json-schema.ts marks them unique). */
export const treatmentRequestsSchema = z
  .array(z.enum(TREATMENT_REQUESTS))
  .refine((r) => new Set(r).size === r.length, 'Each treatment request is listed once.');

const redFlagShape = Object.fromEntries(
  RED_FLAG_QUESTIONS.map((q) => [q.id, redFlagAnswerSchema.optional().describe(q.text)]),
) as Record<RedFlagQuestionId, z.ZodOptional<typeof redFlagAnswerSchema>>;

export const assessmentSchema = z
  .strictObject({
    schemaVersion: schemaVersionSchema,
    id: z.string().min(1).max(100).optional(),
    kind: z.enum(['initial', 'reassessment']).default('initial'),
    assessedOn: isoDate.optional().describe('Date of the assessment; the default as-of date.'),
    patient: z.strictObject({
      age: z.number().int().min(16).max(120).describe('Age in whole years (adults, 16+).'),
      sex: z.enum(SEXES),
      workStatus: z.enum(WORK_STATUSES).optional(),
      workDemand: z.enum(WORK_DEMANDS).optional(),
      occupation: z.string().max(200).optional(),
    }),
    history: z
      .strictObject({
        onsetDate: isoDate.describe('When this episode began.'),
        onsetType: z.enum(['sudden', 'gradual']).optional(),
        mechanism: z.string().max(500).optional(),
        previousEpisodes: z.number().int().min(0).max(100),
        ageAtFirstOnset: z
          .number()
          .int('Age at first onset is a whole number of years from 0 to 120.')
          .min(0, 'Age at first onset is a whole number of years from 0 to 120.')
          .max(120, 'Age at first onset is a whole number of years from 0 to 120.')
          .optional()
          .describe(
            "Age in years when back pain first began (any episode), at most the patient's age.",
          ),
        fallsInLastYear: z
          .number()
          .int('Falls in the last year is a whole number from 0 to 100.')
          .min(0, 'Falls in the last year is a whole number from 0 to 100.')
          .max(100, 'Falls in the last year is a whole number from 0 to 100.')
          .optional()
          .describe('Falls in the last 12 months.'),
        comorbidities: z.array(z.enum(COMORBIDITIES)).default([]).describe('Other conditions.'),
        pregnancyTrimester: z
          .union(
            PREGNANCY_TRIMESTERS.map((t) => z.literal(t)),
            { error: 'Pregnancy trimester is 1, 2 or 3.' },
          )
          .optional()
          .describe('Trimester (1, 2 or 3), only when pregnancy is among the other conditions.'),
        medications: z.array(z.string().min(1).max(200)).max(50).default([]),
        treatmentsTried: z.array(z.string().min(1).max(200)).max(50).default([]),
      })
      .refine((h) => h.pregnancyTrimester === undefined || h.comorbidities.includes('pregnancy'), {
        path: ['pregnancyTrimester'],
        message:
          'Pregnancy trimester is only recorded when pregnancy is among the other conditions.',
      }),
    symptoms: z.strictObject({
      extent: z.enum(SYMPTOM_EXTENTS).describe('Furthest point the symptoms reach.'),
      side: z.enum(SYMPTOM_SIDES),
      pattern: z.enum(['constant', 'intermittent']),
      legNumbnessOrTingling: z.boolean().default(false),
      morningStiffnessMinutes: z.number().int().min(0).max(1440).optional(),
      aggravating: z.array(z.enum(ACTIVITIES)).default([]),
      easing: z.array(z.enum(ACTIVITIES)).default([]),
    }),
    pain: z.strictObject({
      now: nprs.describe('NPRS 0-10, pain now.'),
      worst24h: nprs.optional().describe('NPRS 0-10, worst pain in the last 24 hours.'),
    }),
    redFlags: z
      .strictObject(redFlagShape)
      .describe(
        'Answers to the red-flag questions: true (yes), false (no) or { "notAsked": reason }. A plan waits until every question is answered.',
      ),
    questionnaires: z
      .strictObject({
        odi: answers.optional(),
        rmdq: answers.optional(),
        startback: answers.optional(),
        fabq: answers.optional(),
        pseq: answers.optional(),
        psfs: z
          .array(
            z.strictObject({
              activity: z.string().min(1).max(200),
              rating: z.number().int().min(0).max(10).nullable(),
            }),
          )
          .max(10)
          .optional(),
      })
      .default({}),
    examination: z
      .strictObject({
        lumbarHypomobility: z.boolean().optional(),
        aberrantMovement: z.boolean().optional(),
        proneInstabilityTest: z.enum(['positive', 'negative']).optional(),
        temperatureCelsius: temperatureCelsius
          .optional()
          .describe(
            'Measured body temperature, degrees Celsius (30-45, one decimal); 38.0 or more is a fever.',
          ),
        legWeakness: z.boolean().optional().describe('Weakness of a leg found on examination.'),
        repeatedMovements: z
          .strictObject({
            flexion: z.enum(MOVEMENT_RESPONSES).optional(),
            extension: z.enum(MOVEMENT_RESPONSES).optional(),
            sideGlideLeft: z.enum(MOVEMENT_RESPONSES).optional(),
            sideGlideRight: z.enum(MOVEMENT_RESPONSES).optional(),
          })
          .default({}),
      })
      .default({ repeatedMovements: {} }),
    measures: z
      .strictObject({
        fingertipToFloorCm: measure('fingertip-to-floor-cm').optional(),
        straightLegRaiseDeg: sided(measure('straight-leg-raise-deg')).optional(),
        hipInternalRotationDeg: sided(measure('hip-internal-rotation-deg')).optional(),
        bieringSorensenSeconds: measure('biering-sorensen-s').optional(),
        trunkFlexorEnduranceSeconds: measure('trunk-flexor-endurance-s').optional(),
        sideBridgeSeconds: sided(measure('side-bridge-s')).optional(),
        fiveTimesSitToStandSeconds: measure('five-times-sit-to-stand-s').optional(),
        walkingMinutesPerDay: measure('walking-minutes-per-day').optional(),
        stepsPerDay: measure('steps-per-day').optional(),
        walkingToleranceMinutes: measure('walking-tolerance-min')
          .optional()
          .describe('Minutes the patient can walk before symptoms stop them.'),
      })
      .default({}),
    goals: z
      .array(z.strictObject({ area: z.enum(GOAL_AREAS), text: z.string().min(1).max(300) }))
      .max(10)
      .default([]),
    expectations: z
      .strictObject({
        requests: treatmentRequestsSchema.default([]).describe('Treatments the patient asks for.'),
        outlook: z.enum(OUTLOOKS).optional().describe('What the patient expects of their back.'),
        notes: z.string().max(500, 'Expectation notes are at most 500 characters.').optional(),
      })
      .optional()
      .describe("The patient's own treatment requests and expectations."),
    fearHierarchy: fearHierarchySchema.optional(),
    preferences: z
      .strictObject({
        likes: z.array(z.enum(EXERCISE_CATEGORIES)).default([]),
        dislikes: z.array(z.enum(EXERCISE_CATEGORIES)).default([]),
        settings: z.array(z.enum(SETTINGS)).default([]),
      })
      .default({ likes: [], dislikes: [], settings: [] }),
    equipment: z.array(z.enum(EQUIPMENT)).default([]),
    minutesPerDay: z
      .number()
      .int()
      .min(5)
      .max(240)
      .describe('Minutes a day the patient can give to the home programme.'),
  })
  .describe('A low back pain assessment: the input of assess().');

/** An assessment as accepted by `assess` (defaults filled in). */
export type Assessment = z.output<typeof assessmentSchema>;
/** An assessment as written in a file (defaults may be left out). */
export type AssessmentInput = z.input<typeof assessmentSchema>;
