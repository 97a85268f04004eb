// Resolves the caller from "Authorization: Bearer <token>" or the session cookie, and enforces CSRF
// protection on cookie-authenticated writes. Requests with neither get 401.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/env';
import type { AppDeps, Caller } from '../shared/deps';
import { ProblemError } from '../shared/errors';
import { hashToken, safeEqual } from '../shared/secrets';
import * as repo from './repository';

export const SESSION_COOKIE = 'lp_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOKEN_TOUCH_INTERVAL_MS = 60_000;

export function authenticate(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('caller', await resolveCaller(c, deps));
    await next();
  };
}

async function resolveCaller(c: Context<AppEnv>, deps: AppDeps): Promise<Caller> {
  const header = c.req.header('authorization');
  if (header !== undefined) return bearerCaller(header, deps);

  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie) throw unauthorized('Sign in, or send "Authorization: Bearer <token>"');
  const session = await repo.findLiveSession(deps.db, hashToken(cookie), deps.clock.now());
  if (!session) throw unauthorized('Your session has ended; sign in again');
  if (!SAFE_METHODS.has(c.req.method)) {
    const sent = c.req.header(CSRF_HEADER);
    if (!sent || !safeEqual(sent, session.csrfToken)) {
      throw new ProblemError(
        403,
        'CSRF token missing or wrong',
        `Cookie-authenticated writes must send the ${CSRF_HEADER} header with the csrfToken from GET /api/v1/session`,
      );
    }
  }
  return { accountId: session.accountId, email: session.email, role: session.role, via: 'session' };
}

async function bearerCaller(header: string, deps: AppDeps): Promise<Caller> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized('The Authorization header must be "Bearer <token>"');
  const token = await repo.findApiToken(deps.db, hashToken(match[1]!));
  if (!token) throw unauthorized('This API token is not valid (it may have been revoked)');
  const now = deps.clock.now();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOKEN_TOUCH_INTERVAL_MS) {
    await repo.touchApiToken(deps.db, token.id, now);
  }
  return { accountId: token.accountId, email: token.email, role: token.role, via: 'token' };
}

function unauthorized(detail: string): ProblemError {
  return new ProblemError(401, 'Unauthorized', detail, undefined, { 'www-authenticate': 'Bearer' });
}
