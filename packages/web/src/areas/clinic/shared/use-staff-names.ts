import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../api/session';
import { useStaff } from '../queries';

/**
 * A staff member's name from their id: the signed-in user's own, any colleague's for an admin
 * (who can list the staff). A therapist cannot list colleagues, so theirs read "another therapist".
 */
export function useStaffNames(): (id: string | null) => string {
  const { t } = useTranslation('clinic');
  const me = useMe();
  const staff = useStaff();
  const myId = me.data?.user.id;
  const myName = me.data?.user.name;
  const list = staff.data;
  return useCallback(
    (id: string | null) => {
      if (id === null) return t('staff.unknown');
      if (id === myId) return t('staff.you', { name: myName });
      return list?.find((s) => s.id === id)?.name ?? t('staff.colleague');
    },
    [t, myId, myName, list],
  );
}
