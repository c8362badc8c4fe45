import { formatDate, toUtcDate } from '@backplan/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, PatientRow } from '../db/schema.js';
import { pageOf, pageQuery, type SortColumn } from '../paging.js';
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

/** Newest session first. */
const JOURNAL_ORDER: readonly SortColumn[] = [
  { column: 'performed_on', direction: 'desc' },
  { column: 'created_at', direction: 'desc' },
  { column: 'id', direction: 'desc' },
];

/**
 * One page of the patient's journal, newest first: each entry with its next-morning check and
 * the notes on it.
 */
export async function readJournal(props: {
  trx: Kysely<Database>;
  patient: PatientRow;
  page: { cursor?: string | undefined; limit: number };
}): Promise<{ items: z.output<typeof journalItem>[]; nextCursor: string | null }> {
  const { trx, patient, page } = props;
  const fetched = await pageQuery(
    trx
      .selectFrom('journal_entry')
      .selectAll()
      .where('clinic_id', '=', patient.clinic_id)
      .where('patient_id', '=', patient.id),
    JOURNAL_ORDER,
    page,
  ).execute();
  const rows = fetched.slice(0, page.limit);
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
  const keyOf = (e: (typeof rows)[number]) => [e.performed_on, e.created_at, e.id];
  return pageOf(fetched, page.limit, JOURNAL_ORDER, keyOf, (e) => {
    const check = byDate.get(tomorrowOf(e.performed_on));
    return {
      ...presentJournalEntry(e),
      morningCheck: check === undefined ? null : presentMorningCheck(check),
      comments: notes.filter((n) => n.journal_entry_id === e.id).map(presentFeedback),
    };
  });
}
