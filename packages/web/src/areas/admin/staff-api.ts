import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { StaffMember, StaffRole } from './admin-api';

/** What an admin can change about a staff member (each ends that person's sessions). */
export type StaffChange =
  | { readonly kind: 'deactivate' }
  | { readonly kind: 'reactivate' }
  | { readonly kind: 'role'; readonly role: StaffRole };

/** Deactivates, reactivates or changes the role of a staff member; refreshes the list and audit. */
export function useStaffChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, change }: { userId: string; change: StaffChange }) => {
      const base = `/api/admin/staff/${encodeURIComponent(userId)}`;
      return change.kind === 'role'
        ? api.post<StaffMember>(`${base}/role`, { role: change.role })
        : api.post<StaffMember>(`${base}/${change.kind}`);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'staff'] });
      void client.invalidateQueries({ queryKey: ['admin', 'audit'] });
    },
  });
}
