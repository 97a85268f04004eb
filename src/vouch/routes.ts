// "Not yet" answers on a person: record one (its criteria join the person's vouch criteria), list them.
import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, problems } from '../http/openapi';
import { createRouter } from '../http/router';
import type { AppDeps } from '../shared/deps';
import { NotYetAnswer, NotYetInput, NotYetList } from './schema';
import * as service from './service';

const tags = ['People'];

export function vouchRoutes(deps: AppDeps) {
  const account = (c: { get(k: 'caller'): { accountId: string } }) => c.get('caller').accountId;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/people/{id}/not-yet',
        tags,
        summary: '"Not yet" answers given to this person, with what each still waits for',
        request: { params: IdParam },
        responses: {
          200: json(NotYetList, 'Open answers'),
          400: problems[400],
          401: problems[401],
          404: problems[404],
        },
      }),
      async (c) => c.json(await service.listNotYet(deps.db, account(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/people/{id}/not-yet',
        tags,
        summary:
          'They asked for referrals; answer "not yet": the criteria you would like to see are added to their vouch criteria, and Today tells you once all are met',
        request: { params: IdParam, ...jsonBody(NotYetInput) },
        responses: {
          201: json(NotYetAnswer, 'Recorded'),
          400: problems[400],
          401: problems[401],
          403: problems[403],
          404: problems[404],
          415: problems[415],
          422: problems[422],
        },
      }),
      async (c) =>
        c.json(
          await service.recordNotYet(deps, account(c), c.req.valid('param').id, c.req.valid('json')),
          201,
        ),
    );
}
