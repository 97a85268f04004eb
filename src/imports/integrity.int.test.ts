// What an import writes stays referentially whole, also where a batch checks its references once
// instead of through the per-row foreign-key triggers (see repository.startImportBatch).
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';
import { importFile } from '../../test/imports';
import { prepareFile } from './formats/index';
import { ImportPipeline } from './pipeline';
import { canSkipRowChecks } from './repository';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const rows = async <T>(query: ReturnType<typeof sql>) =>
  ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;

const csv = (n: number, offset = 0) =>
  [
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...Array.from(
      { length: n },
      (_, i) =>
        `Person,No${i + offset},https://www.linkedin.com/in/p-${i + offset},p${i + offset}@example.com,Acme,Engineer,09 Oct 2024`,
    ),
  ].join('\n');

describe('referential integrity of imports', () => {
  it('checks references per batch only while the tables it writes have no trigger but foreign keys', async () => {
    // Any other trigger would be switched off with them (resume.int.test.ts has one that must fire).
    const db = t.database.db;
    const superuser = (await rows<{ su: string }>(sql`select current_setting('is_superuser') as su`))[0]!.su;
    expect(await canSkipRowChecks(db)).toBe(superuser === 'on');
    await db.execute(
      sql.raw(`create function integrity_noop() returns trigger language plpgsql as $$
      begin return new; end $$`),
    );
    await db.execute(
      sql.raw(
        'create trigger integrity_noop before insert on interactions for each row execute function integrity_noop()',
      ),
    );
    expect(await canSkipRowChecks(db)).toBe(false);
    await db.execute(sql.raw('drop trigger integrity_noop on interactions'));
    await db.execute(sql.raw('drop function integrity_noop()'));
    expect(await canSkipRowChecks(db)).toBe(superuser === 'on');
  });

  it('leaves no row pointing at a missing one, after creating and merging', async () => {
    const me = await t.account();
    await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: personInput({ name: 'Someone Else', emails: ['p3@example.com'] }),
    });
    const first = await importFile(t, me, csv(40));
    expect(first.counts).toMatchObject({ created: 39, merged: 1, failed: 0 });
    const second = await importFile(t, me, csv(60, 20));
    expect(second.counts).toMatchObject({ created: 40, skipped: 20, failed: 0 });
    const orphans = await rows<{ n: number }>(sql`select (
        (select count(*) from interactions i where not exists (select 1 from people p where p.id = i.person_id))
      + (select count(*) from interactions i where not exists (select 1 from accounts a where a.id = i.account_id))
      + (select count(*) from import_fingerprints f where not exists (select 1 from people p where p.id = f.person_id))
      + (select count(*) from import_reports r where not exists (select 1 from imports m where m.id = r.import_id))
      + (select count(*) from people p where not exists (select 1 from accounts a where a.id = p.account_id))
    )::int as n`);
    expect(orphans[0]!.n).toBe(0);
    const mine = await rows<{ people: number; interactions: number; fingerprints: number }>(sql`select
      (select count(*) from people where account_id = ${me.id})::int as people,
      (select count(*) from interactions where account_id = ${me.id})::int as interactions,
      (select count(*) from import_fingerprints where account_id = ${me.id})::int as fingerprints`);
    expect(mine[0]).toEqual({ people: 80, interactions: 80, fingerprints: 80 });
  });

  it('writes nothing when the import it reports to is gone', async () => {
    const me = await t.account();
    const pipeline = new ImportPipeline(
      { db: t.database.db, accountId: me.id, importId: randomUUID(), now: () => t.clock.now() },
      { dryRun: false, keepPhotos: false },
    );
    const { items } = prepareFile(csv(5), { keepPhotos: false });
    await expect(pipeline.run(items)).rejects.toThrow();
    const left = await rows<{ n: number }>(
      sql`select count(*)::int as n from people where account_id = ${me.id}`,
    );
    expect(left[0]!.n).toBe(0);
  });
});
