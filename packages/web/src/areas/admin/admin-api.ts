import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { getAllPages, getPage } from '../../api/pages';

/** The admin API's shapes, as `packages/server/src/routes/admin.ts` presents them. */
export type StaffRole = 'admin' | 'therapist';

export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: StaffRole;
  readonly status: 'active' | 'disabled';
}

/** A one-time link that sets a password: `url` is a path on this origin. */
export interface OneTimeLink {
  readonly url: string;
  readonly expiresAt: string;
}

export interface AuditEvent {
  readonly id: string;
  readonly at: string;
  readonly userId: string | null;
  readonly role: string | null;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly patientId: string | null;
  readonly requestId: string;
  readonly ip: string | null;
  /** `refused`: a denied or failed attempt, its code in `reason`. */
  readonly outcome: AuditOutcome;
  readonly reason: string | null;
}

export type AuditOutcome = 'allowed' | 'refused';

export interface PatientSummary {
  readonly id: string;
  readonly displayName: string;
}

export interface AuditFilters {
  readonly patientId?: string;
  readonly userId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly outcome?: AuditOutcome;
  /** An action id, e.g. `request.refused`, `auth.sign-in`. */
  readonly action?: string;
}

const staffKey = ['admin', 'staff'] as const;
const auditKey = ['admin', 'audit'] as const;

export function useStaff() {
  return useQuery({
    queryKey: staffKey,
    queryFn: () => getAllPages<StaffMember>('/api/admin/staff'),
  });
}

/** Every staff member can see the clinic's patients; the admin needs their names for the audit. */
export function usePatients() {
  return useQuery({
    queryKey: ['patients'],
    queryFn: () => getAllPages<PatientSummary>('/api/patients'),
    staleTime: 60_000,
  });
}

/** Issuing a link is itself audited, so the audit views are refreshed too. */
function useInvalidateAdmin() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: staffKey });
    void client.invalidateQueries({ queryKey: auditKey });
  };
}

export function useInvite() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: (body: { email: string; role: StaffRole }) =>
      api.post<OneTimeLink>('/api/admin/invites', body),
    onSuccess: invalidate,
  });
}

export function useResetLink() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: (userId: string) =>
      api.post<OneTimeLink>(`/api/admin/users/${encodeURIComponent(userId)}/reset-link`),
    onSuccess: invalidate,
  });
}

/** Events asked for at a time: the API pages the trail newest first, a cursor to the next page. */
export const AUDIT_PAGE = 100;

/**
 * The events that match, newest first, a page at a time: each "Show more" follows the cursor of
 * the last page. Every read is audited itself, so it is not refetched on window focus.
 */
export function useAudit(filters: AuditFilters) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  const path = `/api/admin/audit?${params.toString()}`;
  return useInfiniteQuery({
    queryKey: [...auditKey, JSON.stringify(filters)],
    queryFn: ({ pageParam }) => getPage<AuditEvent>(path, AUDIT_PAGE, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => data.pages.flatMap((p) => p.items),
    refetchOnWindowFocus: false,
    staleTime: 30_000,
  });
}

export interface ClinicSettings {
  readonly id: string;
  readonly name: string;
  readonly phone: string | null;
}

const clinicKey = ['admin', 'clinic'] as const;

export function useClinicSettings() {
  return useQuery({
    queryKey: clinicKey,
    queryFn: () => api.get<{ clinic: ClinicSettings }>('/api/clinic'),
    select: (data) => data.clinic,
  });
}

/** The clinic's phone number: patients in a safety state are shown it to call. */
export function useSetClinicPhone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (phone: string | null) =>
      api.patch<{ clinic: ClinicSettings }>('/api/admin/clinic', { phone }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: clinicKey });
      void client.invalidateQueries({ queryKey: auditKey });
    },
  });
}
