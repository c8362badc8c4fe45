import type { rescoreGoals } from '@backplan/core';
import type { Kysely } from 'kysely';
import { readJson } from './dialect.js';
import type { Database } from './schema.js';

/**
 * The measure kinds a plan's goals are scored on: the ODI and RMDQ scores, the PSFS ratings (its
 * answers: one `{ activity, rating }` per activity) and the walking minutes a day.
 */
const GOAL_KINDS = ['odi', 'rmdq', 'psfs', 'walking-minutes-per-day'] as const;

/** The latest measures as the core's `rescoreGoals` takes them. */
export type GoalMeasures = Parameters<typeof rescoreGoals>[1];

function psfsRatings(answers: unknown): { activity: string; rating: number | null }[] | undefined {
  const value = readJson(answers);
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((a: unknown) => {
    if (typeof a !== 'object' || a === null) return [];
    const { activity, rating } = a as { activity?: unknown; rating?: unknown };
    if (typeof activity !== 'string') return [];
    return [{ activity, rating: typeof rating === 'number' ? rating : null }];
  });
}

/**
 * The patient's latest value of each measure a goal can name (latest by the day it was taken,
 * then by when it was recorded), as the core's `rescoreGoals` takes them.
 */
export async function latestGoalMeasures(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string,
): Promise<GoalMeasures> {
  const rows = await db
    .selectFrom('measure')
    .select(['kind', 'value', 'answers'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('kind', 'in', GOAL_KINDS)
    .orderBy('taken_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  const latest = (kind: (typeof GOAL_KINDS)[number]) => rows.find((r) => r.kind === kind);
  const odi = latest('odi');
  const rmdq = latest('rmdq');
  const psfs = latest('psfs');
  const walking = latest('walking-minutes-per-day');
  const ratings = psfs === undefined ? undefined : psfsRatings(psfs.answers);
  return {
    ...(odi === undefined ? {} : { odi: odi.value }),
    ...(rmdq === undefined ? {} : { rmdq: rmdq.value }),
    ...(ratings === undefined ? {} : { psfs: ratings }),
    ...(walking === undefined ? {} : { walkingMinutesPerDay: walking.value }),
  };
}
