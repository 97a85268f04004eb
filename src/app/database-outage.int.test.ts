// A database outage answers 503 with Retry-After (problem+json), never 500; /healthz stays up and
// /readyz says not ready; when the database is back, the same app serves again without a restart.
// The outage is a loopback proxy in front of PostgreSQL that the test cuts, so the shared server is
// never stopped.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus } from '../../test/app';
import { freshPostgresDatabase } from '../../test/cli';
import { testDbKind } from '../../test/db';
import { type DatabaseProxy, startDatabaseProxy } from '../../test/db-faults';
import { createAccount, createApiToken } from '../accounts/service';
import { loadConfig } from '../config';
import { type Database, openDatabase } from '../db/client';
import type { App } from '../http/env';
import { ManualClock } from '../shared/clock';
import { silentLogger } from '../shared/logger';
import { createApp } from './create-app';

const onPostgres = testDbKind() === 'postgres';

describe('readiness and liveness', () => {
  it('answers /readyz 200 ready and /healthz 200 while the database answers', async () => {
    const t = await createTestApp();
    try {
      const ready = await t.call('GET', '/readyz');
      expect(ready).toMatchObject({ status: 200, body: { status: 'ready' } });
      expect(await t.call('GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    } finally {
      await t.close();
    }
  });
});

describe.skipIf(!onPostgres)('(PostgreSQL only) a database outage behind a loopback proxy', () => {
  let target: { url: string; drop(): Promise<void> };
  let proxy: DatabaseProxy;
  let database: Database;
  let app: App;
  let token: string;

  beforeAll(async () => {
    target = await freshPostgresDatabase();
    proxy = await startDatabaseProxy(target.url);
    database = await openDatabase({ kind: 'postgres', url: proxy.url, poolSize: 4 }, { migrate: false });
    const config = { ...loadConfig({}, {}), maxBodyBytes: 100_000 };
    app = createApp(
      { db: database.db, clock: new ManualClock(), config, log: silentLogger },
      { webRoot: false },
    );
    const account = await createAccount(
      database.db,
      { email: 'outage@example.com', password: 'correct horse battery' },
      'admin',
    );
    token = (await createApiToken(database.db, account.id, 'test')).token;
  });
  // A failed test must not leave the next one without its database.
  afterEach(() => proxy.restore());
  afterAll(async () => {
    await database?.close();
    await proxy?.close();
    await target?.drop();
  });

  const call = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });

  const expectUnavailable = async (res: Response) => {
    expectStatus(res, 503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.json()).toMatchObject({
      status: 503,
      title: 'Service Unavailable',
      detail: 'The database is unavailable; try again shortly',
    });
  };

  for (const how of ['refuse', 'reset'] as const) {
    it(`answers 503 with Retry-After while connections are ${how === 'refuse' ? 'refused' : 'reset'}, and recovers without a restart`, async () => {
      expect((await call('GET', '/api/v1/people')).status).toBe(200);
      expect((await call('GET', '/readyz')).status).toBe(200);

      await proxy.cut(how);
      for (let i = 0; i < 3; i++) await expectUnavailable(await call('GET', '/api/v1/people'));
      await expectUnavailable(await call('POST', '/api/v1/people', { name: 'Ada Lovelace' }));
      const started = Date.now();
      await expectUnavailable(await call('GET', '/readyz'));
      expect(Date.now() - started).toBeLessThan(5_000);
      const health = await call('GET', '/healthz');
      expectStatus(health, 200);

      await proxy.restore();
      const created = await call('POST', '/api/v1/people', { name: `Back ${how}` });
      expectStatus(created, 201);
      expect((await call('GET', '/api/v1/people')).status).toBe(200);
      expect(await (await call('GET', '/readyz')).json()).toEqual({ status: 'ready' });
    });
  }
});
