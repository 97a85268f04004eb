// The request link (make or rotate, status, revoke) and the requests it brought in (list, read, accept,
// decline). The public page itself is public-routes.ts.
import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, noContent, problems } from '../http/openapi';
import { createRouter } from '../http/router';
import { DuplicateProblem } from '../introductions/schema';
import type { AppDeps } from '../shared/deps';
import * as links from './link-service';
import {
  AcceptedIntroRequest,
  AcceptIntroRequestInput,
  DeclineIntroRequestInput,
  EditIntroRequestInput,
  IntroRequest,
  IntroRequestDetail,
  IntroRequestLinkCreated,
  IntroRequestLinkStatus,
  IntroRequestList,
  IntroRequestListQuery,
} from './schema';
import * as service from './service';

const tags = ['Introduction requests'];

const writeProblems = {
  400: problems[400],
  401: problems[401],
  403: problems[403],
  404: problems[404],
  415: problems[415],
  422: problems[422],
};

export function introRequestsRoutes(deps: AppDeps) {
  const account = (c: { get(k: 'caller'): { accountId: string } }) => c.get('caller').accountId;
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/intro-request-link',
        tags,
        summary: 'Whether the public request link is on (its URL is shown only when made)',
        responses: { 200: json(IntroRequestLinkStatus, 'The link'), 401: problems[401] },
      }),
      async (c) => c.json(await links.linkStatus(deps, account(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/intro-request-link',
        tags,
        summary:
          'Make the public "ask me for an introduction" link, or a new one (the old URL stops working); the URL is shown this once',
        responses: {
          201: json(IntroRequestLinkCreated, 'The link'),
          401: problems[401],
          403: problems[403],
        },
      }),
      async (c) => c.json(await links.createOrRotateLink(deps, account(c)), 201),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/api/v1/intro-request-link',
        tags,
        summary: 'Turn the request link off: its URL stops working (requests already sent stay)',
        responses: { 204: noContent, 401: problems[401], 403: problems[403], 404: problems[404] },
      }),
      async (c) => {
        await links.revokeLink(deps, account(c));
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/intro-requests',
        tags,
        summary: 'Introduction requests that came in through the public link, newest first',
        request: { query: IntroRequestListQuery },
        responses: { 200: json(IntroRequestList, 'The requests'), 400: problems[400], 401: problems[401] },
      }),
      async (c) => c.json(await service.listRequests(deps.db, account(c), c.req.valid('query').status), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/intro-requests/{id}',
        tags,
        summary: 'One request, with people whose details match whom they would like to meet',
        request: { params: IdParam },
        responses: {
          200: json(IntroRequestDetail, 'The request'),
          400: problems[400],
          401: problems[401],
          404: problems[404],
        },
      }),
      async (c) => c.json(await service.getRequest(deps.db, account(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/api/v1/intro-requests/{id}',
        tags,
        summary:
          'Correct a pending request before deciding (name, email, whom they would like to meet, why, their paragraph); accepting then drafts from the corrected text',
        request: { params: IdParam, ...jsonBody(EditIntroRequestInput) },
        responses: {
          200: json(IntroRequestDetail, 'The corrected request, with people matching it now'),
          ...writeProblems,
          409: problems[409],
        },
      }),
      async (c) =>
        c.json(
          await service.editRequest(deps.db, account(c), c.req.valid('param').id, c.req.valid('json')),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/intro-requests/{id}/accept',
        tags,
        summary:
          'Accept: the requester becomes a person (matched by email, or added) and a draft introduction to the chosen person is made, their paragraph as their pitch. Nobody is asked yet',
        request: { params: IdParam, ...jsonBody(AcceptIntroRequestInput) },
        responses: {
          201: json(AcceptedIntroRequest, 'Accepted, with the draft introduction'),
          ...writeProblems,
          409: {
            description:
              'Already decided; or the chosen person’s vouch criteria are not all met (`unmetCriteria`; send confirmUnvouched: true); or the two already have an open introduction',
            content: { 'application/problem+json': { schema: DuplicateProblem } },
          },
        },
      }),
      async (c) =>
        c.json(
          await service.acceptRequest(deps, account(c), c.req.valid('param').id, c.req.valid('json')),
          201,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/intro-requests/{id}/decline',
        tags,
        summary:
          'Decline: with a note, the note is sent to the requester as written (through the outbox); without one, nothing is sent',
        request: { params: IdParam, ...jsonBody(DeclineIntroRequestInput) },
        responses: { 200: json(IntroRequest, 'Declined'), ...writeProblems, 409: problems[409] },
      }),
      async (c) =>
        c.json(
          await service.declineRequest(deps, account(c), c.req.valid('param').id, c.req.valid('json')),
          200,
        ),
    );
}
