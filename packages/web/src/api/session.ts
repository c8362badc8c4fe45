import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from './client';

export type Role = 'admin' | 'therapist' | 'patient';

export interface Me {
  readonly user: {
    readonly id: string;
    readonly name: string;
    readonly role: Role;
    readonly clinicId: string;
    readonly patientId: string | null;
  };
  readonly csrfToken: string;
}

export const meKey = ['me'] as const;

/** Who is signed in: `null` when nobody is (a 401 is an answer here, not an error). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await api.get<Me>('/api/auth/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** Signs in (or accepts an invite): the answer is the new `me`. */
export function useSignedIn() {
  const client = useQueryClient();
  return (me: Me) => {
    setCsrfToken(me.csrfToken);
    client.setQueryData(meKey, me);
  };
}

export function useSignIn() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api.post<Me>('/api/auth/login', body),
    onSuccess: signedIn,
  });
}

/**
 * What this app kept in the browser (intake drafts, set counts, questionnaire answers) is patient
 * data: it goes when the person signs out, so the next person at a shared computer finds none.
 */
function forgetLocalData(): void {
  for (const storage of [localStorage, sessionStorage]) {
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
    for (const key of keys) if (key?.startsWith('backplan.') === true) storage.removeItem(key);
  }
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<undefined>('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      forgetLocalData();
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
}
