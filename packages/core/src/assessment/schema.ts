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
  SETTINGS,
  SEXES,
  SYMPTOM_EXTENTS,
  SYMPTOM_SIDES,
  WORK_DEMANDS,
  WORK_STATUSES,
} from './vocabulary.js';

/** Version of the Assessment input format; a change to its shape bumps it. */
export const ASSESSMENT_SCHEMA_VERSION = 1;

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

const redFlagShape = Object.fromEntries(
  RED_FLAG_QUESTIONS.map((q) => [q.id, redFlagAnswerSchema.optional().describe(q.text)]),
) as Record<RedFlagQuestionId, z.ZodOptional<typeof redFlagAnswerSchema>>;

export const assessmentSchema = z
  .strictObject({
    schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
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
    history: z.strictObject({
      onsetDate: isoDate.describe('When this episode began.'),
      onsetType: z.enum(['sudden', 'gradual']).optional(),
      mechanism: z.string().max(500).optional(),
      previousEpisodes: z.number().int().min(0).max(100),
      comorbidities: z.array(z.enum(COMORBIDITIES)).default([]),
      medications: z.array(z.string().min(1).max(200)).max(50).default([]),
      treatmentsTried: z.array(z.string().min(1).max(200)).max(50).default([]),
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
      })
      .default({}),
    goals: z
      .array(z.strictObject({ area: z.enum(GOAL_AREAS), text: z.string().min(1).max(300) }))
      .max(10)
      .default([]),
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
