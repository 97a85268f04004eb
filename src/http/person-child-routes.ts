// The five routes of a resource a person owns (needs, offers, interactions), declared once so their paths,
// summaries and error responses agree:
//   GET/POST /api/v1/people/{id}/<plural>   GET/PATCH/DELETE /api/v1/<plural>/{id}
// Only the declarations are shared; each feature's routes.ts attaches its own typed handlers.
import { createRoute } from '@hono/zod-openapi';
import type { z } from 'zod';
import { Page, PageQuery } from '../shared/common-schema';
import { IdParam, json, jsonBody, noContent, problems } from './openapi';

export interface PersonChildSpec<
  Plural extends string,
  I extends z.ZodType,
  P extends z.ZodType,
  O extends z.ZodType,
> {
  plural: Plural;
  noun: string;
  tag: string;
  Input: I;
  Patch: P;
  Output: O;
}

const writeProblems = {
  400: problems[400],
  401: problems[401],
  404: problems[404],
  413: problems[413],
  415: problems[415],
  422: problems[422],
};

export function personChildRoutes<
  Plural extends string,
  I extends z.ZodType,
  P extends z.ZodType,
  O extends z.ZodType,
>(spec: PersonChildSpec<Plural, I, P, O>) {
  const { plural, noun } = spec;
  const tags = [spec.tag];
  const ofPerson = `/api/v1/people/{id}/${plural}` as const;
  const one = `/api/v1/${plural}/{id}` as const;
  return {
    list: createRoute({
      method: 'get',
      path: ofPerson,
      tags,
      summary: `List a person's ${plural}, newest first`,
      request: { params: IdParam, query: PageQuery },
      responses: {
        200: json(Page(spec.Output), `A page of ${plural}`),
        401: problems[401],
        404: problems[404],
      },
    }),
    create: createRoute({
      method: 'post',
      path: ofPerson,
      tags,
      summary: `Add a ${noun} to a person`,
      request: { params: IdParam, ...jsonBody(spec.Input) },
      responses: { 201: json(spec.Output, 'Created'), ...writeProblems },
    }),
    get: createRoute({
      method: 'get',
      path: one,
      tags,
      summary: `Get a ${noun}`,
      request: { params: IdParam },
      responses: { 200: json(spec.Output, `The ${noun}`), 401: problems[401], 404: problems[404] },
    }),
    update: createRoute({
      method: 'patch',
      path: one,
      tags,
      summary: `Change some fields of a ${noun}`,
      request: { params: IdParam, ...jsonBody(spec.Patch) },
      responses: { 200: json(spec.Output, 'Updated'), ...writeProblems },
    }),
    remove: createRoute({
      method: 'delete',
      path: one,
      tags,
      summary: `Delete a ${noun}`,
      request: { params: IdParam },
      responses: { 204: noContent, 401: problems[401], 404: problems[404] },
    }),
  };
}
