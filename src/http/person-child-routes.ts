// Registers the five routes of a person-owned resource (needs, offers, interactions):
//   GET/POST /api/v1/people/{id}/<plural>   GET/PATCH/DELETE /api/v1/<plural>/{id}
import { createRoute } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { ChildService } from '../people/child-service';
import { Page, PageQuery } from '../shared/common-schema';
import type { App, AppDeps } from './env';
import { IdParam, json, jsonBody, noContent, problems } from './openapi';

export interface ChildRouteSpec<I extends z.ZodType, P extends z.ZodType, O extends z.ZodType> {
  plural: string;
  noun: string;
  tag: string;
  Input: I;
  Patch: P;
  Output: O;
  service: ChildService<z.output<I>, z.output<P>, z.output<O>>;
}

const writeProblems = {
  400: problems[400],
  401: problems[401],
  404: problems[404],
  413: problems[413],
  415: problems[415],
  422: problems[422],
};

export function registerPersonChildRoutes<I extends z.ZodType, P extends z.ZodType, O extends z.ZodType>(
  app: App,
  deps: AppDeps,
  spec: ChildRouteSpec<I, P, O>,
): void {
  const { db, clock } = deps;
  const { plural, noun, service } = spec;
  const tags = [spec.tag];
  // The route table is generic, so the handlers' response types are checked by the schemas at runtime.
  const route = app.openapi.bind(app) as unknown as (
    r: ReturnType<typeof createRoute>,
    h: (c: AnyContext) => unknown,
  ) => void;

  route(
    createRoute({
      method: 'get',
      path: `/api/v1/people/{id}/${plural}`,
      tags,
      summary: `List a person's ${plural}, newest first`,
      request: { params: IdParam, query: PageQuery },
      responses: {
        200: json(Page(spec.Output), `A page of ${plural}`),
        401: problems[401],
        404: problems[404],
      },
    }),
    async (c: AnyContext) =>
      c.json(
        await service.list(db, c.get('caller').accountId, c.req.valid('param').id, c.req.valid('query')),
        200,
      ),
  );

  route(
    createRoute({
      method: 'post',
      path: `/api/v1/people/{id}/${plural}`,
      tags,
      summary: `Add a ${noun} to a person`,
      request: { params: IdParam, ...jsonBody(spec.Input) },
      responses: { 201: json(spec.Output, 'Created'), ...writeProblems },
    }),
    async (c: AnyContext) => {
      const created = await service.create(
        db,
        c.get('caller').accountId,
        c.req.valid('param').id,
        c.req.valid('json'),
        clock.now(),
      );
      return c.json(created, 201);
    },
  );

  route(
    createRoute({
      method: 'get',
      path: `/api/v1/${plural}/{id}`,
      tags,
      summary: `Get a ${noun}`,
      request: { params: IdParam },
      responses: { 200: json(spec.Output, `The ${noun}`), 401: problems[401], 404: problems[404] },
    }),
    async (c: AnyContext) =>
      c.json(await service.get(db, c.get('caller').accountId, c.req.valid('param').id), 200),
  );

  route(
    createRoute({
      method: 'patch',
      path: `/api/v1/${plural}/{id}`,
      tags,
      summary: `Change some fields of a ${noun}`,
      request: { params: IdParam, ...jsonBody(spec.Patch) },
      responses: { 200: json(spec.Output, 'Updated'), ...writeProblems },
    }),
    async (c: AnyContext) => {
      const updated = await service.update(
        db,
        c.get('caller').accountId,
        c.req.valid('param').id,
        c.req.valid('json'),
        clock.now(),
      );
      return c.json(updated, 200);
    },
  );

  route(
    createRoute({
      method: 'delete',
      path: `/api/v1/${plural}/{id}`,
      tags,
      summary: `Delete a ${noun}`,
      request: { params: IdParam },
      responses: { 204: noContent, 401: problems[401], 404: problems[404] },
    }),
    async (c: AnyContext) => {
      await service.remove(db, c.get('caller').accountId, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see the comment on `route` above.
type AnyContext = any;
