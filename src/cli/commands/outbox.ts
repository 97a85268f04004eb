// `linchpin outbox resend ID`: send an email again after it failed or a recipient refused it, to the
// recipients' current addresses (fix a wrong address with `linchpin people edit` first).
import type { Command } from 'commander';
import { resendMessage } from '../../mail/resend';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { printJson } from '../format';
import { parseId } from '../input';
import { accountOption, jsonOption } from '../options';

export function registerOutboxCommands(program: Command, ctx: CliContext): void {
  const group = program.command('outbox').description('Emails Linchpin wrote for you');

  group
    .command('resend')
    .description(
      'Send a message again to the current addresses: a failed one as it was, one refused by some recipients to them alone',
    )
    .argument('<id>', 'the outbox message id (GET /api/v1/outbox, the Outbox page, or the agenda)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(
      dbAction<{ json?: boolean }>(ctx, async (s, { opts, args }) => {
        const account = await s.account();
        const m = await resendMessage(s.deps, account.id, parseId(args[0]!, 'id'));
        if (opts.json) return printJson(s.io, m);
        s.io.stdout(
          `${m.status === 'queued' ? 'Queued' : 'Kept in the outbox (no SMTP server)'}: "${m.subject}" to ${m.to.join(', ')} (${m.id})\n`,
        );
      }),
    );
}
