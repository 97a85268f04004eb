// `linchpin request-link create|revoke|show` (the public "ask me for an introduction" link) and
// `linchpin requests list|edit|accept|decline` (what came in through it). Handlers in requests-actions.ts.
import type { Command } from 'commander';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { accountOption, jsonOption } from '../options';

const actions = () => import('./requests-actions');

export function registerRequestCommands(program: Command, ctx: CliContext): void {
  const link = program
    .command('request-link')
    .description('Your public "ask me for an introduction" link (only its hash is stored)');
  link
    .command('create')
    .description('Make the link, or a new one (the old URL stops working); the URL is shown this once')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.createLink)));
  link
    .command('revoke')
    .description('Turn the link off: its URL stops working (requests already sent stay)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.revokeLink)));
  link
    .command('show')
    .description('Whether the link is on (the URL itself is never shown again)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.showLink)));

  const requests = program
    .command('requests')
    .description('Introduction requests that came in through your request link');
  requests
    .command('list')
    .description('Requests, newest first')
    .option('--status <status>', 'pending, accepted or declined (default: all)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.listRequests)));
  requests
    .command('edit')
    .description(
      'Correct a pending request before accepting or declining it; accepting then drafts from the corrected text',
    )
    .argument('<id>', 'the request id (linchpin requests list)')
    .option('--name <text>', 'their name')
    .option('--email <address>', 'their email (accepting matches or adds them by it)')
    .option('--wants-to-meet <text>', 'whom they would like to meet')
    .option('--why <text>', 'why they would like to meet them')
    .option('--about <text>', 'their paragraph about themselves (their pitch in the draft)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.editRequest)));
  requests
    .command('accept')
    .description(
      'Accept: add (or match) the requester as a person and draft an introduction to --to; nobody is asked yet',
    )
    .argument('<id>', 'the request id (linchpin requests list)')
    .requiredOption('--to <personId>', 'whom to introduce them to')
    .option('--reason <text>', 'why they should meet (default: what the requester wrote)')
    .option('--confirm-unvouched', 'draft even though that person’s vouch criteria are not all met')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.acceptRequest)));
  requests
    .command('decline')
    .description('Decline: silently, or with --note sent to the requester as written')
    .argument('<id>', 'the request id')
    .option('--note <text>', 'a kind note to the requester (omit to decline silently)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.declineRequest)));
}
