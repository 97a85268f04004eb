import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { clientIp, isHttps } from '../http/client-info';
import type { AppEnv } from '../http/env';
import { IdParam, json, jsonBody, noContent, problems } from '../http/openapi';
import type { SigninLimiter } from '../http/rate-limit';
import { createRouter } from '../http/router';
import { Page } from '../shared/common-schema';
import type { AppDeps } from '../shared/deps';
import { SESSION_COOKIE } from './auth-middleware';
import {
  Account,
  AccountPatch,
  ApiToken,
  CreatedApiToken,
  Credentials,
  InstanceSettings,
  InstanceSettingsPatch,
  SessionInfo,
  SignupInput,
  TokenInput,
} from './schema';
import * as service from './service';

const tags = ['Accounts'];

export function accountRoutes(deps: AppDeps, limiter: SigninLimiter) {
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
    return s;
  };

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/session',
        tags,
        summary: 'Who is signed in, the CSRF token, and whether setup or sign-up is possible',
        security: [],
        responses: { 200: json(SessionInfo, 'Session information') },
      }),
      async (c) => c.json(await service.sessionInfo(db, getCookie(c, SESSION_COOKIE), clock.now()), 200),
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
        const account = await service.createAccount(db, c.req.valid('json'), 'signup');
        const s = await signIn(c, account.id);
        return c.json({ ...(await service.sessionInfo(db, s.token, clock.now())) }, 201);
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
          429: { ...problems[429], description: 'Too many failed attempts' },
        },
      }),
      async (c) => {
        const creds = c.req.valid('json');
        const ip = clientIp(c);
        await limiter.check(ip, creds.email);
        const account = await service.verifyCredentials(db, creds).catch(async (err) => {
          await limiter.recordFailure(ip, creds.email);
          throw err;
        });
        await limiter.recordSuccess(ip, creds.email);
        const s = await signIn(c, account.id);
        return c.json(await service.sessionInfo(db, s.token, clock.now()), 200);
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
        summary: 'Change your own account: the display name emails are signed with',
        request: jsonBody(AccountPatch),
        responses: { 200: json(Account, 'The account'), 401: problems[401], 422: problems[422] },
      }),
      async (c) =>
        c.json(await service.updateAccount(db, c.get('caller').accountId, c.req.valid('json')), 200),
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
