// `linchpin insights`: the charts' figures, as GET /api/v1/insights answers them (handler in insights-actions.ts).
import { type Command, Option } from 'commander';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { accountOption, jsonOption } from '../options';

export function registerInsightsCommand(program: Command, ctx: CliContext): void {
  program
    .command('insights')
    .description(
      'Introductions per month by outcome, consent per side, follow-up response, introductions that helped, referral value per currency and the kinds of help that worked (default: the last 12 months)',
    )
    .option('--from <date>', 'first local date counted, YYYY-MM-DD')
    .option('--to <date>', 'last local date counted, YYYY-MM-DD')
    .addOption(accountOption())
    .addOption(jsonOption())
    .addOption(new Option('--csv', 'print CSV: every chart as section,row,column,value').conflicts('json'))
    .addOption(new Option('--chart <name>', 'with --csv: only this chart, with its own columns'))
    .action(dbAction(ctx, () => import('./insights-actions').then((m) => m.showInsights)));
}
