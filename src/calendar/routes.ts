// The calendar feed: managing its secret URL (signed in), and the feed itself (public: the secret in the
// URL is the credential, so calendar apps can subscribe without signing in; limited per client address
// like the consent pages, CONSENT_PAGE_RATE_PER_MINUTE).
import { createRoute, z } from '@hono/zod-openapi';
import { clientIp, NO_ADDRESS } from '../http/client-info';
import { json, noContent, problems } from '../http/openapi';
import { createRequestLimiter, type RequestLimiter } from '../http/rate-limit';
import { createRouter } from '../http/router';
import type { AppDeps } from '../shared/deps';
import { CalendarFeedCreated, CalendarFeedStatus, FeedFileParam } from './schema';
import * as service from './service';

const tags = ['Calendar'];

export function calendarRoutes(deps: AppDeps, limiter?: RequestLimiter) {
  const perMinute = deps.config.consentPageRatePerMinute;
  const feedLimiter =
    limiter ?? (perMinute > 0 ? createRequestLimiter({ points: perMinute, windowSeconds: 60 }) : undefined);
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/calendar-feed',
        tags,
        summary: 'Whether the calendar feed is on (its URL is shown only when made)',
        responses: { 200: json(CalendarFeedStatus, 'The feed'), 401: problems[401] },
      }),
      async (c) => c.json(await service.feedStatus(deps, c.get('caller').accountId), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/calendar-feed',
        tags,
        summary:
          'Make the secret calendar feed URL, or a new one (the old URL stops working); the URL is shown this once',
        responses: {
          201: json(CalendarFeedCreated, 'The feed URL'),
          401: problems[401],
          403: problems[403],
        },
      }),
      async (c) => c.json(await service.createOrRotateFeed(deps, c.get('caller').accountId), 201),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/api/v1/calendar-feed',
        tags,
        summary: 'Turn the calendar feed off: its URL stops working',
        responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
      }),
      async (c) => {
        await service.revokeFeed(deps, c.get('caller').accountId);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/calendar/{file}',
        tags,
        summary:
          'The calendar feed (RFC 5545): follow-ups, check-backs, needed-by dates and keep-in-touch due dates as all-day events. The path is /calendar/<secret>.ics',
        security: [],
        request: { params: FeedFileParam },
        responses: {
          200: {
            description: 'The calendar',
            content: { 'text/calendar': { schema: z.string() } },
          },
          404: { ...problems[404], description: 'No feed has this secret (revoked, replaced or never made)' },
          429: problems[429],
        },
      }),
      async (c) => {
        const address = clientIp(c, deps.config.trustedProxies);
        // In-process requests (tests) have no socket, so no address to tell clients apart by.
        if (feedLimiter && address !== NO_ADDRESS) await feedLimiter.take(address);
        const body = await service.calendarFeed(deps, c.req.valid('param').file);
        return c.body(body, 200, {
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': 'inline; filename="linchpin.ics"',
          'cache-control': 'private, no-cache',
          'referrer-policy': 'no-referrer',
          'x-robots-tag': 'noindex, nofollow',
        });
      },
    );
}
