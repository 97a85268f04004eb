// Helpers for CLI tests: run `linchpin` in-process against a test database, or as a real process.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { CliRuntime } from '../src/cli/context';
import { bufferedIo } from '../src/cli/io';
import { runCli } from '../src/cli/run';
import type { AppDeps } from '../src/shared/deps';
import { pgliteTemplatePath, postgresTemplateName, withDatabase } from './template';

export const linchpinBin = fileURLToPath(new URL('../bin/linchpin.js', import.meta.url));

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command in this process against the given dependencies (no lock, no forwarding). */
export function inProcessCli(deps: AppDeps, cwd = tmpdir()) {
  const runtime: CliRuntime = { withDatabase: (_io, _req, fn) => fn(deps) };
  return async (
    argv: string[],
    opts: {
      interactive?: boolean;
      answer?: boolean;
      env?: Record<string, string>;
      /** What the user types at each hidden prompt, in order. */
      secrets?: string[];
    } = {},
  ): Promise<Ran & { asked: string[] }> => {
    const asked: string[] = [];
    const secrets = [...(opts.secrets ?? [])];
    const io = bufferedIo({
      cwd,
      env: { ...opts.env },
      interactive: opts.interactive ?? false,
      confirm: async (q) => {
        asked.push(q);
        return opts.answer ?? false;
      },
      askSecret: async (q) => {
        asked.push(q);
        return secrets.shift() ?? '';
      },
    });
    const code = await runCli(argv, { io, runtime });
    return { code, stdout: io.out, stderr: io.err, asked };
  };
}

/** The environment a spawned `linchpin` gets: nothing from the developer's own configuration. */
export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...extra };
  for (const key of ['DATABASE_URL', 'LINCHPIN_DATA', 'PORT', 'HOST', 'PUBLIC_URL']) {
    if (!(key in extra)) delete env[key];
  }
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete env[k];
  return env;
}

/** Runs `node bin/linchpin.js …` as a real process. */
export function linchpin(
  args: string[],
  opts: { env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [linchpinBin, ...args], {
      env: cliEnv(opts.env),
      cwd: opts.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A fresh PostgreSQL database cloned from the migrated test template; drop() removes it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('needs TEST_DATABASE_URL');
  const name = `linchpin_cli_${randomBytes(6).toString('hex')}`;
  const query = async (sql: string) => {
    // Loaded on use: the PGlite-only files that import this module never need the driver.
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await query(`create database "${name}" template "${postgresTemplateName()}"`);
  return {
    url: withDatabase(admin, name),
    drop: () => query(`drop database if exists "${name}" with (force)`),
  };
}

/** A new data directory (in `parent`, default the system's temp directory) holding an already-migrated database (a copy of the test template). */
export async function seededDataDir(parent = tmpdir()): Promise<string> {
  const dir = mkdtempSync(join(parent, 'linchpin-cli-'));
  mkdirSync(join(dir, 'pgdata'));
  const pg = await PGlite.create(`file://${join(dir, 'pgdata')}`, {
    loadDataDir: new Blob([readFileSync(pgliteTemplatePath())]),
  });
  await pg.close();
  return dir;
}

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `linchpin serve --port 0` and resolves once it printed its URL. */
export function startServe(
  args: string[],
  opts: { env?: Record<string, string | undefined> } = {},
): Promise<ServeProcess> {
  const child = spawn(process.execPath, [linchpinBin, 'serve', '--port', '0', ...args], {
    env: cliEnv(opts.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start in time:\n${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d;
      const url = /Linchpin is running at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({
          url,
          child,
          output: () => out,
          exited,
          stop: (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before starting:\n${out}`));
    });
  });
}

/** The last whitespace-separated word of the last non-empty line. */
export function lastWord(text: string): string {
  const lines = text.trim().split('\n');
  return lines.at(-1)!.trim().split(/\s+/).at(-1)!;
}
