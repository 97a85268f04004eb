// What an import's progress promises when the server is killed mid-import: every record it reported as
// processed survives a kill -9, and the import shows as interrupted as soon as the server is back.
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { lastWord, linchpin, seededDataDir, startServe } from '../../test/cli';
import { form } from '../../test/imports';
import type { ImportJob } from './schema';

// Large enough that the import is still running seconds after progress first reports 5,000 (progress is
// written at most once a second, and an idle machine imports several thousand rows a second), so the kill
// always lands mid-import.
const ROWS = 40_000;

function contactsCsv(): string {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < ROWS; i++)
    lines.push(`Person,Number ${i},,person${i}@example.com,Acme,Engineer,01 Jan 2024`);
  return `${lines.join('\n')}\n`;
}

describe('an import when the server is killed mid-way', () => {
  it('keeps every record it reported as processed, and shows as interrupted right after the restart', async () => {
    const dir = await seededDataDir();
    const data = ['--data', dir];
    const created = await linchpin([
      'user',
      'create',
      '--email',
      'o@example.com',
      '--password',
      'correct horse',
      ...data,
    ]);
    expect(created.code).toBe(0);
    const token = lastWord((await linchpin(['token', 'create', ...data])).stdout);
    const auth = { authorization: `Bearer ${token}` };

    const first = await startServe(data);
    const started = await fetch(`${first.url}/api/v1/imports`, {
      method: 'POST',
      headers: auth,
      body: form(contactsCsv()),
    });
    expect(started.status, await started.clone().text()).toBe(202);
    const { id } = (await started.json()) as ImportJob;

    // Kill as soon as progress has said something, while the import is still running.
    let reported = 0;
    for (let i = 0; i < 3_000 && reported < 5_000; i++) {
      const job = (await (
        await fetch(`${first.url}/api/v1/imports/${id}`, { headers: auth })
      ).json()) as ImportJob;
      expect(job.status === 'running' || job.status === 'queued').toBe(true);
      reported = job.progress.processed;
      if (reported < 5_000) await new Promise((r) => setTimeout(r, 5));
    }
    expect(reported).toBeGreaterThanOrEqual(5_000);
    expect(reported).toBeLessThan(ROWS);
    expect(await first.stop('SIGKILL')).toBeNull();

    const second = await startServe(data);
    const after = (await (
      await fetch(`${second.url}/api/v1/imports/${id}`, { headers: auth })
    ).json()) as ImportJob;
    // Right after the restart, not after a staleness window.
    expect(after.status).toBe('interrupted');
    expect(after.progress.processed).toBeGreaterThanOrEqual(reported);
    await second.stop();

    const db = await PGlite.create(`file://${join(dir, 'pgdata')}`);
    try {
      const { rows } = await db.query<{ n: number }>('select count(*)::int as n from people');
      expect(rows[0]!.n).toBeGreaterThanOrEqual(reported);
    } finally {
      await db.close();
    }
  }, 120_000);
});
