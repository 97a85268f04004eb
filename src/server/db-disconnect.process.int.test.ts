// The real server process on PostgreSQL, its connections killed with pg_terminate_backend while it is
// idle and while writes are in flight: it must not die of an unhandled 'error' event (5 of 6 processes
// did on a PostgreSQL restart), must serve again at once, and its LISTEN connection must come back so an
// outbox message written afterwards is delivered within seconds, not at the next minute's sweep.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, type ServeProcess, startServe } from '../../test/cli';
import { testDbKind } from '../../test/db';
import { countConnections, terminateConnections } from '../../test/db-faults';
import { startMailServer, type TestMailServer } from '../../test/mail-server';
import { createAccount, createApiToken } from '../accounts/service';
import { type Database, openDatabase } from '../db/client';
import { insertOutbox, OUTBOX_CHANNEL } from '../mail/repository';

const onPostgres = testDbKind() === 'postgres';
const LISTENING = `listen ${OUTBOX_CHANNEL}`;

async function eventually(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!onPostgres)(
  '(PostgreSQL only) the server process when its database connections are killed',
  () => {
    let target: { url: string; drop(): Promise<void> };
    let direct: Database;
    let smtp: TestMailServer;
    let serve: ServeProcess;
    let token: string;
    let accountId: string;

    beforeAll(async () => {
      target = await freshPostgresDatabase();
      direct = await openDatabase({ kind: 'postgres', url: target.url, poolSize: 2 }, { migrate: false });
      const account = await createAccount(
        direct.db,
        { email: 'owner@example.com', password: 'correct horse battery' },
        'admin',
      );
      accountId = account.id;
      token = (await createApiToken(direct.db, account.id, 'test')).token;
      smtp = await startMailServer();
      serve = await startServe([], { env: { DATABASE_URL: target.url, SMTP_URL: smtp.url } });
    }, 120_000);
    afterAll(async () => {
      await serve?.stop();
      await direct?.close();
      await smtp?.close();
      await target?.drop();
    });

    const addPerson = (name: string) =>
      fetch(`${serve.url}/api/v1/people`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
    const alive = () => serve.child.exitCode === null && serve.child.signalCode === null;

    it('survives kills while idle and under writes, answers 503 (never 500) meanwhile, then serves and delivers again', async () => {
      await eventually(async () => (await countConnections(target.url, LISTENING)) === 1, 30_000, 'LISTEN');
      expect((await addPerson('Before')).status).toBe(201);

      // Idle: every pooled connection, pg-boss's and the LISTEN connection.
      expect(await terminateConnections(target.url)).toBeGreaterThan(1);
      await new Promise((r) => setTimeout(r, 500));
      expect(alive()).toBe(true);

      // In flight: transactions open on checked-out connections when they die.
      const statuses: number[] = [];
      for (let round = 0; round < 5; round++) {
        const writes = Array.from({ length: 12 }, (_, i) => addPerson(`Round ${round} #${i}`));
        await new Promise((r) => setTimeout(r, 5 + round * 10));
        await terminateConnections(target.url);
        for (const res of await Promise.all(writes)) {
          statuses.push(res.status);
          if (res.status === 503) expect(res.headers.get('retry-after')).toBeTruthy();
        }
      }
      expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
      await new Promise((r) => setTimeout(r, 500));
      expect(alive()).toBe(true);
      expect(serve.output()).not.toContain("Unhandled 'error' event");

      // Serving again, without a restart.
      expect((await addPerson('After')).status).toBe(201);
      const ready = await fetch(`${serve.url}/readyz`);
      expect(ready.status).toBe(200);

      // The LISTEN connection is back, and a message committed now is delivered on its notification.
      await eventually(
        async () => (await countConnections(target.url, LISTENING)) === 1,
        20_000,
        'LISTEN again',
      );
      const id = randomUUID();
      const messageId = `<${id}@linchpin.test>`;
      await insertOutbox(direct.db, [
        {
          id,
          accountId,
          kind: 'test',
          messageId,
          from: { name: 'Linchpin', address: 'linchpin@localhost' },
          to: [{ name: 'Ada', address: 'ada@example.com' }],
          subject: 'After the outage',
          text: 'hello',
          html: '<p>hello</p>',
          status: 'queued',
        },
      ]);
      const [got] = await smtp.waitFor(1, 8_000);
      expect(got!.parsed.messageId).toBe(messageId);
      expect(alive()).toBe(true);
    }, 120_000);
  },
);
