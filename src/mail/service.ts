// The outbox as the API and the web app see it.
import { z } from 'zod';
import type { Config } from '../config';
import type { Db, DbOrTx } from '../db/client';
import type { MailAddressJson, OutboxRow, OutboxStatus } from '../db/schema';
import { IsoDateTime } from '../shared/common-schema';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { notFound } from '../shared/errors';
import { linkBase, pointsAtLoopback } from './links';
import * as repo from './repository';
import { personOf } from './resend-rules';
import type { MailStatus, OutboxMessage } from './schema';

const mailbox = ({ name, address }: MailAddressJson) => ({ name, address });

export function toOutboxMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    introductionId: row.introductionId,
    kind: row.kind,
    messageId: row.messageId,
    from: row.from,
    to: row.to.map((a) => a.address),
    cc: row.cc.map((a) => a.address),
    recipients: { to: row.to.map(mailbox), cc: row.cc.map(mailbox), replyTo: row.replyTo.map(mailbox) },
    subject: row.subject,
    text: row.text,
    html: row.html,
    headers: row.headers,
    links: row.links,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    accepted: row.accepted,
    rejected: row.rejected.map((r) => ({
      address: r.address,
      name: [...row.to, ...row.cc].find((a) => a.address === r.address)?.name ?? '',
      personId: personOf(row, r.address),
      error: r.error,
      resentAs: r.resentAs,
    })),
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const Cursor = z.object({ at: IsoDateTime, seq: z.number().int().min(0) });

export async function listOutbox(
  db: Db,
  accountId: string,
  q: { limit?: number; cursor?: string; introductionId?: string; status?: OutboxStatus[] },
) {
  const limit = q.limit ?? 50;
  const after = decodeCursor(q.cursor, Cursor);
  const rows = await repo.listOutbox(db, accountId, {
    limit,
    introductionId: q.introductionId,
    status: q.status,
    after: after ? { at: new Date(after.at), seq: after.seq } : undefined,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toOutboxMessage),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.createdAt.toISOString(), seq: last.seq }) : null,
  };
}

export async function getOutboxMessage(db: Db, accountId: string, id: string): Promise<OutboxMessage> {
  const row = await repo.findOutbox(db, accountId, id);
  if (!row) throw notFound('Message');
  return toOutboxMessage(row);
}

export async function mailStatus(db: DbOrTx, accountId: string, config: Config): Promise<MailStatus> {
  const base = linkBase(config);
  const counts = { queued: 0, sending: 0, retrying: 0, sent: 0, failed: 0, local: 0 };
  for (const r of await repo.countByStatus(db, accountId)) counts[r.status] = r.count;
  return {
    transport: config.mail.smtpUrl ? 'smtp' : 'local',
    fromAddress: config.mail.fromAddress,
    linkBase: base,
    linksPointAtLoopback: pointsAtLoopback(base),
    publicUrlConfigured: Boolean(config.publicUrl),
    counts,
  };
}
