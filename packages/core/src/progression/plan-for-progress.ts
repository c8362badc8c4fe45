import { z } from 'zod';
import { calendarDate } from '../assessment/calendar-date.js';
import { doseSchema, frequencySchema } from '../catalog/dose.js';
import type { Plan, PlanExercise } from '../plan/types.js';

/** The part of a plan that progression reads; any full `Plan` is one. */
export interface PlanForProgress {
  readonly startDate: Plan['startDate'];
  readonly exercises: readonly Pick<
    PlanExercise,
    'exerciseId' | 'name' | 'level' | 'dose' | 'frequency'
  >[];
}

/** Validates a plan read from a file (e.g. `backplan plan --json`) for progression. */
export const planForProgressSchema = z.object({
  startDate: calendarDate,
  exercises: z
    .array(
      z.object({
        exerciseId: z.string().min(1).max(100),
        name: z.string().min(1).max(200),
        level: z.number().int().min(1).max(5),
        dose: doseSchema,
        frequency: frequencySchema,
      }),
    )
    .max(20),
}) satisfies z.ZodType<PlanForProgress>;
