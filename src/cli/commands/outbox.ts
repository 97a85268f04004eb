// `linchpin outbox list|show|resend`: the emails Linchpin wrote (newest first, each one's text as the
// person reads it), and sending one again after it failed or a recipient refused it, to the recipients'
// current addresses (fix a wrong address with `linchpin people edit` first). The handlers are in
// outbox-actions.ts.
import type { Command } from 'commander';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { accountOption, intArg, jsonOption } from '../options';

export function registerOutboxCommands(program: Command, ctx: CliContext): void {
  const group = program.command('outbox').description('Emails Linchpin wrote for you');
  const actions = () => import('./outbox-actions');

  group
    .command('list')
    .description('List the emails, newest first: to whom, about what, and whether each went out')
    .option('--introduction <id>', 'only the emails of this introduction')
    .option(
      '--status <status>',
      'only these: queued, sending, retrying, sent, failed or local (kept here, no SMTP server)',
    )
    .option('--limit <n>', 'show at most this many (default 20)', intArg)
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.listOutboxMessages)));

  group
    .command('show')
    .description('Show one email as its recipients read it: the headers and the text, links included')
    .argument('<id>', 'the outbox message id (from outbox list)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.showOutboxMessage)));

  group
    .command('resend')
    .description(
      'Send a message again to the current addresses: a failed one as it was, one refused by some recipients to them alone',
    )
    .argument('<id>', 'the outbox message id (GET /api/v1/outbox, the Outbox page, or the agenda)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.resendOutboxMessage)));
}
