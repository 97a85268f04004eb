import { createRoute, z } from '@hono/zod-openapi';
import { Agenda } from '../agenda/schema';
import { introductionAgendaFor } from '../agenda/service';
import { IdParam, json, jsonBody, problems, repeatable } from '../http/openapi';
import { createRouter } from '../http/router';
import { Id, Page, PageQuery } from '../shared/common-schema';
import type { AppDeps } from '../shared/deps';
import { previewProposal, previewStep } from './preview';
import { getDetail } from './queries';
import {
  AnswerInput,
  DuplicateProblem,
  FollowUpAnswerInput,
  FollowUpInput,
  Introduction,
  IntroductionDetail,
  IntroductionInput,
  IntroductionPatch,
  IntroState,
  NoteInput,
  OutcomeInput,
  Party,
  PreviewAction,
  ProposalPreview,
  ReconfirmInput,
  SendReview,
  StepPreview,
  StepProblem,
  WithdrawInput,
} from './schema';
import * as service from './service';

const tags = ['Introductions'];

const writeProblems = {
  400: problems[400],
  401: problems[401],
  404: problems[404],
  409: {
    description: 'Not possible in the introduction’s current state (the detail says why)',
    content: { 'application/problem+json': { schema: StepProblem } },
  },
  415: problems[415],
  422: problems[422],
};

const ListQuery = PageQuery.extend({
  state: repeatable(IntroState).describe('Only introductions in this state (repeat for several)'),
  personId: Id.optional().describe('Only introductions involving this person'),
});

const optionalBody = <T extends z.ZodType>(schema: T) => ({
  body: { required: false, content: { 'application/json': { schema } } },
});

/** A step that sends email, reviewed or not: POST /api/v1/introductions/{id}/<name> with an optional review. */
const stepRoute = <N extends string>(name: N, summary: string) =>
  createRoute({
    method: 'post',
    path: `/api/v1/introductions/{id}/${name}` as const,
    tags,
    summary,
    description:
      'The optional body carries what you changed when reviewing the email (GET …/preview shows it): a personal line and each person’s blurb. They are stored on the introduction as sent.',
    request: { params: IdParam, ...optionalBody(SendReview) },
    responses: { 200: json(IntroductionDetail, 'The introduction after the change'), ...writeProblems },
  });

const PreviewQuery = z.object({
  action: PreviewAction.default('request'),
  party: Party.optional().describe('reconfirm: whose yes'),
  personalLine: z.string().max(1000).optional().describe('Preview with this personal line'),
  blurbA: z.string().max(4000).optional().describe('Preview with this blurb about A'),
  blurbB: z.string().max(4000).optional().describe('Preview with this blurb about B'),
});

export function introductionsRoutes(deps: AppDeps) {
  const { db, clock } = deps;
  const account = (c: { get(k: 'caller'): { accountId: string } }) => c.get('caller').accountId;

  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/introductions',
        tags,
        summary: 'Propose an introduction (a draft; nobody is asked until POST …/request)',
        request: jsonBody(IntroductionInput),
        responses: {
          201: json(IntroductionDetail, 'Created as a draft'),
          ...writeProblems,
          409: {
            description:
              'The two people already have an open introduction (`existingIntroductionId` names it), or someone put forward as a provider has vouch criteria not all met (`unmetCriteria`; send confirmUnvouched: true to draft anyway)',
            content: { 'application/problem+json': { schema: DuplicateProblem } },
          },
        },
      }),
      async (c) => c.json(await service.proposeIntroduction(deps, account(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/introductions/preview',
        tags,
        summary: 'The consent request each person would get for this proposal; saves nothing',
        description:
          'Takes the same body as POST /api/v1/introductions and checks it the same way (except for an open introduction between the same people). Rendered by the email templates with this server’s link lifetime and your display name.',
        request: jsonBody(IntroductionInput),
        responses: { 200: json(ProposalPreview, 'Both consent requests'), ...writeProblems },
      }),
      async (c) => c.json(await previewProposal(deps, account(c), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/introductions',
        tags,
        summary: 'List introductions, most recently changed first',
        request: { query: ListQuery },
        responses: {
          200: json(Page(Introduction), 'A page of introductions'),
          400: problems[400],
          401: problems[401],
        },
      }),
      async (c) => {
        const { state, ...q } = c.req.valid('query');
        const states = state as z.infer<typeof IntroState>[] | undefined;
        return c.json(await service.listIntroductions(deps, account(c), { ...q, states }), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/introductions/agenda',
        tags,
        summary:
          "Today's items about introductions only (the same items as GET /api/v1/agenda, in its order): answers, check-backs, stale yeses, introductions to send, follow-ups, outcomes, failed mail",
        responses: { 200: json(Agenda, 'Today, introductions only'), 401: problems[401] },
      }),
      async (c) =>
        c.json(
          await introductionAgendaFor(db, account(c), clock.now(), {
            timing: deps.config.introductions,
            keptMs: deps.config.todayKeptSeconds * 1000,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/introductions/{id}',
        tags,
        summary: 'An introduction with both consents, the consent log, events, outcomes and emails',
        request: { params: IdParam },
        responses: {
          200: json(IntroductionDetail, 'The introduction'),
          401: problems[401],
          404: problems[404],
        },
      }),
      async (c) => c.json(await getDetail(deps, account(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/introductions/{id}/preview',
        tags,
        summary:
          'What a step would do and the emails it would send (links are placeholders); changes nothing',
        request: { params: IdParam, query: PreviewQuery },
        responses: { 200: json(StepPreview, 'The preview'), ...writeProblems },
      }),
      async (c) => {
        const { action, party, personalLine, blurbA, blurbB } = c.req.valid('query');
        const review = {
          ...(personalLine !== undefined ? { personalLine } : {}),
          blurbs: {
            ...(blurbA !== undefined ? { a: blurbA } : {}),
            ...(blurbB !== undefined ? { b: blurbB } : {}),
          },
        };
        return c.json(
          await previewStep(deps, account(c), c.req.valid('param').id, action, { party, review }),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/api/v1/introductions/{id}',
        tags,
        summary:
          'Edit a draft (reason, pitches, disclosed caveats, order); auto-send can change until both answered',
        request: { params: IdParam, ...jsonBody(IntroductionPatch) },
        responses: { 200: json(IntroductionDetail, 'Updated'), ...writeProblems },
      }),
      async (c) =>
        c.json(
          await service.editIntroduction(deps, account(c), c.req.valid('param').id, c.req.valid('json')),
          200,
        ),
    )
    .openapi(
      stepRoute(
        'request',
        'Start asking: sends the consent request (first party, or both in parallel order)',
      ),
      async (c) =>
        c.json(
          await service.act(
            deps,
            account(c),
            c.req.valid('param').id,
            { type: 'request' },
            'connector',
            c.req.valid('json'),
          ),
          200,
        ),
    )
    .openapi(stepRoute('introduce', 'Send the introduction email (both must have said yes)'), async (c) =>
      c.json(
        await service.act(
          deps,
          account(c),
          c.req.valid('param').id,
          { type: 'introduce' },
          'connector',
          c.req.valid('json'),
        ),
        200,
      ),
    )
    .openapi(stepRoute('reask', 'Ask again whoever said "not now"'), async (c) =>
      c.json(
        await service.act(
          deps,
          account(c),
          c.req.valid('param').id,
          { type: 'reask' },
          'connector',
          c.req.valid('json'),
        ),
        200,
      ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/introductions/{id}/reconfirm',
        tags,
        summary: 'Ask someone whose yes has grown stale whether it still stands (before the introduction)',
        description:
          'Their consent goes back to asked and a reconfirmation request goes out with fresh links; the usual reminder and expiry follow. Only for a yes older than INTRO_RECONFIRM_DAYS (default 60).',
        request: { params: IdParam, ...jsonBody(ReconfirmInput) },
        responses: { 200: json(IntroductionDetail, 'The introduction after the change'), ...writeProblems },
      }),
      async (c) =>
        c.json(await service.reconfirm(deps, account(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/introductions/{id}/follow-up',
        tags,
        summary: 'Send the follow-up now rather than when it falls due',
        request: { params: IdParam, ...optionalBody(FollowUpInput) },
        responses: { 200: json(IntroductionDetail, 'The introduction after the change'), ...writeProblems },
      }),
      async (c) =>
        c.json(
          await service.act(deps, account(c), c.req.valid('param').id, { type: 'follow_up', early: true }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/introductions/{id}/cancel',
        tags,
        summary: 'Cancel; whoever had said yes gets a short neutral note',
        request: { params: IdParam, ...optionalBody(NoteInput) },
        responses: { 200: json(IntroductionDetail, 'Cancelled'), ...writeProblems },
      }),
      async (c) => {
        const body = (c.req.valid('json') as { note?: string } | undefined) ?? {};
        return c.json(
          await service.act(deps, account(c), c.req.valid('param').id, { type: 'cancel', note: body.note }),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/introductions/{id}/answers',
        tags,
        summary: 'Record an answer given by phone, in person or by message',
        request: { params: IdParam, ...jsonBody(AnswerInput) },
        responses: { 200: json(IntroductionDetail, 'The introduction after the answer'), ...writeProblems },
      }),
      async (c) =>
        c.json(
          await service.recordAnswer(deps, account(c), c.req.valid('param').id, c.req.valid('json')),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/introductions/{id}/withdraw',
        tags,
        summary: 'Record that someone who said yes has changed their mind (before the introduction is sent)',
        request: { params: IdParam, ...jsonBody(WithdrawInput) },
        responses: { 200: json(IntroductionDetail, 'Declined'), ...writeProblems },
      }),
      async (c) =>
        c.json(await service.withdraw(deps, account(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/introductions/{id}/follow-up-answers',
        tags,
        summary: 'Record how it went for one person, as they told you by phone, in person or by message',
        request: { params: IdParam, ...jsonBody(FollowUpAnswerInput) },
        responses: { 200: json(IntroductionDetail, 'The introduction after the answer'), ...writeProblems },
      }),
      async (c) =>
        c.json(
          await service.recordFollowUpAnswer(deps, account(c), c.req.valid('param').id, c.req.valid('json')),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/introductions/{id}/outcome',
        tags,
        summary: 'Record how it went; closes the introduction',
        request: { params: IdParam, ...jsonBody(OutcomeInput) },
        responses: { 200: json(IntroductionDetail, 'Closed'), ...writeProblems },
      }),
      async (c) =>
        c.json(
          await service.recordOutcome(deps, account(c), c.req.valid('param').id, c.req.valid('json')),
          200,
        ),
    );
}
