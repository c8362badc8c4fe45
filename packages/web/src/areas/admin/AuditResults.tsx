import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { AUDIT_PAGE, usePatients, useAudit, useStaff, type AuditFilters } from './admin-api';
import { AuditTable } from './AuditTable';

/** The events that match, newest first, a page at a time (each page follows the last's cursor). */
export function AuditResults(props: {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation('admin');
  const { filters } = props;
  const audit = useAudit(filters);
  const staff = useStaff();
  const patients = usePatients();
  const hasFilters = Object.values(filters).some((v) => v !== undefined);

  if (audit.isPending) return <Loading label={t('audit.loading')} />;
  if (audit.isError) return <ErrorState error={audit.error} retry={() => void audit.refetch()} />;
  const events = audit.data;
  if (events.length === 0) {
    return (
      <EmptyState title={t('audit.empty')}>
        <p className="muted">{hasFilters ? t('audit.emptyHint') : t('audit.emptyAll')}</p>
        {hasFilters ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              props.onChange({});
            }}
          >
            {t('filters.clear')}
          </button>
        ) : null}
      </EmptyState>
    );
  }

  const more = audit.hasNextPage;
  return (
    <section className="stack" aria-labelledby="audit-results-title">
      <div>
        <h2 id="audit-results-title">{t('audit.resultsTitle')}</h2>
        <p className="muted" role="status" aria-live="polite">
          {more
            ? t('audit.countNewest', { count: events.length })
            : t('audit.count', { count: events.length })}
        </p>
      </div>
      <AuditTable
        events={events}
        staff={staff.data ?? []}
        patients={patients.data ?? []}
        filters={filters}
      />
      {more ? (
        <div>
          <button
            type="button"
            className="button button--secondary"
            disabled={audit.isFetchingNextPage}
            onClick={() => {
              void audit.fetchNextPage();
            }}
          >
            {audit.isFetchingNextPage
              ? t('audit.loadingMore')
              : t('audit.more', { count: AUDIT_PAGE })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
