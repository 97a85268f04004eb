// The embedded server on a nearly full disk (issue 8, fault 3). Before the guard, PGlite's PostgreSQL spun
// forever in XLogFlush once it could not create a write-ahead-log segment: no answer, not even /healthz,
// SIGTERM ignored. Now: writes are refused with 507 problem+json while less than the reserve is free,
// reads and /healthz keep answering, it is logged, writes resume by themselves once space is freed, and
// SIGTERM stops the server. Needs a small tmpfs, so root; elsewhere the test is skipped and says why.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { lastWord, linchpin, seededDataDir, startServe } from '../../test/cli';
import { DEFAULT_MIN_FREE_MB } from '../config';

const MB = 1024 * 1024;
const TMPFS_MB = 256;

function tryMount(): { dir: string } | { reason: string } {
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-diskfull-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_MB}m`, 'tmpfs', dir], { stdio: 'pipe' });
    return { dir };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    return {
      reason: `mounting a ${TMPFS_MB} MB tmpfs is not allowed here (${(err as Error).message.split('\n')[0]})`,
    };
  }
}

const mounted = tryMount();
const free = (dir: string) => {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
};
/** Random words, so the database cannot compress them away. */
const words = () =>
  Array.from({ length: 600 }, () => Math.random().toString(36).slice(2, 7))
    .join(' ')
    .slice(0, 3_900);

describe('the embedded server on a nearly full disk', () => {
  const title =
    'refuses writes with 507 naming the disk, keeps reads and /healthz answering, logs it, takes writes again once space is freed, and stops on SIGTERM';
  if ('reason' in mounted) {
    it.skip(`${title} (skipped: ${mounted.reason})`, () => {});
    return;
  }
  it(title, async () => {
    const mount = mounted.dir;
    try {
      const dir = await seededDataDir(mount);
      const data = ['--data', dir];
      expect(
        (
          await linchpin([
            'user',
            'create',
            '--email',
            'o@example.com',
            '--password',
            'correct horse',
            ...data,
          ])
        ).code,
      ).toBe(0);
      const token = lastWord((await linchpin(['token', 'create', ...data])).stdout);
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

      // Leave the reserve plus a little: a few hundred people fit, then the disk is "nearly full".
      const ballast = join(mount, 'ballast');
      writeFileSync(ballast, Buffer.alloc(Math.max(0, free(mount) - (DEFAULT_MIN_FREE_MB + 6) * MB)));

      let created = 0;
      const server = await startServe(data);
      try {
        let refused: Response | undefined;
        for (let i = 0; i < 5_000 && !refused; i++) {
          const res = await fetch(`${server.url}/api/v1/people`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ name: `Person ${i}`, blurb: words() }),
            signal: AbortSignal.timeout(10_000),
          });
          if (res.status === 201) created++;
          else refused = res;
        }
        expect(created).toBeGreaterThan(0);
        expect(refused?.status).toBe(507);
        // Refused while there is still room for a new write-ahead-log segment (16 MB), which PGlite
        // cannot survive running out of.
        expect(free(mount)).toBeGreaterThan(16 * MB);
        expect(refused?.headers.get('content-type')).toContain('application/problem+json');
        const problem = (await refused?.json()) as { title: string; detail: string };
        expect(problem.title).toBe('Insufficient Storage');
        expect(problem.detail).toMatch(/disk .* nearly full/);

        // Reads and liveness still answer.
        expect((await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5_000) })).status).toBe(
          200,
        );
        const list = await fetch(`${server.url}/api/v1/people?limit=1`, {
          headers,
          signal: AbortSignal.timeout(5_000),
        });
        expect(list.status).toBe(200);
        expect(server.output()).toContain('disk nearly full');

        // Space freed: writes work again with no restart.
        rmSync(ballast);
        let again = 0;
        for (let i = 0; i < 100 && again !== 201; i++) {
          await new Promise((r) => setTimeout(r, 100));
          again = (
            await fetch(`${server.url}/api/v1/people`, {
              method: 'POST',
              headers,
              body: JSON.stringify({ name: 'After the clean-up' }),
              signal: AbortSignal.timeout(10_000),
            })
          ).status;
        }
        expect(again).toBe(201);
        created++;

        // Shutdown still works.
        const stopped = await Promise.race([
          server.stop('SIGTERM'),
          new Promise<'hung'>((r) => setTimeout(() => r('hung'), 20_000)),
        ]);
        expect(stopped, `the server's output:\n${server.output()}`).toBe(0);
      } finally {
        await server.stop('SIGKILL');
      }

      // Everything that was answered 201 is there.
      const pg = await PGlite.create(`file://${join(dir, 'pgdata')}`);
      try {
        const { rows } = await pg.query<{ n: number }>('select count(*)::int as n from people');
        expect(rows[0]?.n).toBe(created);
      } finally {
        await pg.close();
      }
    } finally {
      execFileSync('umount', ['-l', mount]);
      rmSync(mount, { recursive: true, force: true });
    }
  }, 240_000);
});
