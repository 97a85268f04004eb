// `linchpin serve` listens before its database is open (starting-gate.ts): liveness answers at once,
// readiness waits for the database, a request sent meanwhile is answered by the app once it is ready, and a
// port that is taken is reported before the database is touched.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionInfo } from '../accounts/schema';
import { loadConfig } from '../config';
import { silentLogger } from '../shared/logger';
import { type RunningServer, ServerStartError, startServer } from './start';

const dirs: string[] = [];
const emptyDataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-listens-first-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const quietOptions = { log: silentLogger, webRoot: false, background: false } as const;

describe('a starting server', () => {
  it('answers /healthz and a 503 /readyz while its new database is being created, then answers the request it held from the database', async () => {
    const dir = emptyDataDir();
    const lines: string[] = [];
    let startingAt: (url: string) => void = () => {};
    const starting = new Promise<string>((resolve) => {
      startingAt = resolve;
    });
    let running: RunningServer | undefined;
    const started = startServer(
      { ...loadConfig({ data: dir, port: 0 }, {}), logLevel: 'silent' },
      {
        ...quietOptions,
        print: (line) => {
          lines.push(line);
          const url = /Linchpin is starting at (http:\/\/\S+)/.exec(line)?.[1];
          if (url) startingAt(url);
        },
      },
    ).then((server) => {
      running = server;
      return server;
    });
    try {
      const url = await starting;

      const live = await fetch(`${url}/healthz`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('content-type')).toBe('application/problem+json');
      expect(ready.headers.get('retry-after')).toBe('1');
      // Creating the database and running its migrations takes seconds; both answers came before that ended.
      expect(running).toBeUndefined();
      expect(lines.some((l) => l.startsWith('Linchpin is running'))).toBe(false);

      const held = await fetch(`${url}/api/v1/session`);
      expect(running).toBeDefined();
      expect(held.status).toBe(200);
      // Answered from the new database: no account exists yet.
      expect(SessionInfo.parse(await held.json())).toMatchObject({ account: null, setupRequired: true });
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    } finally {
      await (await started).close();
    }
  }, 60_000);

  it('refuses a port that is taken before it opens or creates the database, and lets go of the data directory', async () => {
    const dir = emptyDataDir();
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      await expect(
        startServer(
          { ...loadConfig({ data: dir, port }, {}), logLevel: 'silent' },
          { ...quietOptions, print: () => {} },
        ),
      ).rejects.toBeInstanceOf(ServerStartError);
      expect(existsSync(join(dir, 'pgdata'))).toBe(false);
      expect(existsSync(join(dir, 'linchpin.lock'))).toBe(false);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('stops listening and lets go of the data directory when its database cannot be opened', async () => {
    const dir = emptyDataDir();
    writeFileSync(join(dir, 'pgdata'), 'not a database directory');
    const lines: string[] = [];
    await expect(
      startServer(
        { ...loadConfig({ data: dir, port: 0 }, {}), logLevel: 'silent' },
        { ...quietOptions, print: (l) => lines.push(l) },
      ),
    ).rejects.toThrow();
    const url = /Linchpin is starting at (http:\/\/\S+)/.exec(lines.join('\n'))?.[1];
    expect(url).toBeDefined();
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    expect(existsSync(join(dir, 'linchpin.lock'))).toBe(false);
  });
});
