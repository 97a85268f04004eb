// The fast path to a running server: which commands take it, and that anything in doubt is left to the
// full CLI (undefined) without the server running anything.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ForwardedCommand, registerInternalCli } from '../server/internal-cli';
import { writeServerFile } from '../server/server-file';
import { forwardToRunningServer } from './forward-early';
import { bufferedIo } from './io';

const token = `lprpc_${'x'.repeat(40)}`;
let server: ServerType;
let url: string;
let dir: string;
const received: ForwardedCommand[] = [];

beforeAll(async () => {
  const app = new Hono();
  registerInternalCli(app, {
    token,
    run: async (command) => {
      received.push(command);
      return { stdout: `ran ${command.argv.join(' ')}\n`, stderr: '', exitCode: 3 };
    },
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

beforeEach(() => {
  received.length = 0;
  dir = mkdtempSync(join(tmpdir(), 'linchpin-forward-early-'));
  return () => rmSync(dir, { recursive: true, force: true });
});

const io = (env: Record<string, string> = {}) => bufferedIo({ cwd: tmpdir(), env });
const publish = (info: { pid?: number; url?: string; rpcToken?: string } = {}) =>
  writeServerFile(dir, { pid: process.pid, url, rpcToken: token, ...info });

describe('forwarding before the command tree loads', () => {
  it('sends a command on the data directory of a running server to it, and returns its output and exit code', async () => {
    publish();
    const out = io();
    const argv = ['people', 'list', '--data', dir];
    expect(await forwardToRunningServer(argv, out)).toBe(3);
    expect(out.out).toBe(`ran ${argv.join(' ')}\n`);
    expect(received.map((c) => c.argv)).toEqual([argv]);
  });

  it('finds the data directory from --data=DIR and from LINCHPIN_DATA, the last --data winning', async () => {
    publish();
    expect(await forwardToRunningServer(['people', 'list', `--data=${dir}`], io())).toBe(3);
    expect(await forwardToRunningServer(['people', 'list'], io({ LINCHPIN_DATA: dir }))).toBe(3);
    expect(await forwardToRunningServer(['--data', '/nowhere', 'people', 'list', '--data', dir], io())).toBe(
      3,
    );
    expect(received).toHaveLength(3);
  });

  it('leaves help, version, serve and an empty command line to the full CLI', async () => {
    publish();
    for (const argv of [[], ['--help'], ['people', 'list', '-h'], ['help', 'people'], ['-V'], ['serve']]) {
      expect(await forwardToRunningServer([...argv, '--data', dir], io())).toBeUndefined();
    }
    expect(received).toEqual([]);
  });

  it('leaves PostgreSQL mode to the full CLI', async () => {
    publish();
    const env = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/x' };
    expect(await forwardToRunningServer(['people', 'list', '--data', dir], io(env))).toBeUndefined();
    expect(received).toEqual([]);
  });

  it('leaves it to the full CLI when no server published itself, or its process is gone', async () => {
    expect(await forwardToRunningServer(['people', 'list', '--data', dir], io())).toBeUndefined();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    publish({ pid: gone });
    expect(await forwardToRunningServer(['people', 'list', '--data', dir], io())).toBeUndefined();
    expect(received).toEqual([]);
  });

  it('leaves it to the full CLI, silently, when the server does not answer or refuses the token', async () => {
    const closed = serve({ fetch: () => new Response(), port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => closed.once('listening', () => resolve()));
    const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    publish({ url: closedUrl });
    const unreachable = io();
    expect(await forwardToRunningServer(['people', 'list', '--data', dir], unreachable)).toBeUndefined();
    publish({ rpcToken: `lprpc_${'y'.repeat(40)}` });
    const refused = io();
    expect(await forwardToRunningServer(['people', 'list', '--data', dir], refused)).toBeUndefined();
    expect([unreachable.out, unreachable.err, refused.out, refused.err]).toEqual(['', '', '', '']);
    expect(received).toEqual([]);
  });
});
