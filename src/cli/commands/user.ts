// `linchpin user …`: accounts.
import type { Command } from 'commander';
import { SignupInput } from '../../accounts/schema';
import { createAccount } from '../../accounts/service';
import { dbAction } from '../action';
import { type CliContext, UserError } from '../context';
import { printJson } from '../format';
import { parseInput } from '../input';
import { jsonOption } from '../options';

export function registerUserCommands(program: Command, ctx: CliContext): void {
  const user = program.command('user').description('Manage accounts');

  user
    .command('create')
    .description('Create an account (the first one is the owner); works even when sign-ups are closed')
    .option('--email <email>', 'email to sign in with')
    .option(
      '--password <password>',
      'password, at least 8 characters (or set LINCHPIN_PASSWORD, which keeps it out of the process list)',
    )
    .option('--name <name>', 'your name as people see it in emails, e.g. "Alex Kim" (default: the email)')
    .addOption(jsonOption())
    .hook('preAction', (_user, create) => askPasswordIfMissing(ctx, create.opts()))
    .action(
      dbAction<{ email?: string; password?: string; name?: string; json?: boolean }>(
        ctx,
        async (s, { opts }) => {
          const creds = parseInput(
            SignupInput,
            {
              email: opts.email,
              password: opts.password ?? s.io.env.LINCHPIN_PASSWORD,
              name: opts.name,
            },
            { email: '--email', password: '--password or LINCHPIN_PASSWORD', name: '--name' },
          );
          const account = await createAccount(s.deps.db, creds, 'admin');
          if (opts.json) return printJson(s.io, account);
          const named = account.name ? ` (${account.name})` : '';
          s.io.stdout(`Created the ${account.role} account ${account.email}${named}.\n`);
          s.io.stdout(
            `Sign in to the web app with it, or make an API token: linchpin token create --email ${account.email}\n`,
          );
        },
      ),
    );
}

/**
 * At a terminal, with no --password and no LINCHPIN_PASSWORD, asks for the password without echoing it,
 * twice. It runs before the command opens the database, so a command forwarded to a running server
 * carries the answer along as LINCHPIN_PASSWORD.
 */
async function askPasswordIfMissing(ctx: CliContext, opts: { password?: string }): Promise<void> {
  const { io } = ctx;
  if (opts.password !== undefined || io.env.LINCHPIN_PASSWORD !== undefined || !io.interactive) return;
  const password = await io.askSecret('Password (at least 8 characters): ');
  if ((await io.askSecret('The same password again: ')) !== password) {
    throw new UserError('the two passwords differ; no account was created');
  }
  io.env.LINCHPIN_PASSWORD = password;
}
