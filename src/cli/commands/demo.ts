// `linchpin demo`: fills an account with a realistic sample network, so a newcomer sees a living app.
import type { Command } from 'commander';
import { countAccounts } from '../../accounts/repository';
import { accountForEmailOrOwner, createAccount } from '../../accounts/service';
import type { Config } from '../../config';
import { DEFAULT_DEMO_SIZE, generateDemoNetwork } from '../../demo/generator';
import { loadDemoNetwork } from '../../demo/load';
import { listPeople } from '../../people/service';
import { readServerFile } from '../../server/server-file';
import { dbAction } from '../action';
import { type CliContext, UserError } from '../context';
import { printJson } from '../format';
import { accountOption, intArg, jsonOption } from '../options';

export const DEMO_EMAIL = 'demo@example.com';
export const DEMO_PASSWORD = 'linchpin-demo';

interface DemoOptions {
  account?: string;
  seed: number | string;
  force?: boolean;
  json?: boolean;
}

export function registerDemoCommand(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description(`Fill an account with a realistic sample network (${DEFAULT_DEMO_SIZE} people)`)
    .addOption(accountOption())
    .option('--seed <n>', 'another seed gives another (equally deterministic) network', intArg, 1)
    .option('--force', 'add the sample network even though the account already has people')
    .addOption(jsonOption())
    .addHelpText(
      'after',
      `\nWith no account yet, creates the owner ${DEMO_EMAIL} (password ${DEMO_PASSWORD}).`,
    )
    .action(
      dbAction<DemoOptions>(ctx, async (s, { opts }) => {
        if (typeof opts.seed !== 'number') throw new UserError('--seed must be a whole number');
        const { db, clock, config } = s.deps;
        let created: { email: string; password: string } | undefined;
        if (!opts.account && (await countAccounts(db)) === 0) {
          await createAccount(db, { email: DEMO_EMAIL, password: DEMO_PASSWORD }, 'admin');
          created = { email: DEMO_EMAIL, password: DEMO_PASSWORD };
        }
        const account = await accountForEmailOrOwner(db, opts.account);
        const existing = await listPeople(db, account.id, { limit: 1 });
        if (existing.items.length > 0 && !opts.force) {
          throw new UserError(
            `${account.email} already has people, and the demo would mix ${DEFAULT_DEMO_SIZE} made-up people into that network. ` +
              'Use --account with an empty account, or --force if mixing them in is what you want.',
          );
        }
        const now = clock.now();
        const network = generateDemoNetwork({ seed: opts.seed, now });
        const summary = await loadDemoNetwork(db, account.id, network, now);
        const url = serverUrl(config);
        if (opts.json)
          return printJson(s.io, { account: account.email, created: Boolean(created), url, ...summary });
        s.io.stdout(
          `Added a sample network to ${account.email}: ${summary.people} people across ${summary.professions} professions, ` +
            `${summary.needs} needs (${summary.openNeeds} open), ${summary.offers} offers and ` +
            `${summary.interactions} interactions over the last two years.\n`,
        );
        if (created)
          s.io.stdout(`Created the owner account. Sign in with:  ${created.email}  /  ${created.password}\n`);
        s.io.stdout(
          url.running ? `Open ${url.href}\n` : `Start the server with \`npm start\`, then open ${url.href}\n`,
        );
      }),
    );
}

function serverUrl(config: Config): { href: string; running: boolean } {
  const running = config.databaseUrl ? undefined : readServerFile(config.dataDir);
  if (running) return { href: running.url, running: true };
  return { href: config.publicUrl ?? `http://127.0.0.1:${config.port || 4321}`, running: false };
}
