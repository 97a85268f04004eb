// Outbox schemas for the API and the web app's Outbox page. Only zod and the common schemas are imported.
import { z } from 'zod';
import { Id, IsoDateTime } from '../shared/common-schema';

export const OutboxStatus = z
  .enum(['queued', 'sending', 'retrying', 'sent', 'failed', 'local'])
  .describe('local: no SMTP server is configured, so the message is only kept here');

const Address = z.object({ name: z.string(), address: z.string() });

export const OutboxMessage = z
  .object({
    id: Id,
    introductionId: Id.nullable(),
    kind: z.string().describe('consent_request, reminder, introduction, follow_up, closing_note'),
    messageId: z.string().describe('The stable Message-ID header'),
    from: Address,
    to: z.array(z.string()).describe('Recipient addresses'),
    cc: z.array(z.string()),
    recipients: z.object({ to: z.array(Address), cc: z.array(Address), replyTo: z.array(Address) }),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    headers: z.record(z.string(), z.string()),
    links: z.array(z.object({ label: z.string(), url: z.string() })),
    status: OutboxStatus,
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    nextAttemptAt: IsoDateTime.nullable(),
    accepted: z.array(z.string()).describe('Recipients the SMTP server took the message for'),
    rejected: z
      .array(
        z.object({
          address: z.string(),
          name: z.string(),
          personId: Id.nullable().describe('Whom the address belongs to: fix it on them, then resend'),
          error: z.string().describe("The recipient's server's answer, e.g. 550 no such user"),
          resentAs: Id.nullable().describe('The message that went to them afterwards, if any'),
        }),
      )
      .describe('Recipients the SMTP server refused; the others got the message'),
    sentAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const MailStatus = z
  .object({
    transport: z
      .enum(['smtp', 'local'])
      .describe('local: messages stay in the outbox (set SMTP_URL to send)'),
    fromAddress: z.string(),
    linkBase: z.string().describe('Links in emails start with this (PUBLIC_URL)'),
    linksPointAtLoopback: z
      .boolean()
      .describe(
        'True when links point at this machine only (127.0.0.1/localhost): recipients cannot open them',
      ),
    publicUrlConfigured: z.boolean(),
    counts: z.record(OutboxStatus, z.number().int()),
  })
  .meta({ id: 'MailStatus' });
export type MailStatus = z.infer<typeof MailStatus>;
