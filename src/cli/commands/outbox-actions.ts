// What `linchpin outbox …` does (its options are in outbox.ts).
import { resendMessage } from '../../mail/resend';
import type { Handler } from '../action';
import { printJson } from '../format';
import { parseId } from '../input';

export const resendOutboxMessage: Handler<{ json?: boolean }> = async (s, { opts, args }) => {
  const account = await s.account();
  const m = await resendMessage(s.deps, account.id, parseId(args[0]!, 'id'));
  if (opts.json) return printJson(s.io, m);
  s.io.stdout(
    `${m.status === 'queued' ? 'Queued' : 'Kept in the outbox (no SMTP server)'}: "${m.subject}" to ${m.to.join(', ')} (${m.id})\n`,
  );
};
