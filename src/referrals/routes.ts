import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, noContent, problems } from '../http/openapi';
import { createRouter } from '../http/router';
import type { AppDeps } from '../shared/deps';
import {
  HelpBack,
  HelpBackQuery,
  PersonReferrals,
  Referral,
  ReferralConflict,
  ReferralInput,
  ReferralListQuery,
  ReferralPage,
  ReferralPatch,
} from './schema';
import * as service from './service';

const tags = ['Referrals'];
const writeProblems = {
  400: problems[400],
  401: problems[401],
  404: problems[404],
  413: problems[413],
  415: problems[415],
  422: problems[422],
};

export function referralsRoutes({ db, clock, config }: AppDeps) {
  return (
    createRouter()
      .openapi(
        createRoute({
          method: 'get',
          path: '/api/v1/referrals',
          tags,
          summary: 'List referrals given and received, newest first',
          request: { query: ReferralListQuery },
          responses: {
            200: json(ReferralPage, 'A page of referrals'),
            400: problems[400],
            401: problems[401],
          },
        }),
        async (c) =>
          c.json(await service.listReferrals(db, c.get('caller').accountId, c.req.valid('query')), 200),
      )
      .openapi(
        createRoute({
          method: 'post',
          path: '/api/v1/referrals',
          tags,
          summary: 'Record a referral',
          request: jsonBody(ReferralInput),
          responses: {
            201: json(Referral, 'Created'),
            409: {
              description: 'The introduction already has its referral (`referralId`)',
              content: { 'application/problem+json': { schema: ReferralConflict } },
            },
            ...writeProblems,
          },
        }),
        async (c) =>
          c.json(
            await service.createReferral(db, c.get('caller').accountId, c.req.valid('json'), clock.now()),
            201,
          ),
      )
      // Declared before /referrals/{id}, so the word is not taken for an id.
      .openapi(
        createRoute({
          method: 'get',
          path: '/api/v1/referrals/help-back',
          tags,
          summary: 'People who helped you recently, whom you could help back, with what they need now',
          description:
            'Referrals they sent your way and introductions they made helpful within the last `days` days, ' +
            'most recent help first. A reminder, not a score: nothing is counted against anyone.',
          request: { query: HelpBackQuery },
          responses: { 200: json(HelpBack, 'Who helped recently'), 400: problems[400], 401: problems[401] },
        }),
        async (c) =>
          c.json(
            await service.helpBackList(
              db,
              c.get('caller').accountId,
              clock.now(),
              c.req.valid('query').days ?? config.referrals.helpBackDays,
            ),
            200,
          ),
      )
      .openapi(
        createRoute({
          method: 'get',
          path: '/api/v1/referrals/{id}',
          tags,
          summary: 'Get a referral',
          request: { params: IdParam },
          responses: { 200: json(Referral, 'The referral'), 401: problems[401], 404: problems[404] },
        }),
        async (c) =>
          c.json(await service.getReferral(db, c.get('caller').accountId, c.req.valid('param').id), 200),
      )
      .openapi(
        createRoute({
          method: 'patch',
          path: '/api/v1/referrals/{id}',
          tags,
          summary: 'Change some fields of a referral',
          request: { params: IdParam, ...jsonBody(ReferralPatch) },
          responses: { 200: json(Referral, 'Updated'), ...writeProblems },
        }),
        async (c) =>
          c.json(
            await service.updateReferral(
              db,
              c.get('caller').accountId,
              c.req.valid('param').id,
              c.req.valid('json'),
              clock.now(),
            ),
            200,
          ),
      )
      .openapi(
        createRoute({
          method: 'delete',
          path: '/api/v1/referrals/{id}',
          tags,
          summary: 'Delete a referral',
          request: { params: IdParam },
          responses: { 204: noContent, 401: problems[401], 404: problems[404] },
        }),
        async (c) => {
          await service.deleteReferral(db, c.get('caller').accountId, c.req.valid('param').id);
          return c.body(null, 204);
        },
      )
      .openapi(
        createRoute({
          method: 'get',
          path: '/api/v1/people/{id}/referrals',
          tags,
          summary: 'What a person sent your way and what you sent theirs',
          description: 'History and gratitude, each side on its own: never a balance or a ranking.',
          request: { params: IdParam },
          responses: { 200: json(PersonReferrals, 'Both histories'), 401: problems[401], 404: problems[404] },
        }),
        async (c) =>
          c.json(await service.personReferrals(db, c.get('caller').accountId, c.req.valid('param').id), 200),
      )
  );
}
