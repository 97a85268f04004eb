// `linchpin token …`: API tokens for scripts and integrations. The handler is in token-actions.ts.
import type { Command } from 'commander';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { jsonOption } from '../options';

export function registerTokenCommands(program: Command, ctx: CliContext): void {
  const token = program.command('token').description('Manage API tokens');

  token
    .command('create')
    .description('Create an API token; it is printed once, as the last word of the last line')
    .option('--email <email>', 'account the token acts for (default: the owner)')
    .option('--name <name>', 'a name to recognise it by later', 'cli')
    .addOption(jsonOption())
    .addHelpText(
      'after',
      "\nExample:\n  TOKEN=$(npx linchpin token create --email you@example.com | tail -n1 | awk '{print $NF}')",
    )
    .action(dbAction(ctx, () => import('./token-actions').then((m) => m.createToken)));
}
