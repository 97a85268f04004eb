import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { clientIp, isHttps } from '../http/client-info';
import type { AppEnv } from '../http/env';
import { IdParam, json, jsonBody, noContent, problems } from '../http/openapi';
import { createRequestLimiter, type RequestLimiter, type SigninLimiter } from '../http/rate-limit';
import { createRouter } from '../http/router';
import { Page, Problem } from '../shared/common-schema';
import type { AppDeps } from '../shared/deps';
import { ProblemError } from '../shared/errors';
import { SESSION_COOKIE } from './auth-middleware';
import { confirmPasswordReset, requestPasswordReset } from './password-reset';
import {
  Account,
  AccountPatch,
  ApiToken,
  CreatedApiToken,
  Credentials,
  InstanceSettings,
  InstanceSettingsPatch,
  PasswordChange,
  PasswordResetConfirm,
  PasswordResetRequest,
  SessionInfo,
  SessionView,
  SignedOut,
  SignupInput,
  TokenInput,
} from './schema';
import * as service from './service';

const tags = ['Accounts'];
const tooManyAttempts = {
  description: 'Too many failed attempts from this address; Retry-After says when to try again',
  content: { 'application/problem+json': { schema: Problem } },
};

/** Password-reset requests (asking and confirming) one client address may make, on top of the per-account cap. */
export const PASSWORD_RESET_LIMIT = { points: 10, windowSeconds: 15 * 60 };

export function accountRoutes(
  deps: AppDeps,
  limiter: SigninLimiter,
  resetLimiter: RequestLimiter = createRequestLimiter(PASSWORD_RESET_LIMIT),
) {
  const { db, clock, config } = deps;

  const signIn = async (c: Context<AppEnv>, accountId: string) => {
    const s = await service.startSession(db, accountId, clock.now(), config.sessionDays);
    setCookie(c, SESSION_COOKIE, s.token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: isHttps(c, config.publicUrl),
      expires: s.expiresAt,
    });
    // The answer carries the new session's CSRF token.
    c.header('cache-control', 'no-store');
    return s;
  };
  // The session cookie of a cookie-authenticated caller: "this session" when ending the others.
  const currentSession = (c: Context<AppEnv>) =>
    c.get('caller').via === 'session' ? getCookie(c, SESSION_COOKIE) : undefined;

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/session',
        tags,
        summary: 'Who is signed in, the CSRF token, and whether setup or sign-up is possible',
        security: [],
        responses: {
          200: json(SessionInfo, 'Session information (never cached: it carries the CSRF token)'),
        },
      }),
      async (c) => {
        c.header('cache-control', 'no-store');
        return c.json(
          await service.sessionInfo(db, getCookie(c, SESSION_COOKIE), clock.now(), config.mail),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/auth/signup',
        tags,
        summary: 'Create an account (the first one becomes the owner) and sign in',
        security: [],
        request: jsonBody(SignupInput),
        responses: {
          201: json(SessionInfo, 'Signed up and signed in'),
          403: problems[403],
          409: { ...problems[409], description: 'Email already taken' },
          422: problems[422],
        },
      }),
      async (c) => {
        const account = await service.createAccount(db, c.req.valid('json'), 'signup', config.digestDefault);
        const s = await signIn(c, account.id);
        return c.json({ ...(await service.sessionInfo(db, s.token, clock.now(), config.mail)) }, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/auth/signin',
        tags,
        summary: 'Sign in with email and password (sets the session cookie)',
        security: [],
        request: jsonBody(Credentials),
        responses: {
          200: json(SessionInfo, 'Signed in'),
          401: problems[401],
          422: problems[422],
          429: tooManyAttempts,
        },
      }),
      async (c) => {
        const creds = c.req.valid('json');
        const ip = clientIp(c, config.trustedProxies);
        await limiter.check(ip, creds.email);
        const account = await service.verifyCredentials(db, creds).catch(async (err) => {
          await limiter.recordFailure(ip, creds.email);
          throw err;
        });
        await limiter.recordSuccess(ip, creds.email);
        const s = await signIn(c, account.id);
        return c.json(await service.sessionInfo(db, s.token, clock.now(), config.mail), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/auth/password-reset',
        tags,
        summary:
          'Forgot your password: email a link to set a new one (only when the server sends email; the same answer whether or not the address has an account)',
        security: [],
        request: jsonBody(PasswordResetRequest),
        responses: {
          202: { description: 'If an account has this address, a link is on its way' },
          409: { ...problems[409], description: 'This server sends no email (SMTP is not set up)' },
          422: problems[422],
          429: problems[429],
        },
      }),
      async (c) => {
        await resetLimiter.take(clientIp(c, config.trustedProxies));
        await requestPasswordReset(deps, c.req.valid('json').email);
        return c.body(null, 202);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/auth/password-reset/confirm',
        tags,
        summary: 'Set a new password with the link from the email; ends every session of the account',
        security: [],
        request: jsonBody(PasswordResetConfirm),
        responses: {
          204: noContent,
          410: { ...problems[404], description: 'The link has expired or was already used' },
          422: problems[422],
          429: problems[429],
        },
      }),
      async (c) => {
        await resetLimiter.take(clientIp(c, config.trustedProxies));
        const { token, password } = c.req.valid('json');
        await confirmPasswordReset(deps, token, password);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/auth/signout',
        tags,
        summary: 'End the current session',
        security: [],
        responses: { 204: noContent },
      }),
      async (c) => {
        const token = getCookie(c, SESSION_COOKIE);
        if (token) await service.endSession(db, token);
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/account',
        tags,
        summary: 'The signed-in account',
        responses: { 200: json(Account, 'The account'), 401: problems[401] },
      }),
      async (c) => c.json(await service.getAccount(db, c.get('caller').accountId), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/api/v1/account',
        tags,
        summary:
          'Change your own account: the display name emails are signed with, the time zone, the digest email',
        request: jsonBody(AccountPatch),
        responses: { 200: json(Account, 'The account'), 401: problems[401], 422: problems[422] },
      }),
      async (c) =>
        c.json(await service.updateAccount(db, c.get('caller').accountId, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/account/password',
        tags,
        summary: 'Change your password (needs the current one); signs out your other sessions',
        request: jsonBody(PasswordChange),
        responses: {
          204: noContent,
          401: problems[401],
          422: problems[422],
          429: tooManyAttempts,
        },
      }),
      async (c) => {
        const caller = c.get('caller');
        const ip = clientIp(c, config.trustedProxies);
        // A stolen session must not become a way to guess the password at speed.
        await limiter.check(ip, caller.email);
        await service
          .changePassword(db, caller.accountId, c.req.valid('json'), currentSession(c))
          .catch(async (err) => {
            if (err instanceof ProblemError && err.status === 422)
              await limiter.recordFailure(ip, caller.email);
            throw err;
          });
        await limiter.recordSuccess(ip, caller.email);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/account/sessions',
        tags,
        summary: 'Where you are signed in: your live sessions, newest first',
        responses: { 200: json(Page(SessionView), 'Sessions'), 401: problems[401] },
      }),
      async (c) => {
        const caller = c.get('caller');
        const items = await service.listSessions(db, caller.accountId, currentSession(c), clock.now());
        return c.json({ items, nextCursor: null }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/account/sessions/sign-out-others',
        tags,
        summary: 'Sign out of every other session (all of them when called with an API token)',
        responses: { 200: json(SignedOut, 'Sessions ended'), 401: problems[401] },
      }),
      async (c) => {
        const signedOut = await service.signOutOtherSessions(
          db,
          c.get('caller').accountId,
          currentSession(c),
        );
        return c.json({ signedOut }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/settings/instance',
        tags,
        summary: 'Instance settings',
        responses: { 200: json(InstanceSettings, 'Settings'), 401: problems[401] },
      }),
      async (c) => c.json(await service.getInstanceSettings(db), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/api/v1/settings/instance',
        tags,
        summary: 'Change instance settings (owner only)',
        request: jsonBody(InstanceSettingsPatch),
        responses: {
          200: json(InstanceSettings, 'Settings'),
          401: problems[401],
          403: problems[403],
          422: problems[422],
        },
      }),
      async (c) =>
        c.json(await service.updateInstanceSettings(db, c.get('caller'), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/tokens',
        tags,
        summary: "List this account's API tokens",
        responses: { 200: json(Page(ApiToken), 'Tokens'), 401: problems[401] },
      }),
      async (c) => {
        const items = await service.listApiTokens(db, c.get('caller').accountId);
        return c.json({ items, nextCursor: null }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/tokens',
        tags,
        summary: 'Create an API token (shown once)',
        request: jsonBody(TokenInput),
        responses: { 201: json(CreatedApiToken, 'Created'), 401: problems[401], 422: problems[422] },
      }),
      async (c) => {
        const created = await service.createApiToken(db, c.get('caller').accountId, c.req.valid('json').name);
        return c.json(created, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/api/v1/tokens/{id}',
        tags,
        summary: 'Revoke an API token',
        request: { params: IdParam },
        responses: { 204: noContent, 401: problems[401], 404: problems[404] },
      }),
      async (c) => {
        await service.revokeApiToken(db, c.get('caller').accountId, c.req.valid('param').id);
        return c.body(null, 204);
      },
    );
}
