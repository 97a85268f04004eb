// `linchpin token …`: API tokens for scripts and integrations.
import type { Command } from 'commander';
import { TokenInput } from '../../accounts/schema';
import { accountForEmailOrOwner, createApiToken } from '../../accounts/service';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { printJson } from '../format';
import { parseInput } from '../input';
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
    .action(
      dbAction<{ email?: string; name: string; json?: boolean }>(ctx, async (s, { opts }) => {
        const input = parseInput(TokenInput, { name: opts.name });
        const account = await accountForEmailOrOwner(s.deps.db, opts.email);
        const created = await createApiToken(s.deps.db, account.id, input.name);
        if (opts.json) return printJson(s.io, { ...created, email: account.email });
        s.io.stdout(
          `Created API token "${created.name}" for ${account.email}. It is shown only this once.\n`,
        );
        s.io.stdout('Send it as "Authorization: Bearer <token>".\n');
        s.io.stdout(`Token: ${created.token}\n`);
      }),
    );
}
