import { createRoute, z } from '@hono/zod-openapi';
import { json, jsonBody, noContent, problems } from '../http/openapi';
import { createRouter } from '../http/router';
import type { AppDeps } from '../shared/deps';
import { LosingTouchPage, LosingTouchQuery, TagCadence, TagCadenceInput, TagParam } from './schema';
import * as service from './service';

const tags = ['Keep in touch'];

export function keepInTouchRoutes({ db, clock }: AppDeps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/keep-in-touch/tags',
        tags,
        summary: 'Cadences per tag',
        description:
          'Everyone with the tag and no cadence of their own is kept in touch with at this cadence; with several such tags, the tightest applies.',
        responses: {
          200: json(z.object({ items: z.array(TagCadence) }), 'Tag cadences, tightest first'),
          401: problems[401],
        },
      }),
      async (c) => c.json(await service.listTagCadences(db, c.get('caller').accountId), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/api/v1/keep-in-touch/tags/{tag}',
        tags,
        summary: "Set a tag's cadence",
        request: { params: TagParam, ...jsonBody(TagCadenceInput) },
        responses: {
          200: json(TagCadence, 'The cadence'),
          400: problems[400],
          401: problems[401],
          415: problems[415],
          422: problems[422],
        },
      }),
      async (c) => {
        const { accountId } = c.get('caller');
        const { tag } = c.req.valid('param');
        return c.json(await service.setTagCadence(db, accountId, tag, c.req.valid('json'), clock.now()), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/api/v1/keep-in-touch/tags/{tag}',
        tags,
        summary: "Remove a tag's cadence",
        request: { params: TagParam },
        responses: { 204: noContent, 401: problems[401], 404: problems[404], 422: problems[422] },
      }),
      async (c) => {
        await service.removeTagCadence(db, c.get('caller').accountId, c.req.valid('param').tag);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/keep-in-touch/losing-touch',
        tags,
        summary: 'People losing touch',
        description:
          'Everyone past the ideal interval of their cadence, furthest past it first (days since the last ' +
          'interaction ÷ the maximum interval), with their last interaction, status and strength.',
        request: { query: LosingTouchQuery },
        responses: { 200: json(LosingTouchPage, 'A page of people'), 400: problems[400], 401: problems[401] },
      }),
      async (c) =>
        c.json(
          await service.losingTouch(db, c.get('caller').accountId, c.req.valid('query'), clock.now()),
          200,
        ),
    );
}
