// An import that dies half-way leaves only whole people, and running it again completes it without
// duplicates; a record the database refuses fails alone, the rest of its batch is saved.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/app';
import { allPeople, importFile } from '../../test/imports';
import type { ParsedItem } from './contact';
import { decodeFile } from './decode';
import { prepareFile } from './formats/index';
import { ImportPipeline } from './pipeline';
import * as repo from './repository';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const rows = Array.from(
  { length: 9 },
  (_, i) => `Person,Number${i},https://www.linkedin.com/in/p${i},,Co ${i},Role,0${i + 1} Jan 2024`,
);
const csv = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join('\n');

describe('a crash in the middle of an import', () => {
  it('keeps the batches that were saved, and a second run finishes without duplicates', async () => {
    const me = await t.account();
    const job = await repo.insertImport(t.database.db, {
      accountId: me.id,
      status: 'running',
      fileName: 'x.csv',
      total: 9,
    });
    const items = [...prepareFile(decodeFile(Buffer.from(csv)).text, { keepPhotos: false }).items];
    // The process "dies" while reading the 6th record: batches of two, so records 1-4 were saved.
    function* dying(): Generator<ParsedItem> {
      for (const [i, item] of items.entries()) {
        if (i === 5) throw new Error('killed');
        yield item;
      }
    }
    const pipeline = new ImportPipeline(
      { db: t.database.db, accountId: me.id, importId: job.id, now: () => t.clock.now() },
      { dryRun: false, keepPhotos: false, batchSize: 2 },
    );
    await expect(pipeline.run(dying())).rejects.toThrow('killed');
    const partial = await allPeople(t, me);
    expect(partial.map((p) => p.name).sort()).toEqual([
      'Person Number0',
      'Person Number1',
      'Person Number2',
      'Person Number3',
    ]);
    for (const p of partial) {
      const interactions = await t.call('GET', `/api/v1/people/${p.id}/interactions`, { token: me.token });
      expectStatus(interactions, 200);
      expect(interactions.body.items).toHaveLength(1);
    }

    const second = await importFile(t, me, csv);
    expect(second.counts).toEqual({ created: 5, merged: 0, skipped: 4, failed: 0 });
    const people = await allPeople(t, me);
    expect(people).toHaveLength(9);
    expect(new Set(people.map((p) => p.name)).size).toBe(9);
  });
});

describe('a record the database refuses', () => {
  it('fails alone with the reason; the other records of its batch are imported', async () => {
    const me = await t.account();
    // A real database rule, not a mock: this test's database refuses one particular name.
    await t.database.db.execute(
      sql.raw(`create or replace function refuse_explode() returns trigger language plpgsql as $$
        begin if new.name = 'Explode Now' then raise exception 'refused by a test trigger'; end if; return new; end $$`),
    );
    await t.database.db.execute(
      sql.raw(
        'create trigger refuse_explode before insert on people for each row execute function refuse_explode()',
      ),
    );
    const bad = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      ...rows.slice(0, 3),
      'Explode,Now,,,Co,Role,01 Jan 2024',
      ...rows.slice(3, 5),
    ].join('\n');
    const result = await importFile(t, me, bad);
    expect(result.counts).toEqual({ created: 5, merged: 0, skipped: 0, failed: 1 });
    const failed = result.records.find((r) => r.outcome === 'failed')!;
    expect(failed).toMatchObject({ seq: 4, lines: [5, 5], name: 'Explode Now' });
    expect(failed.reasons[0]).toMatch(/^Could not be saved: .*refused by a test trigger/);
    expect((await allPeople(t, me)).length).toBe(5);
  });

  it('imports names holding NUL or broken UTF-16 with those characters removed', async () => {
    const me = await t.account();
    const text = [
      'First Name,Last Name,Company,Position,Connected On',
      'Nul\u0000l,Smith,Co,Role,01 Jan 2024',
      'Half\ud800,Pair,Co,Role,01 Jan 2024',
      ...rows.map((r) => r.replace(/^Person/, 'Someone')),
    ].join('\n');
    // UTF-16 keeps the lone surrogate that a broken exporter wrote.
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await importFile(t, me, bytes);
    expect(result.counts).toEqual({ created: 11, merged: 0, skipped: 0, failed: 0 });
    const names = (await allPeople(t, me)).map((p) => p.name);
    expect(names).toContain('Half\ufffd Pair');
    expect(names).toContain('Null Smith');
  });
});
