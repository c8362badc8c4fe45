import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { useJournal, useToday } from '../patient-api';
import { TherapistNotes } from '../today/TodayExtras';
import { JournalEntryCard } from './JournalEntryCard';
import './journal.css';

const FIRST_PAGE = 60;
const MOST = 500;

/** The sessions logged so far, newest first, with the therapist's notes. */
export function JournalScreen() {
  const { t } = useTranslation('patient');
  useTitle(t('journal.title'));
  const [limit, setLimit] = useState(FIRST_PAGE);
  const journal = useJournal(limit);
  // The day's view carries the therapist's latest notes to the patient.
  const today = useToday();

  return (
    <div className="patient-page stack">
      <h1>{t('journal.title')}</h1>
      {today.data === undefined ? null : (
        // Comments on a session show under that session; here only the general notes.
        <TherapistNotes notes={today.data.feedback.filter((n) => n.journalEntryId === null)} />
      )}
      <section className="stack" aria-labelledby="sessions-list-heading">
        <h2 id="sessions-list-heading">{t('journal.sessionsTitle')}</h2>
        {journal.isPending ? <Loading /> : null}
        {journal.isError ? (
          <ErrorState error={journal.error} retry={() => void journal.refetch()} />
        ) : null}
        {journal.data?.length === 0 ? (
          <EmptyState title={t('journal.emptyTitle')}>
            <p>{t('journal.emptyBody')}</p>
            <Link className="button" to="/patient/log">
              {t('today.logSession')}
            </Link>
          </EmptyState>
        ) : null}
        {journal.data === undefined || journal.data.length === 0 ? null : (
          <ul className="journal-list">
            {journal.data.map((entry) => (
              <JournalEntryCard key={entry.id} entry={entry} />
            ))}
          </ul>
        )}
        {journal.data !== undefined && journal.data.length >= limit && limit < MOST ? (
          <button
            type="button"
            className="button button--secondary button--block"
            disabled={journal.isFetching}
            onClick={() => {
              setLimit(MOST);
            }}
          >
            {t('journal.older')}
          </button>
        ) : null}
      </section>
    </div>
  );
}
