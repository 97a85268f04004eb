import { createRoute } from '@hono/zod-openapi';
import { json, problems, repeatable } from '../http/openapi';
import { createRouter } from '../http/router';
import { NeedStatus } from '../needs/schema';
import { OfferStatus } from '../offers/schema';
import { Page, PageQuery, Tag } from '../shared/common-schema';
import type { AppDeps } from '../shared/deps';
import { NeedWithPerson, OfferWithPerson, SearchWords } from './schema';
import { findNeeds, findOffers } from './service';

const searchQuery = <S extends typeof NeedStatus | typeof OfferStatus>(status: S) =>
  PageQuery.extend({
    tag: repeatable(Tag).describe(
      'Only those with any of these tags (repeat for several); most shared first',
    ),
    status: repeatable(status).describe('Only those in this status (repeat for several)'),
    q: SearchWords.optional().describe('Words that must all appear (text, tags or the person’s name)'),
  });

const searchOffersRoute = createRoute({
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
});

const searchNeedsRoute = createRoute({
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
});

export function needsOffersSearchRoutes({ db }: AppDeps) {
  return createRouter()
    .openapi(searchOffersRoute, async (c) =>
      c.json(await findOffers(db, c.get('caller').accountId, c.req.valid('query')), 200),
    )
    .openapi(searchNeedsRoute, async (c) =>
      c.json(await findNeeds(db, c.get('caller').accountId, c.req.valid('query')), 200),
    );
}
