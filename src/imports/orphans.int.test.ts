// At start-up, imports left running by a process that is gone are marked interrupted at once: every one on
// the embedded database (its one process is starting), only those with a stopped heartbeat on PostgreSQL
// (other processes may be importing right now).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import * as repo from './repository';
import { markOrphanedImports } from './service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('marking orphaned imports at start-up', () => {
  it('marks every unfinished import on the embedded database, only stale ones on PostgreSQL', async () => {
    const me = await t.account();
    const now = t.clock.now();
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    const insert = (status: 'queued' | 'running' | 'succeeded', heartbeatAt: Date) =>
      repo.insertImport(t.database.db, { accountId: me.id, status, fileName: 'x.csv', heartbeatAt });
    const fresh = await insert('running', minutesAgo(0.5));
    const stale = await insert('running', minutesAgo(5));
    const staleQueued = await insert('queued', minutesAgo(5));
    const done = await insert('succeeded', minutesAgo(5));
    const status = async (id: string) => (await repo.findImport(t.database.db, me.id, id))?.status;

    expect(await markOrphanedImports({ db: t.database.db, kind: 'postgres' }, now)).toBe(2);
    expect(await status(fresh.id)).toBe('running');
    expect(await status(stale.id)).toBe('interrupted');
    expect(await status(staleQueued.id)).toBe('interrupted');
    expect(await status(done.id)).toBe('succeeded');

    expect(await markOrphanedImports({ db: t.database.db, kind: 'pglite' }, now)).toBe(1);
    expect(await status(fresh.id)).toBe('interrupted');
    const job = await t.call('GET', `/api/v1/imports/${stale.id}`, { token: me.token });
    expect(job.body).toMatchObject({
      status: 'interrupted',
      error: expect.stringContaining('Import the same file again'),
    });
  });
});
