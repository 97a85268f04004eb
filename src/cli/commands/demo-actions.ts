// What `linchpin demo` does (its options are in demo.ts).
import { countAccounts } from '../../accounts/repository';
import { accountForEmailOrOwner, createAccount } from '../../accounts/service';
import type { Config } from '../../config';
import { DEFAULT_DEMO_SIZE, generateDemoNetwork } from '../../demo/generator';
import { bringDemoToLife, type IntroductionCounts } from '../../demo/life';
import { loadDemoNetwork } from '../../demo/load';
import { INTRO_STATES } from '../../domain/introduction/types';
import { listPeople } from '../../people/service';
import { readServerFile } from '../../server/server-file';
import type { Handler } from '../action';
import { UserError } from '../context';
import { printJson, shellQuote } from '../format';
import { DEMO_EMAIL, DEMO_PASSWORD } from './demo-account';

interface DemoOptions {
  account?: string;
  seed: number | string;
  force?: boolean;
  json?: boolean;
}

export const runDemo: Handler<DemoOptions> = async (s, { opts }) => {
  if (typeof opts.seed !== 'number') throw new UserError('--seed must be a whole number');
  const { db, clock, config } = s.deps;
  let created: { email: string; password: string } | undefined;
  if (!opts.account && (await countAccounts(db)) === 0) {
    await createAccount(db, { email: DEMO_EMAIL, password: DEMO_PASSWORD }, 'admin');
    created = { email: DEMO_EMAIL, password: DEMO_PASSWORD };
  }
  const account = await accountForEmailOrOwner(db, opts.account);
  const existing = await listPeople(db, account.id, { limit: 1 }, clock.now());
  if (existing.items.length > 0 && !opts.force) {
    throw new UserError(
      `${account.email} already has people, and the demo would mix ${DEFAULT_DEMO_SIZE} made-up people into that network. ` +
        'Use --account with an empty account, or --force if mixing them in is what you want.',
    );
  }
  const now = clock.now();
  const network = generateDemoNetwork({ seed: opts.seed, now, timeZone: account.timeZone });
  const { summary, ids } = await loadDemoNetwork(db, account.id, network, now);
  const introductions = await bringDemoToLife({ db, config }, account.id, network, ids, now);
  const url = serverUrl(config);
  if (opts.json)
    return printJson(s.io, {
      account: account.email,
      created: Boolean(created),
      url,
      ...summary,
      introductions,
    });
  s.io.stdout(
    `Added a sample network to ${account.email}: ${summary.people} people across ${summary.professions} professions, ` +
      `${summary.needs} needs (${summary.openNeeds} open), ${summary.offers} offers and ` +
      `${summary.interactions} interactions over the last two years.\n` +
      `Introductions: ${countsInWords(introductions)}.\n`,
  );
  if (created)
    s.io.stdout(`Created the owner account. Sign in with:  ${created.email}  /  ${created.password}\n`);
  // The server must open this demo's database, which is not always the one `npm start` opens.
  const serve = config.databaseUrl
    ? 'npx linchpin serve'
    : `npx linchpin serve --data ${shellQuote(config.dataDir)}`;
  s.io.stdout(
    url.running ? `Open ${url.href}\n` : `Start the server with:  ${serve}  then open ${url.href}\n`,
  );
};

/** "2 asking, 1 ready, …": each state that has any, in the order of their lives. */
function countsInWords(counts: IntroductionCounts): string {
  const parts = INTRO_STATES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s.replace(/_/g, ' ')}`);
  return parts.length ? parts.join(', ') : 'none';
}

function serverUrl(config: Config): { href: string; running: boolean } {
  const running = config.databaseUrl ? undefined : readServerFile(config.dataDir);
  if (running) return { href: running.url, running: true };
  return { href: config.publicUrl ?? `http://127.0.0.1:${config.port || 4321}`, running: false };
}
