// `linchpin agenda`: Today, the same list as GET /api/v1/agenda (its handler is in agenda-actions.ts).
import type { Command } from 'commander';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { accountOption, jsonOption } from '../options';

export function registerAgendaCommand(program: Command, ctx: CliContext): void {
  program
    .command('agenda')
    .description(
      'Today: answers that came in, check-backs, introductions to send, follow-ups, outcomes, failed mail, keep-in-touch, needs coming due and suggestions, most urgent first (LINCHPIN_NOW picks the day)',
    )
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => import('./agenda-actions').then((m) => m.showToday)));
}
