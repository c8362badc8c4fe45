import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../../ui/states';
import { useJournal } from '../queries';
import { JournalEntryCard } from './JournalEntryCard';
import './journal.css';

const PAGE = 10;

/** The patient's logged sessions, newest first (the latest 60), shown ten at a time. */
export function JournalTimeline({ patientId }: { patientId: string }) {
  const { t } = useTranslation('clinic');
  const journal = useJournal(patientId);
  const [shown, setShown] = useState(PAGE);
  const entries = journal.data ?? [];
  const flagged = entries.filter((e) => e.newSymptoms.length > 0).length;
  return (
    <section className="stack" aria-labelledby="journal-title" id="journal">
      <h2 id="journal-title">{t('journal.title')}</h2>
      {journal.isPending ? <Loading /> : null}
      {journal.isError ? (
        <ErrorState error={journal.error} retry={() => void journal.refetch()} />
      ) : null}
      {journal.data !== undefined && entries.length === 0 ? (
        <p className="card muted">{t('journal.none')}</p>
      ) : null}
      {entries.length > 0 ? (
        <>
          <p className="muted">
            {t('journal.summary', { count: entries.length })}
            {flagged === 0 ? null : <> {t('journal.flaggedCount', { count: flagged })}</>}
          </p>
          <p className="small muted">{t('journal.limitExplained')}</p>
          <ol className="journal-list">
            {entries.slice(0, shown).map((e) => (
              <JournalEntryCard key={e.id} entry={e} patientId={patientId} />
            ))}
          </ol>
          {shown < entries.length ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setShown((n) => n + PAGE);
              }}
            >
              {t('journal.showMore', { count: Math.min(PAGE, entries.length - shown) })}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
