import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTitle } from '../../ui/use-title';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditResults } from './AuditResults';
import { readAuditQuery, writeAuditQuery } from './audit-query';
import type { AuditFilters } from './admin-api';

/** `/admin/audit`: who did what to which record, filtered by patient, person and dates. */
export function AuditScreen() {
  const { t } = useTranslation('admin');
  useTitle(t('audit.pageTitle'));
  const [params, setParams] = useSearchParams();
  const { filters } = readAuditQuery(params);
  const apply = (next: AuditFilters) => {
    setParams(writeAuditQuery(next));
  };

  return (
    <div className="stack">
      <div>
        <h1>{t('audit.pageTitle')}</h1>
        <p className="muted">{t('audit.intro')}</p>
      </div>
      {/* Keyed on the address, so going back or forward shows that view's filters in the form. */}
      <AuditFilterForm key={params.toString()} filters={filters} onApply={apply} />
      <AuditResults filters={filters} onChange={apply} />
    </div>
  );
}
