// PGlite is single-process: while a server holds a data directory, every CLI command must go through it.
// These tests use real processes (and one in-process server) on temporary data directories.
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEnv, lastWord, linchpin, linchpinBin, seededDataDir, startServe } from '../../test/cli';
import { loadConfig } from '../config';
import { PeoplePage } from '../people/list-schema';
import { isLocked, lockDataDir, readLockOwner } from '../server/data-dir-lock';
import { ForwardedResult } from '../server/internal-cli';
import { readServerFile } from '../server/server-file';
import { type RunningServer, startServer } from '../server/start';
import { silentLogger } from '../shared/logger';
import { forwardToServer } from './forward';
import { bufferedIo } from './io';
import { serverCliRunner } from './server-runner';

const SLOW = 240_000;

describe('a CLI command while the server holds the data directory', () => {
  it(
    'is forwarded to the server (saying that LINCHPIN_NOW cannot move its clock); a second server is refused; after kill -9 the lock is reclaimed',
    async () => {
      const dir = await seededDataDir();
      const data = ['--data', dir];
      expect(
        (
          await linchpin([
            'user',
            'create',
            '--email',
            'o@example.com',
            '--password',
            'correct horse',
            ...data,
          ])
        ).code,
      ).toBe(0);
      const token = lastWord((await linchpin(['token', 'create', ...data])).stdout);

      const first = await startServe(data);
      const auth = { authorization: `Bearer ${token}` };
      const info = readServerFile(dir)!;
      expect(info).toMatchObject({ pid: first.child.pid, url: first.url });
      expect(statSync(join(dir, 'server.json')).mode & 0o777).toBe(0o600);

      // Forwarded: the server's own database instance has the row at once. A second PGlite instance
      // opened by the CLI would have written to files the server does not re-read.
      const added = await linchpin([
        'people',
        'add',
        '--name',
        'Forwarded Person',
        '--tag',
        'proof',
        ...data,
      ]);
      expect(added).toMatchObject({ code: 0, stderr: '' });
      const id = lastWord(added.stdout);
      const seen = await fetch(`${first.url}/api/v1/people/${id}`, { headers: auth });
      expect(seen.status).toBe(200);

      // A password given through LINCHPIN_PASSWORD (kept out of the process list) travels with the
      // forwarded command: the server's environment does not have it.
      const member = await linchpin(['user', 'create', '--email', 'env@example.com', ...data], {
        env: { LINCHPIN_PASSWORD: 'from the environment' },
      });
      expect(member).toMatchObject({ code: 0, stderr: '' });
      const signin = await fetch(`${first.url}/api/v1/auth/signin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'env@example.com', password: 'from the environment' }),
      });
      expect(signin.status).toBe(200);

      // A day picked with LINCHPIN_NOW cannot reach the running server's clock: said, not silently dropped.
      const moved = await linchpin(['people', 'list', '--json', ...data], {
        env: { LINCHPIN_NOW: '2027-02-16' },
      });
      expect(moved.code).toBe(0);
      expect(moved.stderr).toContain('LINCHPIN_NOW is ignored while the server');

      // The internal endpoint wants the token from server.json.
      const forward = (headers: Record<string, string>) =>
        fetch(`${first.url}/internal/cli`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ argv: ['people', 'list', '--json'], cwd: dir }),
        });
      expect((await forward({})).status).toBe(401);
      expect((await forward({ authorization: `Bearer ${token}` })).status).toBe(401);
      const ok = await forward({ authorization: `Bearer ${info.rpcToken}` });
      expect(ok.status).toBe(200);
      const result = ForwardedResult.parse(await ok.json());
      expect(result.exitCode).toBe(0);
      expect(JSON.parse(result.stdout).items.map((p: { name: string }) => p.name)).toEqual([
        'Forwarded Person',
      ]);

      // A second server on the same directory stops with a clear message.
      const second = await linchpin(['serve', '--port', '0', ...data]);
      expect(second.code).toBe(1);
      expect(second.stderr).toBe(
        `error: Linchpin is already running at ${first.url} using ${dir} (process ${first.child.pid}).\n`,
      );

      // A crash leaves the lock and server.json behind; the next start reclaims both.
      expect(await first.stop('SIGKILL')).toBeNull();
      expect(JSON.parse(readFileSync(join(dir, 'linchpin.lock', 'owner.json'), 'utf8')).pid).toBe(
        first.child.pid,
      );
      const restarted = await startServe(data);
      try {
        expect(readServerFile(dir)?.pid).toBe(restarted.child.pid);
        const again = await fetch(`${restarted.url}/api/v1/people?tag=proof`, { headers: auth });
        expect(PeoplePage.parse(await again.json()).items.map((p) => p.id)).toEqual([id]);
        // And the CLI follows the new server.
        const listed = await linchpin(['people', 'list', '--tag', 'proof', '--json', ...data]);
        expect(JSON.parse(listed.stdout).items.map((p: { id: string }) => p.id)).toEqual([id]);
      } finally {
        expect(await restarted.stop('SIGINT')).toBe(0);
      }
      expect(restarted.output()).toContain('Stopped.');
    },
    SLOW,
  );

  it(
    'stops with a clear message when the holder cannot be reached or does not let go',
    async () => {
      const dir = await seededDataDir();
      const data = ['--data', dir];
      const env = { LINCHPIN_LOCK_WAIT_MS: '1500' };

      // A "server" (this test process) holds the lock but answers nowhere.
      const lock = await lockDataDir(dir, { role: 'server', command: 'serve' });
      try {
        writeFileSync(
          join(dir, 'server.json'),
          JSON.stringify({
            pid: process.pid,
            url: 'http://127.0.0.1:9',
            rpcToken: 'lprpc_x'.padEnd(30, 'x'),
          }),
        );
        const unreachable = await linchpin(['people', 'list', ...data], { env });
        expect(unreachable.code).toBe(1);
        expect(unreachable.stderr).toContain(
          `The Linchpin server (process ${process.pid}) holds ${dir} but does not answer at http://127.0.0.1:9`,
        );
        expect(unreachable.stderr).toContain(`kill ${process.pid}`);

        writeFileSync(join(dir, 'server.json'), '{}');
        const unpublished = await linchpin(['people', 'list', ...data], { env });
        expect(unpublished.code).toBe(1);
        expect(unpublished.stderr).toContain(
          `${dir} is locked by a Linchpin server (process ${process.pid}) that has not published its address`,
        );
      } finally {
        await lock.release();
      }

      // Another command holds it for longer than this one will wait.
      const busy = await lockDataDir(dir, { role: 'cli', command: 'import' });
      try {
        const waited = await linchpin(['people', 'list', ...data], { env });
        expect(waited.code).toBe(1);
        expect(waited.stderr).toContain(
          `Waiting for "linchpin import" (process ${process.pid}) to finish with ${dir}`,
        );
        expect(waited.stderr).toContain(
          `error: ${dir} is still busy with "linchpin import" (process ${process.pid}). Try again when it has finished.`,
        );
      } finally {
        await busy.release();
      }
      // A command that finishes in time is simply waited for.
      const shortly = await lockDataDir(dir, { role: 'cli', command: 'people add' });
      const child = spawn(
        process.execPath,
        [linchpinBin, 'user', 'create', '--email', 'x@example.com', '--password', 'correct horse', ...data],
        {
          env: cliEnv(),
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => {
        stderr += d;
        if (stderr.includes('Waiting for')) void shortly.release();
      });
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(stderr).toBe(
        `Waiting for "linchpin people add" (process ${process.pid}) to finish with ${dir}…\n`,
      );
      expect(code).toBe(0);
      expect(stdout).toContain('Created the owner account x@example.com.');
    },
    SLOW,
  );
});

describe('Ctrl+C during a command on the data directory', () => {
  it(
    'finishes the step, closes the database, releases the lock and exits 130',
    async () => {
      const dir = await seededDataDir();
      const child = spawn(process.execPath, [linchpinBin, 'demo', '--data', dir], {
        env: cliEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      // Interrupt once the command holds the lock, i.e. while the database is open.
      while (readLockOwner(dir)?.pid !== child.pid && child.exitCode === null)
        await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(stderr).toContain('Interrupted: closing the database safely first');
      expect(isLocked(dir)).toBe(false);
      const listed = await linchpin(['people', 'list', '--json', '--data', dir]);
      expect(JSON.parse(listed.stdout).items).toHaveLength(240);
    },
    SLOW,
  );
});

describe('forwarded commands that ask for confirmation', () => {
  let server: RunningServer | undefined;
  afterAll(() => server?.close());

  it(
    'ask the caller’s terminal, then run with the answer',
    async () => {
      const dir = await seededDataDir();
      server = await startServer(
        { ...loadConfig({ data: dir, port: 0 }, {}), logLevel: 'silent' },
        { log: silentLogger, print: () => {}, runCli: serverCliRunner, webRoot: false },
      );
      const info = readServerFile(dir)!;
      const run = async (argv: string[], answer: boolean) => {
        const asked: string[] = [];
        const io = bufferedIo({
          cwd: dir,
          env: {},
          interactive: true,
          confirm: async (q) => {
            asked.push(q);
            return answer;
          },
        });
        const code = await forwardToServer(info, dir, argv, io);
        return { code, out: io.out, err: io.err, asked };
      };
      expect(
        (await run(['user', 'create', '--email', 'o@example.com', '--password', 'correct horse'], true)).code,
      ).toBe(0);
      const id = lastWord((await run(['people', 'add', '--name', 'Keep Me'], true)).out);

      const declined = await run(['people', 'rm', id], false);
      expect(declined).toMatchObject({ code: 1, out: '', err: 'Nothing deleted.\n' });
      expect(declined.asked).toEqual(['Delete Keep Me with their needs, offers and interactions?']);
      const confirmed = await run(['people', 'rm', id], true);
      expect(confirmed).toMatchObject({ code: 0, out: 'Deleted Keep Me.\n', err: '' });
      expect(confirmed.asked).toHaveLength(1);
      expect((await run(['people', 'show', id], true)).code).toBe(1);

      // The server does not run `serve` for a caller.
      const serve = await run(['serve'], true);
      expect(serve.code).toBe(1);
      expect(serve.err).toContain("unknown command 'serve'");
    },
    SLOW,
  );
});
