// `linchpin outbox resend ID`: send an email again after it failed or a recipient refused it, to the
// recipients' current addresses (fix a wrong address with `linchpin people edit` first). The handler is in
// outbox-actions.ts.
import type { Command } from 'commander';
import { dbAction } from '../action';
import type { CliContext } from '../context';
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
    .action(dbAction(ctx, () => import('./outbox-actions').then((m) => m.resendOutboxMessage)));
}
