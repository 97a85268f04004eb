// The server process: data-directory lock (PGlite), database, HTTP app, server.json for other linchpin
// processes, and a graceful shutdown that never leaves PGlite unclosed or the lock behind.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { countAccounts } from '../accounts/repository';
import { createApp } from '../app/create-app';
import { type Config, clockFor, type HttpTimeouts } from '../config';
import { type Database, openDatabase } from '../db/client';
import { answerClientErrors } from '../http/client-error';
import type { App } from '../http/env';
import { markOrphanedImports } from '../imports/service';
import type { BackgroundWork } from '../jobs/background';
import { linkBase, pointsAtLoopback } from '../mail/links';
import type { Clock } from '../shared/clock';
import type { AppDeps } from '../shared/deps';
import { createLogger, type Logger } from '../shared/logger';
import { newToken } from '../shared/secrets';
import { DataDirBusyError, type DataDirLock, lockWhenFree } from './data-dir-lock';
import { type CliRunner, registerInternalCli } from './internal-cli';
import { readServerFile, removeServerFile, writeServerFile } from './server-file';
import { startingGate } from './starting-gate';

export interface StartOptions {
  clock?: Clock;
  log?: Logger;
  /** Lines for the person at the terminal (the URL, how to create the owner). */
  print?: (line: string) => void;
  /** Runs forwarded CLI commands; without it the internal CLI endpoint is not mounted. */
  runCli?: (deps: AppDeps) => CliRunner;
  webRoot?: string | false;
  /** Shut down gracefully on SIGINT/SIGTERM (the `serve` command wants this; tests do not). */
  handleSignals?: boolean;
  /** How long to wait for a short CLI command that holds the data directory. */
  lockWaitMs?: number;
  /** Appended to the commands the first-run hint prints, e.g. " --data /srv/linchpin". */
  hintArgs?: string;
  /** Run email delivery and the introduction sweeps in this process (default true; `serve --no-worker`
   * turns it off when `linchpin worker` processes do that work). */
  background?: boolean;
}

export interface RunningServer {
  url: string;
  deps: AppDeps;
  database: Database;
  close(): Promise<void>;
}

/** A reason the server cannot start that the user can fix; printed without a stack trace. */
export class ServerStartError extends Error {}

export async function startServer(config: Config, opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? createLogger(config.logLevel);
  const print = opts.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  let closing: Promise<void> | undefined;
  let closeFn: () => Promise<void> = async () => {};
  const shutdown = () => {
    closing ??= closeFn();
    return closing;
  };

  const lock = config.databaseUrl ? undefined : await takeLock(config, opts.lockWaitMs, shutdown, log);
  // Listening comes first: see starting-gate.ts.
  const gate = startingGate();
  const server = createAdaptorServer({
    fetch: gate.fetch,
    hostname: config.host,
    port: config.port,
  }) as Server;
  answerClientErrors(server);
  applyTimeouts(server, config.http);
  try {
    await listen(server, config);
  } catch (err) {
    await lock?.release();
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${urlHost(config.host)}:${port}`;
  // Links in emails are built from the configured port; when the system chose it (0), use the real one.
  if (config.port === 0) config.port = port;
  print(`Linchpin is starting at ${config.publicUrl ?? url} (opening the database)`);

  let database: Database | undefined;
  let deps: AppDeps;
  let app: App;
  const rpcToken = newToken('lprpc');
  try {
    if (lock && !existsSync(join(config.dataDir, 'pgdata'))) {
      print(`Creating a new database in ${config.dataDir} (takes a few seconds)…`);
    }
    database = await openDatabase(
      config.databaseUrl
        ? { kind: 'postgres', url: config.databaseUrl }
        : { kind: 'pglite', dataDir: config.dataDir },
      { log, minFreeBytes: config.minFreeMb * 1024 * 1024, fairQueue: config.pgliteFairQueue },
    );
    deps = { db: database.db, clock: opts.clock ?? clockFor(config), config, log };
    const orphaned = await markOrphanedImports(database, deps.clock.now());
    if (orphaned) log.warn({ orphaned }, 'imports left running by a stopped process were marked interrupted');
    app = createApp(deps, opts.webRoot === undefined ? {} : { webRoot: opts.webRoot });
    if (opts.runCli && lock) registerInternalCli(app, { token: rpcToken, run: opts.runCli(deps) });
  } catch (err) {
    gate.fail();
    await stopListening(server);
    await database?.close();
    await lock?.release();
    throw err;
  }
  const openDb = database;
  gate.open(app.fetch);

  let background: BackgroundWork | undefined;
  if (opts.background !== false) {
    try {
      // Loaded after the server listens: the job queue, mail transport and their packages are a large share
      // of a cold start, and nothing the first requests need.
      const { startBackgroundWork } = await import('../jobs/background');
      background = await startBackgroundWork({ database: openDb, clock: deps.clock, config, log });
    } catch (err) {
      log.error({ err }, 'background work did not start');
      print(`Warning: email delivery and reminders are not running (${(err as Error).message}).`);
    }
  }

  closeFn = async () => {
    // Commands typed from now on must not be forwarded to a server that is going away: they wait for the
    // data directory's lock instead, which is released last.
    if (lock) removeServerFile(config.dataDir);
    await stopListening(server);
    await background?.stop().catch((err) => log.error({ err }, 'stopping background work failed'));
    await openDb.close().catch((err) => log.error({ err }, 'closing the database failed'));
    await lock?.release();
  };
  if (lock) writeServerFile(config.dataDir, { pid: process.pid, url, rpcToken });
  if (opts.handleSignals) installSignalHandlers(shutdown, print);

  print(`Linchpin is running at ${config.publicUrl ?? url}`);
  print(
    config.databaseUrl
      ? 'Database: PostgreSQL (DATABASE_URL)'
      : `Data: ${config.dataDir} (embedded PostgreSQL; back up this folder)`,
  );
  print(
    config.mail.smtpUrl
      ? `Mail: sent through ${new URL(config.mail.smtpUrl).host} from ${config.mail.fromAddress}`
      : 'Mail: kept in the Outbox page only (set SMTP_URL to send it)',
  );
  if (opts.background === false && opts.handleSignals) {
    print('Background work: off (--no-worker). Email goes out only while a `linchpin worker` runs.');
  }
  if (config.clockStart && !opts.clock) {
    print(`Clock: moved to ${deps.clock.now().toISOString()} by LINCHPIN_NOW (for trying things out)`);
  }
  if (pointsAtLoopback(linkBase(config))) {
    print(`Links in emails point at ${linkBase(config)}, which only works on this machine (set PUBLIC_URL).`);
  }
  if ((await countAccounts(openDb.db)) === 0) {
    const dataFlag = opts.hintArgs ?? '';
    print('');
    print('No account yet. Create the owner account: open the URL above and choose an email and password,');
    print(`or run:  npx linchpin user create --email you@example.com${dataFlag}  (it asks for a password)`);
    print(`Or explore a sample network:  npx linchpin demo${dataFlag}`);
  }
  if (opts.handleSignals) print('Press Ctrl+C to stop.');

  return { url, deps, database: openDb, close: shutdown };
}

async function takeLock(
  config: Config,
  waitMs: number | undefined,
  shutdown: () => Promise<void>,
  log: Logger,
): Promise<DataDirLock> {
  try {
    return await lockWhenFree(
      config.dataDir,
      { role: 'server', command: 'serve' },
      {
        timeoutMs: waitMs ?? 30_000,
        // A short command may hold the directory for a moment; another server never lets go.
        waitWhile: (owner) => owner?.role !== 'server',
        onCompromised: (err) => {
          log.error({ err }, 'lost the data-directory lock; shutting down to protect the data');
          process.exitCode = 1;
          void shutdown();
        },
      },
    );
  } catch (err) {
    if (!(err instanceof DataDirBusyError)) throw err;
    const running = readServerFile(config.dataDir);
    if (err.owner?.role === 'server' && running) {
      throw new ServerStartError(
        `Linchpin is already running at ${running.url} using ${config.dataDir} (process ${running.pid}).`,
      );
    }
    throw new ServerStartError(
      `${err.message}. Stop it, or start with another --data directory.${err.owner ? '' : ` (If no linchpin process is running, delete ${config.dataDir}/linchpin.lock.)`}`,
    );
  }
}

/** Stops taking connections, closes idle ones now and busy ones after 5 s at most. */
function stopListening(server: Server): Promise<void> {
  const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 5_000);
  return stopped.finally(() => clearTimeout(force));
}

/** Closes connections of clients that are slow to send a request, or idle (see HttpTimeouts). */
export function applyTimeouts(server: Server, t: HttpTimeouts): void {
  server.headersTimeout = t.headersTimeoutMs;
  server.requestTimeout = t.requestTimeoutMs;
  server.keepAliveTimeout = t.keepAliveTimeoutMs;
  // Node checks the two above only for connections that started a request; a connection that sends
  // nothing at all is closed by the socket inactivity timeout.
  server.timeout = t.idleTimeoutMs;
}

function listen(server: Server, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (err.code === 'EADDRINUSE') {
        reject(
          new ServerStartError(
            `Port ${config.port} on ${config.host} is already in use. Choose another with --port (or PORT).`,
          ),
        );
      } else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') {
        reject(
          new ServerStartError(
            `Cannot listen on host "${config.host}": it is not an address of this machine.`,
          ),
        );
      } else if (err.code === 'EACCES') {
        reject(new ServerStartError(`Not allowed to listen on port ${config.port}; use a port above 1023.`));
      } else {
        reject(err);
      }
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(config.port, config.host);
  });
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * How long a stop may take after SIGINT/SIGTERM before the process exits regardless. The first signal
 * shuts down gracefully; a second one exits at once.
 */
const SHUTDOWN_DEADLINE_MS = 30_000;

export function installSignalHandlers(
  shutdown: () => Promise<void>,
  print: (line: string) => void,
  what = 'Linchpin',
): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      print('Stopping now.');
      process.exit(1);
    }
    signalled = true;
    print(`\n${signal}: stopping ${what}…`);
    // If something still holds the event loop after a clean close, do not hang forever. Longer than the
    // close's own bounds (5 s for open connections, 10 s for running jobs) so a slow machine still closes
    // the database and releases the data directory cleanly.
    setTimeout(() => process.exit(process.exitCode ?? 0), SHUTDOWN_DEADLINE_MS).unref();
    shutdown().then(
      () => print('Stopped.'),
      (err) => {
        print(`Stopped with an error: ${(err as Error).message}`);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
