import { createRoute } from '@hono/zod-openapi';
import type { App, AppDeps } from '../http/env';
import { json, problems, repeatable } from '../http/openapi';
import { registerPersonChildRoutes } from '../http/person-child-routes';
import { Page, PageQuery, Tag } from '../shared/common-schema';
import {
  Need,
  NeedInput,
  NeedPatch,
  NeedStatus,
  NeedWithPerson,
  Offer,
  OfferInput,
  OfferPatch,
  OfferStatus,
  OfferWithPerson,
  SearchWords,
} from './schema';
import { findNeeds, findOffers, needs, offers } from './service';

const searchQuery = <S extends typeof NeedStatus | typeof OfferStatus>(status: S) =>
  PageQuery.extend({
    tag: repeatable(Tag).describe(
      'Only those with any of these tags (repeat for several); most shared first',
    ),
    status: repeatable(status).describe('Only those in this status (repeat for several)'),
    q: SearchWords.optional().describe('Words that must all appear (text, tags or the person’s name)'),
  });

export function registerNeedsOffersRoutes(app: App, deps: AppDeps): void {
  registerPersonChildRoutes(app, deps, {
    plural: 'needs',
    noun: 'need',
    tag: 'Needs',
    Input: NeedInput,
    Patch: NeedPatch,
    Output: Need,
    service: needs,
  });
  registerPersonChildRoutes(app, deps, {
    plural: 'offers',
    noun: 'offer',
    tag: 'Offers',
    Input: OfferInput,
    Patch: OfferPatch,
    Output: Offer,
    service: offers,
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/offers',
      tags: ['Offers'],
      summary: 'Search offers of all your people by tag, status and words, with the person of each',
      request: { query: searchQuery(OfferStatus) },
      responses: {
        200: json(Page(OfferWithPerson), 'A page of offers, most shared tags first'),
        400: problems[400],
        401: problems[401],
      },
    }),
    async (c) => c.json(await findOffers(deps.db, c.get('caller').accountId, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/needs',
      tags: ['Needs'],
      summary: 'Search needs of all your people by tag, status and words, with the person of each',
      request: { query: searchQuery(NeedStatus) },
      responses: {
        200: json(Page(NeedWithPerson), 'A page of needs, most shared tags first'),
        400: problems[400],
        401: problems[401],
      },
    }),
    async (c) => c.json(await findNeeds(deps.db, c.get('caller').accountId, c.req.valid('query')), 200),
  );
}
