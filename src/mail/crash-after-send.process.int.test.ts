// A delivery worker killed (SIGKILL, in a child process: test/crash-after-send.ts) between sending a
// message and recording it: after the claim's lease the message goes out once more, with the same
// Message-ID. On PGlite the child opens a copy of the template in a data directory; on PostgreSQL it
// connects to this file's test database.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { testDbKind } from '../../test/db';
import { deliveryDeps } from '../../test/introductions';
import { startMailServer, type TestMailServer } from '../../test/mail-server';
import { pgliteTemplatePath } from '../../test/template';
import { createAccount } from '../accounts/service';
import { loadConfig } from '../config';
import { type DatabaseTarget, openDatabase } from '../db/client';
import { act, proposeIntroduction } from '../introductions/service';
import { createPerson } from '../people/service';
import { ManualClock } from '../shared/clock';
import { CLAIM_LEASE_MS, deliverDue } from './delivery';
import { findOutboxById } from './repository';

let t: TestApp;
let smtp: TestMailServer;

beforeAll(async () => {
  smtp = await startMailServer();
  t = await createTestApp();
  t.deps.config.mail.smtpUrl = smtp.url;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('a worker killed between sending and recording', () => {
  it('after the restart the message is sent again once, with the same Message-ID', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linchpin-crash-'));
    let target: DatabaseTarget;
    let url: string | undefined;
    if (testDbKind() === 'pglite') {
      target = { kind: 'pglite', dataDir: dir };
      const seeded = await openDatabase(
        { ...target, loadDataDir: new Blob([readFileSync(pgliteTemplatePath())]) },
        { migrate: false },
      );
      await seeded.close();
    } else {
      url = (t.database.pool as unknown as { options: { connectionString: string } }).options
        .connectionString;
      target = { kind: 'postgres', url, poolSize: 2 };
    }
    try {
      // Prepare one queued message in the database the crashing worker will use.
      let database = testDbKind() === 'pglite' ? await openDatabase(target, { migrate: false }) : t.database;
      const clock = new ManualClock(new Date());
      const config = { ...loadConfig({}, {}), mail: { ...t.deps.config.mail, smtpUrl: smtp.url } };
      const deps = { db: database.db, clock, config };
      const account = await createAccount(
        database.db,
        { email: `crash${Date.now()}@example.com`, password: 'correct horse battery' },
        'admin',
      );
      const pa = await createPerson(database.db, account.id, personOf('Crash A', 'crash-a@example.com'));
      const pb = await createPerson(database.db, account.id, personOf('Crash B', 'crash-b@example.com'));
      const intro = await proposeIntroduction(deps, account.id, {
        personAId: pa.id,
        personBId: pb.id,
        kind: 'peers',
        reason: 'crash test',
        order: 'sequential',
        discloseCaveatIds: [],
        autoSend: false,
      });
      const asked = await act(deps, account.id, intro.id, { type: 'request' });
      const message = asked.emails[0]!;
      if (testDbKind() === 'pglite') await database.close();

      const code = await new Promise<NodeJS.Signals | number | null>((resolve) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'test/crash-after-send.ts', JSON.stringify(target), smtp.url],
          {
            stdio: ['ignore', 'ignore', 'inherit'],
          },
        );
        child.on('exit', (c, signal) => resolve(signal ?? c));
      });
      expect(code).toBe('SIGKILL');
      await smtp.waitFor(1);

      if (testDbKind() === 'pglite') database = await openDatabase(target, { migrate: false });
      expect((await findOutboxById(database.db, message.id))!).toMatchObject({
        status: 'sending',
        attempts: 1,
      });
      const restarted = {
        db: database.db,
        clock,
        log: t.deps.log,
        settings: config.mail,
        transport: deliveryDeps(t, smtp.url).transport,
      };
      // Within the lease nothing is resent (the worker might still be alive)...
      expect(await deliverDue(restarted)).toMatchObject({ sent: 0, released: 0 });
      // ...after it, the message goes out once more, with the same Message-ID.
      clock.set(new Date(Date.now() + CLAIM_LEASE_MS + 1000));
      expect(await deliverDue(restarted)).toMatchObject({ sent: 1, released: 1 });
      expect(await deliverDue(restarted)).toMatchObject({ sent: 0, released: 0 });
      await smtp.waitFor(2);
      expect(smtp.received.map((r) => r.parsed.messageId)).toEqual([message.messageId, message.messageId]);
      expect((await findOutboxById(database.db, message.id))!).toMatchObject({ status: 'sent', attempts: 2 });
      if (testDbKind() === 'pglite') await database.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

function personOf(name: string, email: string) {
  return {
    name,
    emails: [email],
    phones: [],
    company: '',
    title: '',
    location: '',
    links: [],
    blurb: `${name} blurb`,
    tags: [],
    trust: null,
    vouchCriteria: [],
    privateNotes: '',
    caveats: [],
    introPreferences: { askFirst: false, maxRequestsPerMonth: null, doNotIntroduce: false, valuedHelp: [] },
    keepInTouch: { idealDays: null, maxDays: null },
  };
}
