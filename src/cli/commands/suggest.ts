// `linchpin suggest`: the best introductions to make now (or, with --need, who could answer one need),
// and `linchpin suggest dismiss` ("not a fit"). The handlers are in suggest-actions.ts.
import type { Command } from 'commander';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { accountOption, intArg, jsonOption } from '../options';

export function registerSuggestCommands(program: Command, ctx: CliContext): void {
  const suggest = program
    .command('suggest')
    .description('Introductions worth making now, with the reasons (waits for pending matching work first)')
    .option('--need <id>', 'only providers for this need')
    .option(
      '--limit <n>',
      'show at most this many (default: your suggestions per week; 10 with --need)',
      intArg,
    )
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => import('./suggest-actions').then((m) => m.showSuggestions)));

  suggest
    .command('dismiss')
    .description('"Not a fit": never suggest this provider for this need again')
    .argument('<needId>', 'the need')
    .argument('<providerId>', 'the person suggested')
    .option('--offer <id>', 'the offer that was suggested (omit for a profile match)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => import('./suggest-actions').then((m) => m.dismissSuggestion)));

  suggest
    .command('settings')
    .description(
      'Show or change how many suggestions you want a week and the pause after a no (with no option, shows them)',
    )
    .option('--per-week <n>', 'how many suggestions a week (1-100)', intArg)
    .option('--decline-cooldown <days>', 'days a pair is not suggested again after a no (0-3650)', intArg)
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => import('./suggest-actions').then((m) => m.matchingSettings)));
}
