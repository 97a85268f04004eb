// The disk guard's rule, on a real embedded database with the free space simulated: below the reserve,
// writes fail with the disk-full error and reads work; once space is back (past a margin), writes work.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteTemplatePath } from '../../test/template';
import { guardDiskSpace } from './disk-space';
import { isDiskFull } from './errors';

const MB = 1024 * 1024;
let pglite: PGlite;

beforeAll(async () => {
  pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(pgliteTemplatePath())]) });
  await pglite.exec('create table notes (body text)');
});
afterAll(() => pglite.close());

const write = () =>
  pglite.query(`insert into notes values ('x')`).then(
    () => 'written' as const,
    (err: unknown) => (isDiskFull(err) ? ('disk full' as const) : Promise.reject(err)),
  );

describe('the disk guard', () => {
  it('refuses writes below the reserve, keeps reads, and takes writes again only past the margin', async () => {
    let freeBytes = 500 * MB;
    const guard = guardDiskSpace(pglite, { dir: '/unused', minFreeBytes: 48 * MB, measure: () => freeBytes });
    try {
      await guard.check();
      expect(guard.low).toBe(false);
      expect(await write()).toBe('written');

      freeBytes = 47 * MB;
      await guard.check();
      expect(guard.low).toBe(true);
      expect(await write()).toBe('disk full');
      const { rows } = await pglite.query<{ n: number }>('select count(*)::int as n from notes');
      expect(rows[0]?.n).toBe(1);

      // Just above the reserve is not enough: the mode would flap.
      freeBytes = 49 * MB;
      await guard.check();
      expect(await write()).toBe('disk full');

      freeBytes = 60 * MB;
      await guard.check();
      expect(guard.low).toBe(false);
      expect(await write()).toBe('written');
    } finally {
      guard.stop();
    }
  });

  it('keeps going when the free space cannot be read', async () => {
    const guard = guardDiskSpace(pglite, {
      dir: '/unused',
      minFreeBytes: 48 * MB,
      measure: () => {
        throw new Error('EACCES');
      },
    });
    try {
      await guard.check();
      expect(guard.low).toBe(false);
      expect(await write()).toBe('written');
    } finally {
      guard.stop();
    }
  });
});
