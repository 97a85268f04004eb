// `linchpin worker`: the background work of a server without its HTTP side — the outbox listener, email
// delivery and the minute-by-minute sweeps. Only on PostgreSQL, where any number of these and of
// `serve --no-worker` processes share one database: pg-boss hands each job to one of them, and a message
// is claimed by one conditional update, so each is sent once. PGlite is one process, so it refuses.
import { type Config, clockFor } from '../config';
import { openDatabase } from '../db/client';
import { startBackgroundWork } from '../jobs/background';
import { linkBase, pointsAtLoopback } from '../mail/links';
import type { Clock } from '../shared/clock';
import { createLogger, type Logger } from '../shared/logger';
import { installSignalHandlers, ServerStartError } from './start';

export interface WorkerOptions {
  clock?: Clock;
  log?: Logger;
  print?: (line: string) => void;
  /** Shut down gracefully on SIGINT/SIGTERM (the `worker` command wants this). */
  handleSignals?: boolean;
}

export interface RunningWorker {
  close(): Promise<void>;
}

export const WORKER_NEEDS_POSTGRES =
  'linchpin worker needs PostgreSQL (set DATABASE_URL). The embedded database belongs to one process, ' +
  'and `linchpin serve` already does the background work for it.';

export async function startWorker(config: Config, opts: WorkerOptions = {}): Promise<RunningWorker> {
  if (!config.databaseUrl) throw new ServerStartError(WORKER_NEEDS_POSTGRES);
  const log = opts.log ?? createLogger(config.logLevel);
  const print = opts.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const database = await openDatabase({ kind: 'postgres', url: config.databaseUrl }, { log });
  const clock = opts.clock ?? clockFor(config);
  let background: Awaited<ReturnType<typeof startBackgroundWork>>;
  try {
    background = await startBackgroundWork({ database, clock, config, log });
  } catch (err) {
    await database.close().catch(() => {});
    throw err;
  }

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await background.stop().catch((err) => log.error({ err }, 'stopping background work failed'));
      await database.close().catch((err) => log.error({ err }, 'closing the database failed'));
    })();
    return closing;
  };
  if (opts.handleSignals) installSignalHandlers(close, print, 'the Linchpin worker');

  print('Linchpin worker is running: email delivery and reminders (database: PostgreSQL, DATABASE_URL)');
  print(
    config.mail.smtpUrl
      ? `Mail: sent through ${new URL(config.mail.smtpUrl).host} from ${config.mail.fromAddress}`
      : 'Mail: kept in the Outbox page only (set SMTP_URL to send it)',
  );
  if (!config.publicUrl || pointsAtLoopback(linkBase(config))) {
    print(`Links in emails point at ${linkBase(config)}; set PUBLIC_URL to the address people open.`);
  }
  if (config.clockStart && !opts.clock) {
    print(`Clock: moved to ${clock.now().toISOString()} by LINCHPIN_NOW (for trying things out)`);
  }
  if (opts.handleSignals) print('Press Ctrl+C to stop.');
  return { close };
}
