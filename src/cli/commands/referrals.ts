// `linchpin referral add|list|show|update|delete`: the referral ledger. The handlers are in
// referrals-actions.ts.
import type { Command } from 'commander';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { accountOption, intArg, jsonOption } from '../options';

const actions = () => import('./referrals-actions');

/** The options that set a referral's fields (add and update share them). */
function fieldOptions(cmd: Command): Command {
  return cmd
    .option('--direction <direction>', 'given (you sent business someone’s way) or received (it came to you)')
    .option('--referrer <id>', 'who made the referral (a person id); leave out when it was you')
    .option('--from <id>', 'whom it was for: the client (a person id)')
    .option('--to <id>', 'whom it went to (a person id); leave out for one you received')
    .option('--about <text>', 'what it was for')
    .option('--status <status>', 'open, won or lost (default open)')
    .option('--estimated <amount>', 'estimated value (a number; "none" clears it)')
    .option('--closed <amount>', 'closed value, once won (a number; "none" clears it)')
    .option('--currency <code>', 'ISO 4217 currency code, e.g. EUR')
    .option('--date <date>', 'when it was made, YYYY-MM-DD (default today)');
}

export function registerReferralCommands(program: Command, ctx: CliContext): void {
  const group = program
    .command('referral')
    .alias('referrals')
    .description('Record referrals given and received (history and gratitude, not a score)');

  fieldOptions(group.command('add').description('Record a referral'))
    .option('--introduction <id>', 'the introduction it came of')
    .addOption(accountOption())
    .addOption(jsonOption())
    .addHelpText(
      'after',
      '\nExamples:\n  linchpin referral add --direction received --referrer <id> --about "Sent me a client"\n' +
        '  linchpin referral add --direction given --from <id> --to <id> --estimated 1200 --currency EUR',
    )
    .action(dbAction(ctx, () => actions().then((m) => m.addReferral)));

  group
    .command('list')
    .description('List referrals, newest first')
    .option('--person <id>', 'only referrals this person is in')
    .option('--direction <direction>', 'given or received')
    .option('--status <status>', 'open, won or lost')
    .option('--from <date>', 'made on or after (YYYY-MM-DD)')
    .option('--to <date>', 'made on or before (YYYY-MM-DD)')
    .option('--limit <n>', 'show at most this many', intArg)
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.listReferrals)));

  group
    .command('show')
    .description('Show one referral')
    .argument('<id>', 'the referral’s id (from referral list)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.showReferral)));

  fieldOptions(group.command('update').description('Change some fields of a referral'))
    .argument('<id>', 'the referral’s id')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.updateReferral)));

  group
    .command('delete')
    .alias('rm')
    .description('Delete a referral')
    .argument('<id>', 'the referral’s id')
    .option('-y, --yes', 'do not ask for confirmation')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.deleteReferral)));
}
