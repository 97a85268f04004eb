// `linchpin keep-in-touch …`: cadences per tag and who is losing touch. Handlers in keep-in-touch-actions.ts.
import type { Command } from 'commander';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { accountOption, intArg, jsonOption } from '../options';

export function registerKeepInTouchCommands(program: Command, ctx: CliContext): void {
  const group = program
    .command('keep-in-touch')
    .description('How often to be in touch, per tag, and who you are losing touch with');
  const actions = () => import('./keep-in-touch-actions');

  group
    .command('tags')
    .description('List the cadences per tag (a person’s own cadence wins; with several tags, the tightest)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.listTags)));

  group
    .command('set-tag')
    .description('Set how often to be in touch with everyone with a tag (and no cadence of their own)')
    .argument('<tag>', 'the tag, e.g. "inner circle"')
    .requiredOption('--ideal <days>', 'ideally every this many days (due after)', intArg)
    .requiredOption('--max <days>', 'at most this many days apart (overdue after)', intArg)
    .addOption(accountOption())
    .addOption(jsonOption())
    .addHelpText('after', '\nExample:\n  linchpin keep-in-touch set-tag "inner circle" --ideal 14 --max 21')
    .action(dbAction(ctx, () => actions().then((m) => m.setTag)));

  group
    .command('remove-tag')
    .description("Remove a tag's cadence")
    .argument('<tag>', 'the tag')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.removeTag)));

  group
    .command('losing')
    .description('People past their cadence, furthest past it first, with last contact and strength')
    .option('--limit <n>', 'show at most this many (default 50)', intArg)
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.losing)));
}
