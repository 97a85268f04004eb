// Database faults for tests, without touching the shared PostgreSQL server: kill one database's
// connections from an admin connection, or put a loopback proxy in front of PostgreSQL and cut it.

import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';

/** pg_terminate_backend on every connection to the database `url` names; returns how many. */
export async function terminateConnections(url: string): Promise<number> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL ?? url });
  await admin.connect();
  try {
    const res = await admin.query(
      'select pg_terminate_backend(pid) as killed from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [name],
    );
    return res.rows.filter((r: { killed: boolean }) => r.killed).length;
  } finally {
    await admin.end();
  }
}

/** Connections to the database `url` names whose last statement matches `pattern` (e.g. a LISTEN). */
export async function countConnections(url: string, pattern: string): Promise<number> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL ?? url });
  await admin.connect();
  try {
    const res = await admin.query(
      'select count(*)::int as n from pg_stat_activity where datname = $1 and query ilike $2',
      [name, pattern],
    );
    return res.rows[0].n;
  } finally {
    await admin.end();
  }
}

export interface DatabaseProxy {
  /** `url` with its host and port pointing at the proxy. */
  url: string;
  /** Drop every open connection; new ones are refused (nothing listens) or accepted and reset at once. */
  cut(how: 'refuse' | 'reset'): Promise<void>;
  /** Pass connections through again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** A loopback TCP proxy to the PostgreSQL server `url` names. */
export async function startDatabaseProxy(url: string): Promise<DatabaseProxy> {
  const upstream = new URL(url);
  const sockets = new Set<Socket>();
  let mode: 'pass' | 'reset' = 'pass';
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
  };
  const onConnection = (client: Socket) => {
    track(client);
    if (mode === 'reset') {
      client.resetAndDestroy();
      return;
    }
    const server = connect(Number(upstream.port || 5432), upstream.hostname);
    track(server);
    client.pipe(server).pipe(client);
    client.on('close', () => server.destroy());
    server.on('close', () => client.destroy());
  };
  let server: Server = createServer(onConnection);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);

  const dropAll = () => {
    for (const s of sockets) s.resetAndDestroy();
  };
  const stopListening = () =>
    new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  return {
    url: proxied.toString(),
    async cut(how) {
      if (how === 'refuse') {
        const closed = stopListening();
        dropAll();
        await closed;
      } else {
        mode = 'reset';
        dropAll();
      }
    },
    async restore() {
      mode = 'pass';
      if (server.listening) return;
      server = createServer(onConnection);
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    async close() {
      const closed = stopListening();
      dropAll();
      await closed;
    },
  };
}
