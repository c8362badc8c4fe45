import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import {
  calendarDate,
  isPlausibleMeasure,
  measureRangeMessage,
  physicalMeasure,
  PHYSICAL_MEASURES,
} from '@backplan/core';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { newId } from '../auth/tokens.js';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { MeasureRow } from '../presenters/daily.js';
import { latestAllowedDate } from './record-journal.js';

/** Physical measures a therapist records at re-assessment, kept as a time series (core's list). */
export { PHYSICAL_MEASURES };

export const measureBody = z
  .strictObject({
    kind: z.enum(PHYSICAL_MEASURES),
    side: z.enum(['left', 'right']).optional(),
    value: z.number(),
    takenOn: calendarDate,
  })
  // The plausible range is the measure's, stated once in core beside its definition.
  .superRefine((b, issues) => {
    if (!isPlausibleMeasure(b.kind, b.value)) {
      issues.addIssue({
        code: 'custom',
        path: ['value'],
        message: measureRangeMessage(physicalMeasure(b.kind)),
      });
    }
  });
export type MeasureBody = z.output<typeof measureBody>;

/** Stores one physical measure, audited in the same transaction; never dated in the future. */
export async function recordMeasure(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  body: MeasureBody;
}): Promise<MeasureRow> {
  const { ctx, patient: p, body: b } = props;
  if (b.takenOn > latestAllowedDate(ctx)) {
    throw new AppError('validation-failed', 'A measure cannot be taken in the future.', [
      { path: 'body.takenOn', message: 'Must not be later than today.' },
    ]);
  }
  const row = {
    clinic_id: p.clinic_id,
    id: newId(),
    patient_id: p.id,
    kind: b.kind,
    side: b.side ?? null,
    value: b.value,
    answers: null,
    taken_on: b.takenOn,
    client_key: null,
    created_by: ctx.actor.userId,
    created_at: ctx.now.toISOString(),
  } satisfies MeasureRow;
  await transact(props.db, async (trx) => {
    await trx.insertInto('measure').values(row).execute();
    await recordAudit(trx, ctx, {
      action: 'measure.create',
      resourceType: 'measure',
      resourceId: row.id,
      patientId: p.id,
    });
  });
  return row;
}
