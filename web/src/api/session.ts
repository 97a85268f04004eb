// Session, sign-up, sign-in and sign-out.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, forgetSession, rememberSession } from './client';
import type { AccountPatchBody, SessionInfo, SignupBody } from './types';

export const sessionKey = ['session'] as const;

export const fetchSession = async () => rememberSession(await api.get('/api/v1/session'));

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** What the credentials form sends: email and password, and on sign-up (only) an optional name. */
export type CredentialsBody = SignupBody;

/** Sign-in and sign-up answer with the new SessionInfo; everything cached belonged to the old one. */
function useAuthMutation<Body>(send: (body: Body) => Promise<SessionInfo>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: Body) => rememberSession(await send(body)),
    onSuccess: (info) => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
      qc.setQueryData(sessionKey, info);
    },
  });
}

/** The browser's IANA time zone: a new account starts in it ("today" and digests follow it). */
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;

export const useSignUp = () =>
  useAuthMutation((body: CredentialsBody) =>
    api.post('/api/v1/auth/signup', { body: { ...body, timeZone: body.timeZone ?? browserTimeZone() } }),
  );
export const useSignIn = () =>
  useAuthMutation((body: CredentialsBody) => api.post('/api/v1/auth/signin', { body }));

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/v1/auth/signout'),
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
    mutationFn: (body: AccountPatchBody) => api.patch('/api/v1/account', { body }),
    onSuccess: (account) =>
      qc.setQueryData<SessionInfo>(sessionKey, (info) => (info ? { ...info, account } : info)),
  });
}

/** "Forgot your password?": the server emails a link if the address has an account (it never says). */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => api.post('/api/v1/auth/password-reset', { body: { email } }),
  });
}

/** Sets the new password with the link's token; every session of the account ends. */
export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      api.post('/api/v1/auth/password-reset/confirm', { body }),
  });
}
