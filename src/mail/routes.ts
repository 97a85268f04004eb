import { createRoute, type z } from '@hono/zod-openapi';
import { IdParam, json, problems, repeatable } from '../http/openapi';
import { createRouter } from '../http/router';
import { Id, Page, PageQuery, Problem } from '../shared/common-schema';
import type { AppDeps } from '../shared/deps';
import { resendMessage } from './resend';
import { MailStatus, OutboxMessage, OutboxStatus } from './schema';
import * as service from './service';

const tags = ['Mail'];

const ListQuery = PageQuery.extend({
  introductionId: Id.optional().describe('Only messages of this introduction'),
  status: repeatable(OutboxStatus).describe('Only messages in this status (repeat for several)'),
});

export function mailRoutes(deps: AppDeps) {
  const { db, config } = deps;

  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/outbox',
        tags,
        summary: 'Every email Linchpin wrote for you, newest first (sent, queued, or kept locally)',
        request: { query: ListQuery },
        responses: {
          200: json(Page(OutboxMessage), 'A page of messages'),
          400: problems[400],
          401: problems[401],
        },
      }),
      async (c) => {
        const { status, ...q } = c.req.valid('query');
        const statuses = status as z.infer<typeof OutboxStatus>[] | undefined;
        return c.json(
          await service.listOutbox(db, c.get('caller').accountId, { ...q, status: statuses }),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/outbox/{id}',
        tags,
        summary: 'One outbox message',
        request: { params: IdParam },
        responses: { 200: json(OutboxMessage, 'The message'), 401: problems[401], 404: problems[404] },
      }),
      async (c) =>
        c.json(await service.getOutboxMessage(db, c.get('caller').accountId, c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/outbox/{id}/resend',
        tags,
        summary:
          'Send a message again to the recipients’ current addresses: a failed message is queued again as it was; a message some recipients refused goes to them alone as a new message',
        request: { params: IdParam },
        responses: {
          200: json(OutboxMessage, 'The message that will go out'),
          401: problems[401],
          403: problems[403],
          404: problems[404],
          409: {
            description:
              'Nothing to resend (delivered to everyone, still being sent, no SMTP server) or no longer worth sending (the detail says why)',
            content: { 'application/problem+json': { schema: Problem } },
          },
        },
      }),
      async (c) => c.json(await resendMessage(deps, c.get('caller').accountId, c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/mail/status',
        tags,
        summary:
          'How mail leaves this instance, where its links point, and how many messages are in each state',
        responses: { 200: json(MailStatus, 'Mail status'), 401: problems[401] },
      }),
      async (c) => c.json(await service.mailStatus(db, c.get('caller').accountId, config), 200),
    );
}
