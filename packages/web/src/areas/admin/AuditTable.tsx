import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEvent, AuditFilters, PatientSummary, StaffMember } from './admin-api';
import { writeAuditQuery } from './audit-query';
import { DateTime } from './DateTime';

/** An id as the audit keeps it: whole, in a typeface that tells 0 from O, and free to wrap. */
function Id({ value }: { value: string }) {
  return (
    <code className="admin-id" translate="no">
      {value}
    </code>
  );
}

/**
 * The audit events as a table on a wide screen and as a list of labelled blocks on a phone.
 * A person's or a patient's name narrows the view to them.
 */
export function AuditTable(props: {
  events: readonly AuditEvent[];
  staff: readonly StaffMember[];
  patients: readonly PatientSummary[];
  filters: AuditFilters;
}) {
  const { t } = useTranslation('admin');
  const names = new Map(props.staff.map((s) => [s.id, s.name]));
  const patientNames = new Map(props.patients.map((p) => [p.id, p.displayName]));
  // A patient's account can only reach its own record, so its events name the patient it is.
  for (const e of props.events) {
    const name = e.patientId === null ? undefined : patientNames.get(e.patientId);
    if (e.role === 'patient' && e.userId !== null && name !== undefined) names.set(e.userId, name);
  }
  const href = (next: AuditFilters) => `?${writeAuditQuery(next).toString()}`;
  const label = {
    when: t('audit.col.when'),
    who: t('audit.col.who'),
    action: t('audit.col.action'),
    resource: t('audit.col.resource'),
    patient: t('audit.col.patient'),
    request: t('audit.col.request'),
  };

  return (
    <div className="table-scroll">
      <table className="admin-stacked admin-audit">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            {Object.values(label).map((text) => (
              <th key={text} scope="col">
                {text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.events.map((e) => {
            const role = e.role ?? 'system';
            const who = e.userId === null ? undefined : names.get(e.userId);
            const patient = e.patientId === null ? undefined : patientNames.get(e.patientId);
            return (
              <tr key={e.id}>
                <td data-label={label.when}>
                  <DateTime iso={e.at} />
                </td>
                <td data-label={label.who}>
                  {e.userId === null ? (
                    <span>{t('audit.system')}</span>
                  ) : (
                    <Link to={href({ ...props.filters, userId: e.userId })}>
                      {who ??
                        t('audit.account', { role: t(`role.${role}`, { defaultValue: role }) })}
                    </Link>
                  )}{' '}
                  <span className="muted">({t(`role.${role}`, { defaultValue: role })})</span>
                </td>
                <td data-label={label.action}>
                  {e.outcome === 'refused' ? (
                    <>
                      <strong>{t('outcome.refused')}</strong>{' '}
                      {e.reason === null
                        ? null
                        : t(`reason.${e.reason}`, { defaultValue: e.reason })}
                      <br />
                    </>
                  ) : null}
                  {t(`actionName.${e.action.replace(/\./g, '_')}`, { defaultValue: e.action })}
                  <br />
                  <Id value={e.action} />
                </td>
                <td data-label={label.resource}>
                  {t(`resource.${e.resourceType}`, { defaultValue: e.resourceType })}
                  {e.resourceId === null ? null : (
                    <>
                      <br />
                      <Id value={e.resourceId} />
                    </>
                  )}
                </td>
                <td data-label={label.patient}>
                  {e.patientId === null ? (
                    <span className="muted">{t('audit.none')}</span>
                  ) : (
                    <Link to={href({ ...props.filters, patientId: e.patientId })}>
                      {patient ?? t('audit.unknownPatient')}
                    </Link>
                  )}
                </td>
                <td data-label={label.request}>
                  <Id value={e.requestId} />
                  {e.ip === null ? null : (
                    <span className="muted admin-small">
                      <br />
                      {t('audit.ip', { ip: e.ip })}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
