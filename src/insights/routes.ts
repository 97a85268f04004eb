// GET /api/v1/insights: the chart figures as JSON, or as CSV (all charts, or one with `chart`).
import { createRoute, z } from '@hono/zod-openapi';
import { json, problems } from '../http/openapi';
import { createRouter } from '../http/router';
import type { AppDeps } from '../shared/deps';
import { Insights, InsightsQuery } from './schema';
import * as service from './service';

const tags = ['Insights'];

export function insightsRoutes({ db, clock }: AppDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/insights',
      tags,
      summary: 'Charts of introductions, consent, follow-ups, quality and referral value',
      description:
        'Months are local months in the account time zone. Introductions count by the month they were proposed ' +
        '(outcomes), made (quality) or followed up (follow-ups); consent by the month each person was first asked. ' +
        '"Helped": the outcome was helpful or business done, or without an outcome a person answered "met, helpful". ' +
        'Referral values are per currency, never added across currencies.',
      request: { query: InsightsQuery },
      responses: {
        200: {
          description: 'The figures',
          content: { ...json(Insights, '').content, 'text/csv': { schema: z.string() } },
        },
        400: problems[400],
        401: problems[401],
      },
    }),
    async (c) => {
      const { format, chart, ...range } = c.req.valid('query');
      const now = clock.now();
      const figures = await service.insights(db, c.get('caller').accountId, range, now);
      // With a CSV alternative, @hono/zod-openapi takes any Response for 200: the JSON is held to its schema
      // (what the OpenAPI document, and so the web app's `Insights`, says) here instead.
      if (format !== 'csv') return c.json(figures satisfies z.output<typeof Insights>, 200);
      const name = `linchpin-insights-${chart ?? 'all'}-${figures.from}-${figures.to}.csv`;
      return c.body(service.insightsAsCsv(figures, chart), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      });
    },
  );
}
