// Session, sign-up, sign-in and sign-out.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { forgetSession, rememberSession, request } from './client';
import type { Account, AccountPatchBody, SessionInfo } from './types';

export const sessionKey = ['session'] as const;

export const fetchSession = async () => rememberSession(await request<SessionInfo>('GET', '/api/v1/session'));

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

export interface CredentialsBody {
  email: string;
  password: string;
  /** Sign-up only: how emails are signed (optional). */
  name?: string;
}

/** Sign-in and sign-up answer with the new SessionInfo; everything cached belonged to the old one. */
function useAuthMutation(path: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: CredentialsBody) =>
      rememberSession(await request<SessionInfo>('POST', path, { body })),
    onSuccess: (info) => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
      qc.setQueryData(sessionKey, info);
    },
  });
}

export const useSignUp = () => useAuthMutation('/api/v1/auth/signup');
export const useSignIn = () => useAuthMutation('/api/v1/auth/signin');

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => request<void>('POST', '/api/v1/auth/signout'),
    onSettled: async () => {
      forgetSession();
      qc.clear();
      await qc.fetchQuery({ queryKey: sessionKey, queryFn: fetchSession });
    },
  });
}

/** Changes the signed-in account (its display name); the session shows the new value at once. */
export function useUpdateAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountPatchBody) => request<Account>('PATCH', '/api/v1/account', { body }),
    onSuccess: (account) =>
      qc.setQueryData<SessionInfo>(sessionKey, (info) => (info ? { ...info, account } : info)),
  });
}
