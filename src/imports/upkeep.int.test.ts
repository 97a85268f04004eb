// After an import that wrote many people, fresh planner statistics are taken in the background, after the
// import reports it is done (service.ts upkeep): the report does not wait for them, and they are not lost.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from '../../test/app';
import { importFile } from '../../test/imports';
import { importsSettled } from './service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const Estimate = z.object({ rows: z.tuple([z.object({ n: z.number() })]) });

/** The planner's row estimate for `people`: ANALYZE sets it; inserting rows does not. */
async function estimatedPeople(): Promise<number> {
  const result = await t.database.db.execute(
    sql`select reltuples::float8 as n from pg_class where relname = 'people' and relkind = 'r'`,
  );
  return Estimate.parse(result).rows[0].n;
}

const cards = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Upkeep Person ${i}\r\nEMAIL:upkeep${i}@example.com\r\nEND:VCARD\r\n`,
  ).join('');

describe('the statistics after a large import', () => {
  it('are refreshed in the background once the import is done', async () => {
    const me = await t.account();
    const before = await estimatedPeople();
    expect(before).toBeLessThan(80);
    const result = await importFile(t, me, cards(80));
    expect(result.status).toBe('succeeded');
    await importsSettled(me.id);
    expect(await estimatedPeople()).toBeGreaterThanOrEqual(80);
  });
});
