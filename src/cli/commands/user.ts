// `linchpin user …`: accounts, and the password prompts that run before a command opens the database.
// The handlers are in user-actions.ts.
import type { Command } from 'commander';
import { MIN_PASSWORD_LENGTH } from '../../accounts/password-policy';
import { dbAction } from '../action';
import { type CliContext, UserError } from '../context';
import { accountOption, intArg, jsonOption } from '../options';

const actions = () => import('./user-actions');

export function registerUserCommands(program: Command, ctx: CliContext): void {
  const user = program.command('user').description('Manage accounts');

  user
    .command('create')
    .description('Create an account (the first one is the owner); works even when sign-ups are closed')
    .option('--email <email>', 'email to sign in with')
    .option(
      '--password <password>',
      `password, at least ${MIN_PASSWORD_LENGTH} characters (or set LINCHPIN_PASSWORD, which keeps it out of the process list)`,
    )
    .option('--name <name>', 'your name as people see it in emails, e.g. "Alex Kim" (default: the email)')
    .addOption(jsonOption())
    .hook('preAction', (_user, create) =>
      askNewPasswordIfMissing(ctx, create.opts(), 'no account was created'),
    )
    .action(dbAction(ctx, () => actions().then((m) => m.createUser)));

  user
    .command('password')
    .description("Change an account's password, given its current one; signs out all its sessions")
    .requiredOption('--email <email>', 'the account')
    .option('--current-password <password>', 'the password now (or set LINCHPIN_CURRENT_PASSWORD)')
    .option('--password <password>', 'the new password (or set LINCHPIN_PASSWORD)')
    .hook('preAction', async (_user, cmd) => {
      await askCurrentPasswordIfMissing(ctx, cmd.opts());
      await askNewPasswordIfMissing(ctx, cmd.opts(), 'the password was not changed');
    })
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.changeUserPassword)));

  user
    .command('reset-password')
    .description(
      'Set a new password for an account without its current one (for a forgotten password); signs out all its sessions',
    )
    .requiredOption('--email <email>', 'the account')
    .option('--password <password>', 'the new password (or set LINCHPIN_PASSWORD)')
    .hook('preAction', (_user, cmd) =>
      askNewPasswordIfMissing(ctx, cmd.opts(), 'the password was not changed'),
    )
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.resetUserPassword)));

  user
    .command('settings')
    .description("Show or change an account's time zone and digest email (with no option, shows them)")
    .addOption(accountOption())
    .option(
      '--time-zone <zone>',
      'IANA time zone, e.g. Europe/London: "today", digests and due dates follow it',
    )
    .option('--digest <frequency>', 'the digest email: daily, weekly (Mondays) or none')
    .option('--digest-hour <hour>', 'the local hour (0-23) the digest goes out', intArg)
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.userSettings)));
}

/**
 * At a terminal, with no --password and no LINCHPIN_PASSWORD, asks for the password without echoing it,
 * twice. It runs before the command opens the database, so a command forwarded to a running server
 * carries the answer along as LINCHPIN_PASSWORD.
 */
async function askNewPasswordIfMissing(
  ctx: CliContext,
  opts: { password?: string },
  notDone: string,
): Promise<void> {
  const { io } = ctx;
  if (opts.password !== undefined || io.env.LINCHPIN_PASSWORD !== undefined || !io.interactive) return;
  const password = await io.askSecret(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  if ((await io.askSecret('The same password again: ')) !== password) {
    throw new UserError(`the two passwords differ; ${notDone}`);
  }
  io.env.LINCHPIN_PASSWORD = password;
}

/** Like askNewPasswordIfMissing, for the password the account has now (asked once). */
async function askCurrentPasswordIfMissing(ctx: CliContext, opts: { currentPassword?: string }) {
  const { io } = ctx;
  if (opts.currentPassword !== undefined || io.env.LINCHPIN_CURRENT_PASSWORD !== undefined) return;
  if (!io.interactive) return;
  io.env.LINCHPIN_CURRENT_PASSWORD = await io.askSecret('Current password: ');
}
