// The HTTP server keeps answering while an import runs (on PGlite too, whose queries resolve as
// microtasks: without the pipeline yielding between batches no request was answered until the end).

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestAccount, type TestApp } from '../../test/app';
import { form, waitForImport } from '../../test/imports';

let t: TestApp;
let me: TestAccount;
let server: Server;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  server = createAdaptorServer({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

const ROWS = 8000;

it('answers requests over real HTTP while a long import is still running', async () => {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < ROWS; i++)
    lines.push(`Ann${i},Lee${i},,ann${i}@example.com,Co ${i % 50},Role,01 Jan 2024`);
  const headers = { authorization: `Bearer ${me.token}` };
  const started = await fetch(`${base}/api/v1/imports`, {
    method: 'POST',
    headers,
    body: form(lines.join('\n'), {}, 'big.csv'),
  });
  expect(started.status).toBe(202);
  const { id } = (await started.json()) as { id: string };

  // Every request is answered while the import works (each one between two batches at worst), so the
  // import is seen unfinished, and more than once with its progress moving.
  const seen: { status: string; processed: number }[] = [];
  for (;;) {
    const res = await fetch(`${base}/api/v1/imports/${id}`, { headers });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; progress: { processed: number } };
    seen.push({ status: body.status, processed: body.progress.processed });
    if (body.status !== 'queued' && body.status !== 'running') break;
  }
  const unfinished = seen.filter((s) => s.status === 'queued' || s.status === 'running');
  expect(unfinished.length).toBeGreaterThanOrEqual(2);
  expect(new Set(unfinished.map((s) => s.processed)).size).toBeGreaterThanOrEqual(2);
  expect(seen.at(-1)).toEqual({ status: 'succeeded', processed: ROWS });
  expect((await waitForImport(t, me, id)).counts.created).toBe(ROWS);
}, 120_000);
