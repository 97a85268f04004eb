// Today over HTTP: the list, and "Got it" for answers the connector has seen.
import { createRoute } from '@hono/zod-openapi';
import { json, jsonBody, noContent, problems } from '../http/openapi';
import { createRouter } from '../http/router';
import type { AppDeps } from '../shared/deps';
import { AcknowledgeInput, Agenda } from './schema';
import * as service from './service';

const tags = ['Today'];

export function agendaRoutes(deps: AppDeps) {
  const { db, clock, config } = deps;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/agenda',
        tags,
        summary:
          'Today: answers that came in, check-backs, stale yeses, introductions to send, follow-ups, outcomes, failed mail, keep-in-touch, needs coming due and suggestions, most urgent first, in the account’s time zone',
        responses: { 200: json(Agenda, 'Today'), 401: problems[401] },
      }),
      async (c) =>
        c.json(
          await service.agendaFor(db, c.get('caller').accountId, clock.now(), {
            timing: config.introductions,
            keptMs: config.todayKeptSeconds * 1000,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/agenda/acknowledgements',
        tags,
        summary: '"Got it": the items with these keys leave Today (acknowledging twice is harmless)',
        request: jsonBody(AcknowledgeInput),
        responses: {
          204: noContent,
          400: problems[400],
          401: problems[401],
          415: problems[415],
          422: problems[422],
        },
      }),
      async (c) => {
        await service.acknowledge(db, c.get('caller').accountId, c.req.valid('json').keys);
        return c.body(null, 204);
      },
    );
}
