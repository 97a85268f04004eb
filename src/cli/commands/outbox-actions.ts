// What `linchpin outbox …` does (its options are in outbox.ts). An email is shown as its text, which holds
// its links in words and address: listing them again under it said everything twice.
import { z } from 'zod';
import { momentWords } from '../../domain/time/day-words';
import { resendMessage } from '../../mail/resend';
import { OutboxStatus } from '../../mail/schema';
import { getOutboxMessage, listOutbox } from '../../mail/service';
import type { Handler } from '../action';
import { UserError } from '../context';
import { fields, plural, printJson, table } from '../format';
import { parseId, parseInput } from '../input';
import { MAIL_STATUS_WORDS, mailKindWords } from './introduction-words';

const DEFAULT_LIMIT = 20;
const addressWords = (list: readonly { name: string; address: string }[]) =>
  list.map((a) => (a.name ? `${a.name} <${a.address}>` : a.address)).join(', ');

export const listOutboxMessages: Handler<{
  introduction?: string;
  status?: string;
  limit?: number | string;
  json?: boolean;
}> = async (s, { opts }) => {
  if (opts.limit !== undefined && (typeof opts.limit !== 'number' || opts.limit < 1 || opts.limit > 200)) {
    throw new UserError('--limit must be a whole number from 1 to 200');
  }
  const introductionId =
    opts.introduction === undefined
      ? undefined
      : parseId(opts.introduction, 'introduction', 'linchpin intro list');
  const { status } = parseInput(
    z.object({ status: OutboxStatus.optional() }),
    { status: opts.status },
    { status: '--status' },
  );
  const account = await s.account();
  const page = await listOutbox(s.deps.db, account.id, {
    limit: typeof opts.limit === 'number' ? opts.limit : DEFAULT_LIMIT,
    introductionId,
    status: status ? [status] : undefined,
  });
  if (opts.json) return printJson(s.io, page);
  if (page.items.length === 0) {
    return s.io.stdout(
      opts.introduction || opts.status
        ? 'No email matches.\n'
        : 'No email yet: Linchpin writes one when you ask someone for consent or make an introduction.\n',
    );
  }
  s.io.stdout(
    table(page.items, [
      { header: 'WRITTEN', value: (m) => momentWords(new Date(m.createdAt), account.timeZone) },
      { header: 'KIND', value: (m) => mailKindWords(m.kind) },
      { header: 'TO', value: (m) => m.to.join(', '), max: 36 },
      { header: 'SUBJECT', value: (m) => m.subject, max: 48 },
      { header: 'STATUS', value: (m) => MAIL_STATUS_WORDS[m.status] },
      { header: 'ID', value: (m) => m.id, max: 36 },
    ]),
  );
  if (page.nextCursor) {
    s.io.stdout(`Showing the newest ${plural(page.items.length, 'email')}; --limit shows more.\n`);
  }
};

export const showOutboxMessage: Handler<{ json?: boolean }> = async (s, { opts, args }) => {
  const account = await s.account();
  const m = await getOutboxMessage(s.deps.db, account.id, parseId(args[0]!, 'id', 'linchpin outbox list'));
  if (opts.json) return printJson(s.io, m);
  const written = momentWords(new Date(m.createdAt), account.timeZone);
  const head = fields([
    ['Subject', m.subject],
    ['To', addressWords(m.recipients.to)],
    ['Cc', addressWords(m.recipients.cc)],
    ['Kind', mailKindWords(m.kind)],
    ['Status', MAIL_STATUS_WORDS[m.status]],
    ['Written', written],
    ['Sent', m.sentAt && momentWords(new Date(m.sentAt), account.timeZone)],
    ['Last error', m.lastError],
    ['Refused by', m.rejected.map((r) => `${r.address} (${r.error})`).join('\n')],
    ['Introduction', m.introductionId],
  ]);
  s.io.stdout(`${head}\n${m.text.trimEnd()}\n`);
};

export const resendOutboxMessage: Handler<{ json?: boolean }> = async (s, { opts, args }) => {
  const account = await s.account();
  const m = await resendMessage(s.deps, account.id, parseId(args[0]!, 'id'));
  if (opts.json) return printJson(s.io, m);
  s.io.stdout(
    `${m.status === 'queued' ? 'Queued' : 'Kept in the outbox (no SMTP server)'}: "${m.subject}" to ${m.to.join(', ')} (${m.id})\n`,
  );
};
