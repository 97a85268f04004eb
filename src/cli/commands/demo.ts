// `linchpin demo`: fills an account with a realistic sample network, so a newcomer sees a living app.
// The handler is in demo-actions.ts.
import type { Command } from 'commander';
import { DEFAULT_DEMO_SIZE } from '../../demo/generator';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { accountOption, intArg, jsonOption } from '../options';
import { DEMO_EMAIL, DEMO_PASSWORD } from './demo-account';

export function registerDemoCommand(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description(
      `Fill an account with a realistic sample network (${DEFAULT_DEMO_SIZE} people, introductions in every state)`,
    )
    .addOption(accountOption())
    .option('--seed <n>', 'another seed gives another (equally deterministic) network', intArg, 1)
    .option('--force', 'add the sample network even though the account already has people')
    .addOption(jsonOption())
    .addHelpText(
      'after',
      `\nWith no account yet, creates the owner ${DEMO_EMAIL} (password ${DEMO_PASSWORD}).`,
    )
    .action(dbAction(ctx, () => import('./demo-actions').then((m) => m.runDemo)));
}
