import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useStaff, type StaffMember } from './admin-api';
import { ResetLinkDialog } from './ResetLinkDialog';
import { useStaffChange } from './staff-api';

/**
 * The clinic's therapists and admins, each with a password-reset link, deactivate or reactivate,
 * and a change of role. Each change signs the person out everywhere; the server refuses (and we
 * show why) to leave the clinic without an active admin.
 */
export function StaffList() {
  const { t } = useTranslation('admin');
  const id = useId();
  const me = useMe();
  const staff = useStaff();
  const [resetFor, setResetFor] = useState<StaffMember | null>(null);
  const change = useStaffChange();

  if (staff.isPending) return <Loading label={t('staff.loading')} />;
  if (staff.isError) return <ErrorState error={staff.error} retry={() => void staff.refetch()} />;
  if (staff.data.length === 0) return <EmptyState title={t('staff.empty')} />;

  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('staff.title', { count: staff.data.length })}</h2>
      <p className="muted">{t('staff.changesSignOut')}</p>
      {change.isError ? <ErrorState error={change.error} /> : null}
      <div className="table-scroll">
        <table className="admin-stacked">
          <thead>
            <tr>
              <th scope="col">{t('staff.name')}</th>
              <th scope="col">{t('staff.email')}</th>
              <th scope="col">{t('staff.role')}</th>
              <th scope="col">{t('staff.status')}</th>
              <th scope="col">{t('staff.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {staff.data.map((member) => (
              <tr key={member.id}>
                <td data-label={t('staff.name')}>
                  {/* Staff who accepted an invite are named by their email until a name is set. */}
                  {member.name === member.email ? (
                    <span className="muted">{t('staff.noName')}</span>
                  ) : (
                    <strong>{member.name}</strong>
                  )}
                  {member.id === me.data?.user.id ? (
                    <span className="muted"> {t('staff.you')}</span>
                  ) : null}
                </td>
                <td data-label={t('staff.email')}>{member.email}</td>
                <td data-label={t('staff.role')}>
                  <span className="badge badge--info">{t(`role.${member.role}`)}</span>
                </td>
                <td data-label={t('staff.status')}>
                  {member.status === 'active' ? (
                    <span className="badge badge--ok">
                      <span aria-hidden="true">✓</span> {t('status.active')}
                    </span>
                  ) : (
                    <span className="badge badge--warn">
                      <span aria-hidden="true">⏸</span> {t('status.disabled')}
                    </span>
                  )}
                </td>
                <td data-label={t('staff.actions')}>
                  <button
                    type="button"
                    className="button button--secondary admin-nowrap"
                    aria-label={t('reset.openFor', { name: member.name })}
                    onClick={() => {
                      setResetFor(member);
                    }}
                  >
                    {t('reset.open')}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--secondary admin-nowrap"
                    disabled={change.isPending}
                    aria-label={t(
                      member.role === 'admin' ? 'staff.makeTherapistFor' : 'staff.makeAdminFor',
                      {
                        name: member.name,
                      },
                    )}
                    onClick={() => {
                      const role = member.role === 'admin' ? 'therapist' : 'admin';
                      change.mutate({ userId: member.id, change: { kind: 'role', role } });
                    }}
                  >
                    {t(member.role === 'admin' ? 'staff.makeTherapist' : 'staff.makeAdmin')}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--secondary admin-nowrap"
                    disabled={change.isPending}
                    aria-label={t(
                      member.status === 'active' ? 'staff.deactivateFor' : 'staff.reactivateFor',
                      {
                        name: member.name,
                      },
                    )}
                    onClick={() => {
                      const kind = member.status === 'active' ? 'deactivate' : 'reactivate';
                      change.mutate({ userId: member.id, change: { kind } });
                    }}
                  >
                    {t(member.status === 'active' ? 'staff.deactivate' : 'staff.reactivate')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {resetFor === null ? null : (
        <ResetLinkDialog
          key={resetFor.id}
          member={resetFor}
          onClose={() => {
            setResetFor(null);
          }}
        />
      )}
    </section>
  );
}
