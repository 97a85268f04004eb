// An upload that takes long to read does not hold up other requests (issue 8, fault 1): the real HTTP
// server answers /healthz while it is still reading the file, before it answers the upload.

import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestAccount, type TestApp } from '../../test/app';

let t: TestApp;
let me: TestAccount;
let server: Server;
let port: number;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  server = createAdaptorServer({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/** A multipart body with one file field. */
function multipart(content: string): { body: Buffer; type: string } {
  const boundary = 'linchpin-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

/** Sends the request; `sent` resolves when the whole body is handed to the socket. */
function send(path: string, body: Buffer, type: string) {
  let sent!: () => void;
  const bodySent = new Promise<void>((resolve) => {
    sent = resolve;
  });
  const answered = new Promise<{ status: number; body: string; at: number }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { authorization: `Bearer ${me.token}`, 'content-type': type, 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            at: performance.now(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body, sent);
  });
  return { bodySent, answered };
}

it('answers /healthz while it reads a large upload, before it answers the upload', async () => {
  // Large, with the shapes that used to be slow: a long run of blank lines, and many rows to read.
  const rows = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  rows.push('\n'.repeat(200_000));
  for (let i = 0; i < 150_000; i++)
    rows.push(`Ann${i},Lee${i},,ann${i}@example.com,Co ${i % 50},Role,01 Jan 2024`);
  const { body, type } = multipart(rows.join('\n'));
  const upload = send('/api/v1/imports/inspect', body, type);
  await upload.bodySent;

  const healthAnswers: number[] = [];
  let uploadDone = false;
  void upload.answered.then(() => {
    uploadDone = true;
  });
  while (!uploadDone) {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    healthAnswers.push(performance.now());
  }
  const answer = await upload.answered;
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toMatchObject({ format: 'linkedin', records: 150_000 });
  // Health answered (more than once) while the upload was still being read.
  expect(healthAnswers.filter((at) => at < answer.at).length).toBeGreaterThanOrEqual(2);
}, 120_000);
