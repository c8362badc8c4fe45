import { useTranslation } from 'react-i18next';
import { useTitle } from '../../ui/use-title';
import { InviteForm } from './InviteForm';
import { StaffList } from './StaffList';

/** `/admin`: who works in the clinic, inviting new staff, and password-reset links. */
export function StaffScreen() {
  const { t } = useTranslation('admin');
  useTitle(t('staff.pageTitle'));
  return (
    <div className="stack">
      <div>
        <h1>{t('staff.pageTitle')}</h1>
        <p className="muted">{t('staff.intro')}</p>
      </div>
      <StaffList />
      <InviteForm />
    </div>
  );
}
