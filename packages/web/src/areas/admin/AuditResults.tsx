import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { usePatients, useAudit, useStaff, type AuditFilters } from './admin-api';
import { AUDIT_MAX, AUDIT_PAGE } from './audit-query';
import { AuditTable } from './AuditTable';

/** The events that match, newest first, a page at a time (the API grows its limit, up to 500). */
export function AuditResults(props: {
  filters: AuditFilters;
  limit: number;
  onChange: (filters: AuditFilters, limit?: number) => void;
}) {
  const { t } = useTranslation('admin');
  const { filters, limit } = props;
  const audit = useAudit(filters, limit);
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

  const full = events.length >= limit;
  const loadingMore = audit.isPlaceholderData && audit.isFetching;
  return (
    <section className="stack" aria-labelledby="audit-results-title">
      <div>
        <h2 id="audit-results-title">{t('audit.resultsTitle')}</h2>
        <p className="muted" role="status" aria-live="polite">
          {full
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
      {full && limit < AUDIT_MAX ? (
        <div>
          <button
            type="button"
            className="button button--secondary"
            disabled={loadingMore}
            onClick={() => {
              props.onChange(filters, Math.min(AUDIT_MAX, limit + AUDIT_PAGE));
            }}
          >
            {loadingMore ? t('audit.loadingMore') : t('audit.more', { count: AUDIT_PAGE })}
          </button>
        </div>
      ) : null}
      {full && limit >= AUDIT_MAX ? (
        <p className="banner banner--info">
          <span className="banner__icon" aria-hidden="true">
            i
          </span>
          <span>{t('audit.atMax', { count: AUDIT_MAX })}</span>
        </p>
      ) : null}
    </section>
  );
}
