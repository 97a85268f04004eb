import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, problems } from '../http/openapi';
import { createRouter } from '../http/router';
import type { AppDeps } from '../shared/deps';
import { PersonValues } from './schema';
import { personValues } from './service';

export function personValuesRoutes({ db }: AppDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/people/{id}/values',
      tags: ['People'],
      summary: 'What the person valued: the kinds of help they said yes to and found helpful',
      description:
        'Counted from their consent answers (their last per introduction), follow-up answers, the outcomes ' +
        'you recorded and the contact that followed, grouped by kind of help; each sentence carries its counts.',
      request: { params: IdParam },
      responses: { 200: json(PersonValues, 'What they valued'), 401: problems[401], 404: problems[404] },
    }),
    async (c) => c.json(await personValues(db, c.get('caller').accountId, c.req.valid('param').id), 200),
  );
}
