// GET /ask/:secret shows the request form and changes nothing; POST /ask/:secret stores a request. No
// account needed: the unguessable secret is the credential. Limited per client address (every request)
// and per link (submissions), so neither one client nor a leaked link can flood the connector's Today.
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { clientIp, NO_ADDRESS } from '../http/client-info';
import { createRequestLimiter, type RequestLimiter } from '../http/rate-limit';
import { createRouter } from '../http/router';
import { sameOrigin } from '../introductions/public/routes';
import type { AppDeps } from '../shared/deps';
import { ProblemError } from '../shared/errors';
import { MAX_REQUEST_FORM_BYTES } from './form';
import { linkKey, type PublicPage, showRequestForm, submitRequest } from './link-service';
import { badFormPage, tooLargePage, tooManyPage } from './pages';

/** Submissions one link takes per hour: more than anyone's network asks, few enough to stop a flood. */
export const REQUESTS_PER_LINK_PER_HOUR = 20;

export interface RequestPageLimiters {
  /** Every request to /ask/… from one client address (default: CONSENT_PAGE_RATE_PER_MINUTE). */
  perAddress?: RequestLimiter;
  /** Form submissions to one link (default: REQUESTS_PER_LINK_PER_HOUR). */
  perLink?: RequestLimiter;
}

type Shown = PublicPage | { status: 413 | 429; html: string; retryAfter?: string };

function send(c: Context, r: Shown): Response {
  c.header('cache-control', 'no-store');
  // Not no-referrer: with it browsers send "Origin: null" on the form POST, which sameOrigin refuses.
  c.header('referrer-policy', 'same-origin');
  c.header('x-robots-tag', 'noindex, nofollow');
  if ('retryAfter' in r && r.retryAfter) c.header('retry-after', r.retryAfter);
  return c.html(r.html, r.status);
}

/** Runs `limiter` for `key`; a 429 page (not problem+json: a person reads it) when it is used up. */
async function within(limiter: RequestLimiter | undefined, key: string): Promise<Shown | null> {
  if (!limiter) return null;
  try {
    await limiter.take(key);
    return null;
  } catch (err) {
    if (!(err instanceof ProblemError) || err.status !== 429) throw err;
    const retryAfter = err.headers['retry-after'] ?? '60';
    return { status: 429, html: tooManyPage(Number(retryAfter)), retryAfter };
  }
}

export function introRequestPublicRoutes(deps: AppDeps, limiters: RequestPageLimiters = {}) {
  const perMinute = deps.config.consentPageRatePerMinute;
  const perAddress =
    limiters.perAddress ??
    (perMinute > 0 ? createRequestLimiter({ points: perMinute, windowSeconds: 60 }) : undefined);
  const perLink =
    limiters.perLink ?? createRequestLimiter({ points: REQUESTS_PER_LINK_PER_HOUR, windowSeconds: 3600 });
  const byAddress = (c: Context) => {
    const address = clientIp(c, deps.config.trustedProxies);
    // In-process requests (tests) have no socket, so no address to tell clients apart by.
    return address === NO_ADDRESS ? Promise.resolve(null) : within(perAddress, address);
  };

  return createRouter()
    .get('/ask/:secret', async (c) => {
      const limited = await byAddress(c);
      return send(c, limited ?? (await showRequestForm(deps, c.req.param('secret'))));
    })
    .post(
      '/ask/:secret',
      async (c, next) => {
        const limited = await byAddress(c);
        if (limited) return send(c, limited);
        await next();
      },
      bodyLimit({
        maxSize: MAX_REQUEST_FORM_BYTES,
        onError: (c) => send(c, { status: 413, html: tooLargePage() }),
      }),
      async (c) => {
        const secret = c.req.param('secret');
        const type = c.req.header('content-type') ?? '';
        if (
          !/^application\/x-www-form-urlencoded|^multipart\/form-data/i.test(type) ||
          !sameOrigin(c, deps)
        ) {
          return send(c, { status: 400, html: badFormPage() });
        }
        const key = linkKey(secret);
        const limited = key ? await within(perLink, key) : null;
        if (limited) return send(c, limited);
        const body = await c.req.parseBody().catch(() => null);
        if (body === null) return send(c, { status: 400, html: badFormPage() });
        const fields: Record<string, string | undefined> = {};
        for (const [k, v] of Object.entries(body)) if (typeof v === 'string') fields[k] = v;
        return send(c, await submitRequest(deps, secret, fields));
      },
    );
}
