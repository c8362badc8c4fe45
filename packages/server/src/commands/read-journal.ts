import { formatDate, toUtcDate } from '@backplan/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, PatientRow } from '../db/schema.js';
import {
  feedbackView,
  journalEntryView,
  morningCheckView,
  presentFeedback,
  presentJournalEntry,
  presentMorningCheck,
} from '../presenters/daily.js';

export const journalItem = journalEntryView.extend({
  morningCheck: morningCheckView.nullable(),
  comments: z.array(feedbackView),
});

const tomorrowOf = (date: string) =>
  formatDate(new Date((toUtcDate(date)?.getTime() ?? 0) + 86_400_000));

/** The patient's journal, newest first: each entry with its next-morning check and the notes on it. */
export async function readJournal(props: {
  trx: Kysely<Database>;
  patient: PatientRow;
  limit: number;
}): Promise<{ entries: z.output<typeof journalItem>[] }> {
  const { trx, patient } = props;
  const rows = await trx
    .selectFrom('journal_entry')
    .selectAll()
    .where('clinic_id', '=', patient.clinic_id)
    .where('patient_id', '=', patient.id)
    .orderBy('performed_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(props.limit)
    .execute();
  const mornings = rows.map((e) => tomorrowOf(e.performed_on));
  const ids = rows.map((e) => e.id);
  const [checks, notes] = await Promise.all([
    mornings.length === 0
      ? []
      : trx
          .selectFrom('morning_check')
          .selectAll()
          .where('clinic_id', '=', patient.clinic_id)
          .where('patient_id', '=', patient.id)
          .where('date', 'in', mornings)
          .orderBy('created_at')
          .execute(),
    ids.length === 0
      ? []
      : trx
          .selectFrom('feedback')
          .leftJoin('user', 'user.id', 'feedback.author_id')
          .selectAll('feedback')
          .select('user.name as author_name')
          .where('feedback.clinic_id', '=', patient.clinic_id)
          .where('feedback.journal_entry_id', 'in', ids)
          .orderBy('feedback.created_at')
          .execute(),
  ]);
  const byDate = new Map(checks.map((c) => [c.date, c]));
  return {
    entries: rows.map((e) => {
      const check = byDate.get(tomorrowOf(e.performed_on));
      return {
        ...presentJournalEntry(e),
        morningCheck: check === undefined ? null : presentMorningCheck(check),
        comments: notes.filter((n) => n.journal_entry_id === e.id).map(presentFeedback),
      };
    }),
  };
}
