import { createRoute } from '@hono/zod-openapi';
import { IdParam, json, jsonBody, noContent, problems } from '../http/openapi';
import { createRouter } from '../http/router';
import { DuplicateProblem, IntroductionDetail } from '../introductions/schema';
import type { AppDeps } from '../shared/deps';
import {
  Dismissal,
  DraftChoice,
  MatchingSettings,
  MatchingSettingsPatch,
  MatchingStatus,
  NeedSuggestions,
  NeedSuggestionsQuery,
  NoShowOverride,
  PersonSuggestions,
  PersonSuggestionsQuery,
  SuggestionChoice,
  Suggestions,
  SuggestionsQuery,
} from './schema';
import * as service from './service';

const tags = ['Suggestions'];
const readProblems = { 400: problems[400], 401: problems[401], 404: problems[404], 422: problems[422] };
const writeProblems = {
  400: problems[400],
  401: problems[401],
  404: problems[404],
  415: problems[415],
  422: problems[422],
};

export function matchingRoutes(deps: AppDeps) {
  const { db, clock } = deps;
  const account = (c: { get(k: 'caller'): { accountId: string } }) => c.get('caller').accountId;

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/needs/{id}/suggestions',
        tags,
        summary:
          'Who could answer this need: one provider per person (their best offer, or their profile), best first',
        request: { params: IdParam, query: NeedSuggestionsQuery },
        responses: { 200: json(NeedSuggestions, 'Providers, best first'), ...readProblems },
      }),
      async (c) =>
        c.json(
          await service.suggestionsForNeed(
            db,
            account(c),
            c.req.valid('param').id,
            clock.now(),
            c.req.valid('query').limit,
          ),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/suggestions',
        tags,
        summary: 'The best introductions to make now, across every open need: few and good',
        request: { query: SuggestionsQuery },
        responses: { 200: json(Suggestions, 'Suggestions, best first'), ...readProblems },
      }),
      async (c) =>
        c.json(await service.suggestionsForAccount(db, account(c), clock.now(), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/people/{id}/suggestions',
        tags,
        summary: 'Who could help this person (per open need), and whose needs they could answer',
        request: { params: IdParam, query: PersonSuggestionsQuery },
        responses: { 200: json(PersonSuggestions, 'Both lists, best first'), ...readProblems },
      }),
      async (c) =>
        c.json(
          await service.suggestionsForPerson(
            db,
            account(c),
            c.req.valid('param').id,
            clock.now(),
            c.req.valid('query').limit,
          ),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/suggestions/dismissals',
        tags,
        summary: '“Not a fit”: never suggest this provider for this need again (teaches the matcher)',
        request: jsonBody(SuggestionChoice),
        responses: {
          201: json(
            Dismissal,
            'Remembered; a pair already dismissed answers its dismissal, so undo restores it',
          ),
          ...writeProblems,
        },
      }),
      async (c) => c.json(await service.dismiss(db, account(c), c.req.valid('json'), clock.now()), 201),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/api/v1/suggestions/dismissals/{id}',
        tags,
        summary: 'Undo a “not a fit”',
        request: { params: IdParam },
        responses: { 204: noContent, 401: problems[401], 404: problems[404] },
      }),
      async (c) => {
        await service.undoDismissal(db, account(c), c.req.valid('param').id, clock.now());
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/suggestions/draft',
        tags,
        summary:
          'Turn a suggestion into a draft introduction (reason prefilled from its reasons, the need linked)',
        request: jsonBody(DraftChoice),
        responses: {
          201: json(IntroductionDetail, 'Created as a draft'),
          ...writeProblems,
          409: {
            description:
              'The two people already have an open introduction (`existingIntroductionId` names it), or the provider’s vouch criteria are not all met (`unmetCriteria`; send confirmUnvouched: true to draft anyway)',
            content: { 'application/problem+json': { schema: DuplicateProblem } },
          },
        },
      }),
      async (c) => c.json(await service.draftFromSuggestion(deps, account(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/matching/status',
        tags,
        summary: 'How much matching work is waiting (0 when suggestions are current)',
        responses: { 200: json(MatchingStatus, 'Pending work'), 401: problems[401] },
      }),
      async (c) => c.json(await service.matchingStatus(db, account(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/matching/settings',
        tags,
        summary: 'How many suggestions a week, and how long a decline keeps a pair apart',
        responses: { 200: json(MatchingSettings, 'The settings'), 401: problems[401] },
      }),
      async (c) => c.json(await service.getSettings(db, account(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/api/v1/matching/settings',
        tags,
        summary: 'Change the matching settings (fields left out keep their value)',
        request: jsonBody(MatchingSettingsPatch),
        responses: { 200: json(MatchingSettings, 'The settings now'), ...writeProblems },
      }),
      async (c) =>
        c.json(await service.updateSettings(db, account(c), c.req.valid('json'), clock.now()), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/api/v1/people/{id}/no-show-override',
        tags,
        summary: 'Suggest this person again despite a recorded no-show (you vouch for them)',
        request: { params: IdParam },
        responses: { 200: json(NoShowOverride, 'Overridden'), 401: problems[401], 404: problems[404] },
      }),
      async (c) =>
        c.json(
          await service.setNoShowOverride(db, account(c), c.req.valid('param').id, true, clock.now()),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/api/v1/people/{id}/no-show-override',
        tags,
        summary: 'Take back a no-show override: a recorded no-show excludes them again',
        request: { params: IdParam },
        responses: { 200: json(NoShowOverride, 'Not overridden'), 401: problems[401], 404: problems[404] },
      }),
      async (c) =>
        c.json(
          await service.setNoShowOverride(db, account(c), c.req.valid('param').id, false, clock.now()),
          200,
        ),
    );
}
