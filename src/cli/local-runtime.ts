// The database for a command run by the `linchpin` process: PostgreSQL when DATABASE_URL is set;
// otherwise the PGlite data directory under its exclusive lock; or, while a server holds that lock, the
// server itself (the whole command is forwarded to it). Never opens a data directory without the lock.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clockFor, loadConfig } from '../config';
import { DataDirBusyError, type DataDirLock, lockDataDir } from '../server/data-dir-lock';
import { readServerFile, type ServerInfo } from '../server/server-file';
import type { AppDeps } from '../shared/deps';
import { CliExit, type CliRuntime, UserError } from './context';
import { forwardToServer } from './forward';
import type { CliIo } from './io';

/**
 * The commands that may start a new database. Any other command in a folder without one is most likely a
 * mistyped --data: say so instead of quietly creating an empty database there.
 */
const CREATES_DATABASE = new Set(['user create', 'demo']);

/** How long a command waits for another command, or for a starting server, before giving up. */
const DEFAULT_WAIT_MS = 60_000;

export function localRuntime(argv: string[]): CliRuntime {
  return {
    async withDatabase(io, request, fn) {
      const config = loadConfig({ data: request.data ? resolve(io.cwd, request.data) : undefined }, io.env);
      // The database drivers (and the logger) load only for a command that opens the database here (not
      // for --help, nor for one the running server carries out).
      const [{ openDatabase }, { silentLogger }, { markOrphanedImports }] = await Promise.all([
        import('../db/client'),
        import('../shared/logger'),
        import('../imports/service'),
      ]);
      if (config.databaseUrl) {
        const database = await openDatabase({ kind: 'postgres', url: config.databaseUrl, poolSize: 2 });
        try {
          await markOrphanedImports(database, clockFor(config).now());
          return await fn({ db: database.db, clock: clockFor(config), config, log: silentLogger });
        } finally {
          await database.close();
        }
      }

      if (!existsSync(join(config.dataDir, 'pgdata')) && !CREATES_DATABASE.has(request.command)) {
        throw new UserError(
          `There is no Linchpin database in ${config.dataDir}. Check --data (or LINCHPIN_DATA), or start one: ` +
            'linchpin user create --email you@example.com (or linchpin demo, or npm start)',
        );
      }
      const waitMs = Number(io.env.LINCHPIN_LOCK_WAIT_MS) || DEFAULT_WAIT_MS;
      const holder = await lockOrFindServer(config.dataDir, request.command, io, waitMs);
      if ('server' in holder)
        throw new CliExit(await forwardToServer(holder.server, config.dataDir, argv, io));
      const interrupt = deferInterrupts(io);
      try {
        if (!existsSync(join(config.dataDir, 'pgdata'))) {
          io.stderr(`Creating a new Linchpin database in ${config.dataDir} (takes a few seconds)…\n`);
        }
        const database = await openDatabase(
          { kind: 'pglite', dataDir: config.dataDir },
          { minFreeBytes: config.minFreeMb * 1024 * 1024 },
        );
        const deps: AppDeps = { db: database.db, clock: clockFor(config), config, log: silentLogger };
        try {
          await markOrphanedImports(database, deps.clock.now());
          return await fn(deps);
        } finally {
          await database.close();
        }
      } finally {
        await holder.lock.release();
        interrupt.restore();
      }
    },
  };
}

/**
 * Ctrl+C while PGlite is open must not kill the process mid-write: the command finishes its current step,
 * the database is closed and the lock released, then the process exits with 130. A second Ctrl+C aborts.
 */
function deferInterrupts(io: CliIo): { restore(): void } {
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    io.stderr('\nInterrupted: closing the database safely first (Ctrl+C again to abort at once)…\n');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    restore() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (interrupted) process.exit(130);
    },
  };
}

async function lockOrFindServer(
  dataDir: string,
  command: string,
  io: CliIo,
  waitMs: number,
): Promise<{ lock: DataDirLock } | { server: ServerInfo }> {
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    let busy: DataDirBusyError;
    try {
      return { lock: await lockDataDir(dataDir, { role: 'cli', command }) };
    } catch (err) {
      if (!(err instanceof DataDirBusyError)) throw err;
      busy = err;
    }
    const owner = busy.owner;
    if (owner?.role === 'server') {
      const server = readServerFile(dataDir);
      if (server && server.pid === owner.pid) return { server };
    }
    if (Date.now() >= deadline) {
      if (owner?.role === 'server') {
        throw new UserError(
          `${dataDir} is locked by a Linchpin server (process ${owner.pid}) that has not published its address (${dataDir}/server.json). ` +
            `Wait until it has started, or stop process ${owner.pid}, then try again.`,
        );
      }
      throw new UserError(
        owner
          ? `${dataDir} is still busy with "linchpin ${owner.command}" (process ${owner.pid}). Try again when it has finished.`
          : `${dataDir} is locked by another process. If no linchpin process is running, delete ${dataDir}/linchpin.lock.`,
      );
    }
    if (!told && owner) {
      told = true;
      io.stderr(
        owner.role === 'server'
          ? `Waiting for the Linchpin server (process ${owner.pid}) to finish starting…\n`
          : `Waiting for "linchpin ${owner.command}" (process ${owner.pid}) to finish with ${dataDir}…\n`,
      );
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}
