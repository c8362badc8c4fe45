import {
  findBand,
  INSTRUMENTS,
  REPEATED_OUTCOMES,
  type DueQuestionnaire,
  type InstrumentItem,
  type RepeatedOutcome,
} from '@backplan/core';
import { z } from 'zod';
import type { MeasureRow } from './daily.js';

/**
 * Questionnaires as the patient's device sees them: what is due, with the items to render taken
 * from the core's instrument data (our own short paraphrases, never licensed wording), and the
 * score of an answered one.
 */
const option = z.object({
  /** What the answer holds: the option's position, lowest score first. */
  value: z.number(),
  label: z.string(),
});

export const questionnaireItemView = z.object({
  id: z.string(),
  number: z.number(),
  label: z.string(),
  options: z.array(option),
});

export const dueQuestionnaireView = z.object({
  instrument: z.enum(REPEATED_OUTCOMES),
  name: z.string(),
  abbreviation: z.string(),
  /** `review`: the week-4 review; `interval`: the two-weekly repeat. */
  reason: z.enum(['review', 'interval']),
  /** For the clinician: why, with the evidence ids the rule relies on. */
  reasons: z.array(z.string()),
  evidence: z.array(z.string()),
  dueSince: z.string(),
  lastAnsweredOn: z.string().nullable(),
  higherIsBetter: z.boolean(),
  range: z.object({ min: z.number(), max: z.number() }),
  /** How many items may be left unanswered for a valid score. */
  maxSkipped: z.number(),
  items: z.array(questionnaireItemView),
});

export const dueQuestionnairesView = z.object({
  asOf: z.string(),
  questionnaires: z.array(dueQuestionnaireView),
  /** When the next one falls due, if none of the others is due now. */
  nextOn: z.string().nullable(),
});

export const questionnaireResponseView = z.object({
  id: z.string(),
  clientKey: z.string(),
  instrument: z.enum(REPEATED_OUTCOMES),
  score: z.number(),
  band: z.object({ id: z.string(), label: z.string() }).nullable(),
  higherIsBetter: z.boolean(),
  range: z.object({ min: z.number(), max: z.number() }),
  takenOn: z.string(),
  createdAt: z.string(),
});

const presentItem = (item: InstrumentItem, label = item.label) => ({
  id: item.id,
  number: item.number,
  label,
  options: item.options.map((o, value) => ({ value, label: o.label })),
});

/**
 * The items of an instrument to render. The PSFS rates the activities the patient named at the
 * assessment, in their words; every other instrument has fixed items.
 */
export function questionnaireItems(
  instrument: RepeatedOutcome,
  psfsActivities: readonly string[],
): z.output<typeof questionnaireItemView>[] {
  const { items } = INSTRUMENTS[instrument];
  if (instrument !== 'psfs') return items.map((item) => presentItem(item));
  return psfsActivities.flatMap((activity, i) => {
    const item = items[i];
    return item === undefined ? [] : [presentItem(item, activity)];
  });
}

export function presentDueQuestionnaire(
  due: DueQuestionnaire,
  psfsActivities: readonly string[],
): z.output<typeof dueQuestionnaireView> {
  const d = INSTRUMENTS[due.instrument];
  return {
    instrument: due.instrument,
    name: d.name,
    abbreviation: d.abbreviation,
    reason: due.reason,
    reasons: [...due.reasons],
    evidence: [...due.evidence],
    dueSince: due.dueSince,
    lastAnsweredOn: due.lastAnsweredOn,
    higherIsBetter: d.higherIsBetter,
    range: { min: d.range.min, max: d.range.max },
    maxSkipped: d.scoring.maxSkipped,
    items: questionnaireItems(due.instrument, psfsActivities),
  };
}

/** A stored answer set (a measure row with a client key) as its score. */
export function presentQuestionnaireResponse(
  row: MeasureRow & { kind: RepeatedOutcome; client_key: string },
): z.output<typeof questionnaireResponseView> {
  const d = INSTRUMENTS[row.kind];
  const band = findBand(d.bands, row.value);
  return {
    id: row.id,
    clientKey: row.client_key,
    instrument: row.kind,
    score: row.value,
    band: band === undefined ? null : { id: band.id, label: band.label },
    higherIsBetter: d.higherIsBetter,
    range: { min: d.range.min, max: d.range.max },
    takenOn: row.taken_on,
    createdAt: row.created_at,
  };
}
