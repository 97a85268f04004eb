// Possible duplicates and the manual merge.
import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, noContent, problems } from '../http/openapi';
import { createRouter } from '../http/router';
import { importSettings } from '../imports/settings';
import { Page, PageQuery } from '../shared/common-schema';
import type { AppDeps } from '../shared/deps';
import { DismissInput, DuplicatePair, MergeInput, MergeResult } from './schema';
import * as service from './service';

const tags = ['Duplicates'];

export function duplicatesRoutes(deps: AppDeps) {
  const { db, clock } = deps;

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/duplicates',
        tags,
        summary: 'Pairs of people who may be the same person, strongest first, with the reasons',
        request: { query: PageQuery },
        responses: {
          200: json(Page(DuplicatePair), 'A page of pairs'),
          400: problems[400],
          401: problems[401],
        },
      }),
      async (c) =>
        c.json(
          await service.listDuplicates(db, c.get('caller').accountId, c.req.valid('query'), importSettings()),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/duplicates/dismiss',
        tags,
        summary: 'Mark two people as not the same person (the pair is no longer suggested)',
        request: jsonBody(DismissInput),
        responses: { 204: noContent, 401: problems[401], 404: problems[404], 422: problems[422] },
      }),
      async (c) => {
        await service.dismissDuplicate(
          db,
          c.get('caller').accountId,
          c.req.valid('json').personIds,
          clock.now(),
        );
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/duplicates/undismiss',
        tags,
        summary: 'Suggest a dismissed pair again',
        request: jsonBody(DismissInput),
        responses: { 204: noContent, 401: problems[401], 422: problems[422] },
      }),
      async (c) => {
        await service.undismissDuplicate(db, c.get('caller').accountId, c.req.valid('json').personIds);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/people/{id}/merge',
        tags,
        summary: 'Merge another person into this one (the survivor), moving everything of theirs over',
        description:
          "Lists are unioned; empty fields take the other person's value; where both have a value the survivor's is kept unless `keep` says otherwise, and the other's is returned in `conflicts`. Needs, offers, interactions, introductions and the rest move to the survivor; the other person is deleted. One transaction.",
        request: { params: IdParam, ...jsonBody(MergeInput) },
        responses: {
          200: json(MergeResult, 'Merged'),
          401: problems[401],
          404: problems[404],
          409: {
            ...problems[409],
            description: 'They cannot be merged (e.g. the two people of one introduction)',
          },
          422: problems[422],
        },
      }),
      async (c) =>
        c.json(
          await service.mergePeople(
            db,
            c.get('caller').accountId,
            c.req.valid('param').id,
            c.req.valid('json'),
            clock.now(),
          ),
          200,
        ),
    );
}
