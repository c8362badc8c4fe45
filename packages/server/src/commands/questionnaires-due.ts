import {
  assessmentOutcomes,
  migrateAssessment,
  questionnairesDue,
  type Assessment,
  type AssessmentOutcomes,
} from '@backplan/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { readJson } from '../db/dialect.js';
import { activePlanVersion } from '../db/plan-content.js';
import type { Database, PatientRow } from '../db/schema.js';
import {
  presentDueQuestionnaire,
  type dueQuestionnairesView,
} from '../presenters/questionnaire.js';

const NONE: AssessmentOutcomes = { instruments: [], psfsActivities: [] };

/**
 * The questionnaires the patient's latest assessment used that are repeated during the plan (NPRS
 * always; ODI, RMDQ, PSFS as used), with the PSFS activities the patient named. None before any
 * assessment.
 */
export async function latestOutcomes(
  db: Kysely<Database>,
  patient: Pick<PatientRow, 'clinic_id' | 'id'>,
): Promise<AssessmentOutcomes> {
  const row = await db
    .selectFrom('assessment')
    .select('answers')
    .where('clinic_id', '=', patient.clinic_id)
    .where('patient_id', '=', patient.id)
    .orderBy('assessed_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  // Stored as validated by the core (defaults filled in), so the questionnaires are there; an
  // earlier version's row is migrated on read.
  return row === undefined
    ? NONE
    : assessmentOutcomes(migrateAssessment(readJson(row.answers)) as Assessment);
}

/**
 * What the patient should answer as of a date (the core's rule: every two weeks from the active
 * plan's start and at the week-4 review, unless answered in the 7 days before), with the items to
 * render. Nothing is due without an active plan or an assessment.
 */
export async function readDueQuestionnaires(props: {
  trx: Kysely<Database>;
  patient: Pick<PatientRow, 'clinic_id' | 'id'>;
  asOf: string;
}): Promise<z.output<typeof dueQuestionnairesView>> {
  const { trx, patient, asOf } = props;
  const none = { asOf, questionnaires: [], nextOn: null };
  const plan = await activePlanVersion(trx, patient.clinic_id, patient.id);
  if (plan === undefined) return none;
  const outcomes = await latestOutcomes(trx, patient);
  if (outcomes.instruments.length === 0) return none;
  const answered = await trx
    .selectFrom('measure')
    .select(['kind', 'taken_on'])
    .where('clinic_id', '=', patient.clinic_id)
    .where('patient_id', '=', patient.id)
    .where('kind', 'in', outcomes.instruments)
    .execute();
  const answeredOn: Record<string, string[]> = {};
  for (const m of answered) (answeredOn[m.kind] ??= []).push(m.taken_on);
  const schedule = questionnairesDue({
    planStart: plan.content.startDate,
    instruments: outcomes.instruments,
    answeredOn,
    asOf,
  });
  return {
    asOf,
    questionnaires: schedule.due.map((d) => presentDueQuestionnaire(d, outcomes.psfsActivities)),
    nextOn: schedule.nextOn,
  };
}
