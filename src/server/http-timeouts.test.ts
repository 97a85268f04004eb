// Idle and slow connections are closed by the server (issue 8, fault 12), with the timeouts from config.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDataDir } from '../../test/cli';
import { ConfigError, DEFAULT_HTTP_TIMEOUTS, loadConfig } from '../config';
import { silentLogger } from '../shared/logger';
import { type RunningServer, startServer } from './start';

describe('HTTP timeouts in the configuration', () => {
  it('default to bounded values and read HTTP_*_TIMEOUT_MS', () => {
    expect(loadConfig({}, {}).http).toEqual(DEFAULT_HTTP_TIMEOUTS);
    expect(
      loadConfig(
        {},
        {
          HTTP_HEADERS_TIMEOUT_MS: '1000',
          HTTP_REQUEST_TIMEOUT_MS: '2000',
          HTTP_KEEP_ALIVE_TIMEOUT_MS: '300',
          HTTP_IDLE_TIMEOUT_MS: '4000',
        },
      ).http,
    ).toEqual({
      headersTimeoutMs: 1000,
      requestTimeoutMs: 2000,
      keepAliveTimeoutMs: 300,
      idleTimeoutMs: 4000,
    });
  });

  it('refuse a value that is not a positive whole number of milliseconds', () => {
    for (const bad of ['0', '-5', '1.5', 'soon'])
      expect(() => loadConfig({}, { HTTP_IDLE_TIMEOUT_MS: bad })).toThrow(ConfigError);
  });
});

describe('the server closes connections that do nothing', () => {
  let server: RunningServer;
  let port: number;
  beforeAll(async () => {
    const dir = await seededDataDir();
    const config = loadConfig(
      { data: dir, port: 0 },
      { HTTP_KEEP_ALIVE_TIMEOUT_MS: '300', HTTP_IDLE_TIMEOUT_MS: '600', HTTP_HEADERS_TIMEOUT_MS: '600' },
    );
    server = await startServer(
      { ...config, logLevel: 'silent' },
      { log: silentLogger, print: () => {}, webRoot: false, background: false },
    );
    port = Number(new URL(server.url).port);
  }, 60_000);
  afterAll(() => server?.close());

  /** Milliseconds from now until the server closes the socket (or `giveUpMs`, when it does not). */
  const closedAfter = (socket: Socket, giveUpMs: number) =>
    new Promise<number>((resolve) => {
      const started = performance.now();
      const giveUp = setTimeout(() => {
        socket.destroy();
        resolve(Number.POSITIVE_INFINITY);
      }, giveUpMs);
      socket.on('close', () => {
        clearTimeout(giveUp);
        resolve(performance.now() - started);
      });
    });

  const open = () =>
    new Promise<Socket>((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(s));
      s.on('error', reject);
    });

  it('closes a kept-alive connection after the keep-alive timeout', async () => {
    const socket = await open();
    const answered = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('"ok"')) resolve(text);
      });
    });
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
    expect(await answered).toMatch(/^HTTP\/1\.1 200/);
    // Node's own default is 5 s; the configured 300 ms (Node may add up to its 1 s check interval).
    expect(await closedAfter(socket, 4000)).toBeLessThan(2500);
  });

  it('closes a connection that never sends a request after the idle timeout', async () => {
    const socket = await open();
    expect(await closedAfter(socket, 5000)).toBeLessThan(3000);
  });

  it('closes a connection that sends half its headers and stops', async () => {
    const socket = await open();
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    expect(await closedAfter(socket, 5000)).toBeLessThan(3000);
  });
});
