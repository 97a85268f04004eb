import { createRoute, z } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, noContent, problems, repeatable } from '../http/openapi';
import { createRouter } from '../http/router';
import { PageQuery, Tag } from '../shared/common-schema';
import type { AppDeps } from '../shared/deps';
import { bulkAct } from './bulk';
import { deletePerson } from './deletion';
import {
  BulkRequest,
  BulkResult,
  ListOrder,
  PeopleFilterFields,
  PeoplePage,
  PeopleSource,
} from './list-schema';
import { NewPerson, Person, PersonAlreadyKnown, PersonInIntroductions, PersonPatch } from './schema';
import * as service from './service';

const tags = ['People'];

const ListQuery = PageQuery.extend({
  ...PeopleFilterFields,
  tag: repeatable(Tag).describe('Only people with this tag (repeat for all of several)'),
  ...ListOrder,
});

const CreateQuery = z.object({
  allowDuplicate: z
    .enum(['true', 'false'])
    .optional()
    .describe('`true`: add the person even when their details already belong to someone'),
});

const DeleteQuery = z.object({
  introductions: z
    .enum(['cancel'])
    .optional()
    .describe('For a person in introductions: cancel the open ones and keep the closed ones anonymised'),
});

export function peopleRoutes(deps: AppDeps) {
  const { db, clock } = deps;

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/people',
        tags,
        summary: 'List or search people',
        description:
          'Searching (`q`) forgives accents and case ("garcia" finds "García") and typos in names ("jonh ' +
          'smtih" finds John Smith, after every exact and prefix match). Without `q` the list is in the ' +
          '`sort` order, paged by keyset. `total` counts every match.',
        request: { query: ListQuery },
        responses: { 200: json(PeoplePage, 'A page of people'), 400: problems[400], 401: problems[401] },
      }),
      async (c) => {
        const { tag, ...query } = c.req.valid('query');
        const { accountId } = c.get('caller');
        return c.json(await service.listPeople(db, accountId, { ...query, tags: tag }, clock.now()), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/people',
        tags,
        summary: 'Add a person',
        description:
          'When an email, phone number or LinkedIn profile of the new person already belongs to someone ' +
          '(the identity rule imports follow; a number shared by many, such as a switchboard, does not ' +
          'count), the answer is 409 naming them in `existing`; repeat with `?allowDuplicate=true` or ' +
          '`"allowDuplicate": true` to add the person anyway.',
        request: { query: CreateQuery, ...jsonBody(NewPerson) },
        responses: {
          201: json(Person, 'Created'),
          400: problems[400],
          401: problems[401],
          409: {
            description: "The person's details already belong to someone",
            content: { 'application/problem+json': { schema: PersonAlreadyKnown } },
          },
          413: problems[413],
          415: problems[415],
          422: problems[422],
        },
      }),
      async (c) => {
        const { allowDuplicate, ...input } = c.req.valid('json');
        const allow = allowDuplicate === true || c.req.valid('query').allowDuplicate === 'true';
        const person = await service.createPerson(db, c.get('caller').accountId, input, {
          allowDuplicate: allow,
        });
        return c.json(person, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/people/sources',
        tags,
        summary: 'Where people came from: each import, by hand, the demo, your link; with counts',
        responses: {
          200: json(z.object({ items: z.array(PeopleSource) }), 'Sources, newest import first'),
          401: problems[401],
        },
      }),
      async (c) => c.json({ items: await service.peopleSources(db, c.get('caller').accountId) }, 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/people/bulk',
        tags,
        summary: 'Tag, untag, set the trust of, or delete many people in one transaction',
        description:
          'Names the people by `ids` or by `filter` (everyone the list shows with those filters). The ' +
          'answer carries `undo`: requests to this route that put back what changed. A delete cannot be ' +
          'undone: it needs `confirmCount`, and is refused (409) unless that many people match.',
        request: jsonBody(BulkRequest),
        responses: {
          200: json(BulkResult, 'Done'),
          400: problems[400],
          401: problems[401],
          409: problems[409],
          415: problems[415],
          422: problems[422],
        },
      }),
      async (c) =>
        c.json(
          await bulkAct(
            db,
            { config: deps.config, now: clock.now() },
            c.get('caller').accountId,
            c.req.valid('json'),
          ),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/people/{id}',
        tags,
        summary: 'Get a person',
        request: { params: IdParam },
        responses: { 200: json(Person, 'The person'), 401: problems[401], 404: problems[404] },
      }),
      async (c) =>
        c.json(
          await service.getPerson(db, c.get('caller').accountId, c.req.valid('param').id, clock.now()),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/api/v1/people/{id}',
        tags,
        summary: 'Change some fields of a person',
        request: { params: IdParam, ...jsonBody(PersonPatch) },
        responses: {
          200: json(Person, 'Updated'),
          400: problems[400],
          401: problems[401],
          404: problems[404],
          415: problems[415],
          422: problems[422],
        },
      }),
      async (c) => {
        const { accountId } = c.get('caller');
        const person = await service.updatePerson(
          db,
          accountId,
          c.req.valid('param').id,
          c.req.valid('json'),
          clock.now(),
        );
        return c.json(person, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/api/v1/people/{id}',
        tags,
        summary: 'Delete a person with their needs, offers and interactions',
        description:
          'A person who is in introductions is only deleted with `?introductions=cancel`: their open ' +
          'introductions are cancelled (whoever had said yes gets the neutral closing note) and every ' +
          'introduction is kept with the person shown as "Deleted person", their personal data removed. ' +
          'Without it the answer is 409 listing the introductions (`introductions`, `openIntroductions`, ' +
          '`closedIntroductions`).',
        request: { params: IdParam, query: DeleteQuery },
        responses: {
          204: noContent,
          400: problems[400],
          401: problems[401],
          404: problems[404],
          409: {
            description: 'The person is in introductions; repeat with `?introductions=cancel`',
            content: { 'application/problem+json': { schema: PersonInIntroductions } },
          },
        },
      }),
      async (c) => {
        await deletePerson(
          db,
          { config: deps.config, now: clock.now() },
          c.get('caller').accountId,
          c.req.valid('param').id,
          c.req.valid('query').introductions,
        );
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/tags',
        tags,
        summary: 'Every tag in use, with how many people carry it',
        responses: {
          200: json(
            z.object({ items: z.array(z.object({ tag: z.string(), count: z.number().int() })) }),
            'Tags, most used first',
          ),
          401: problems[401],
        },
      }),
      async (c) => c.json({ items: await service.tagCounts(db, c.get('caller').accountId) }, 200),
    );
}
