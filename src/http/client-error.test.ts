import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientErrors } from './client-error';

let server: Server;
beforeAll(async () => {
  const app = new Hono().get('/search', (c) => c.text('ok'));
  server = createAdaptorServer({ fetch: app.fetch }) as Server;
  answerClientErrors(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string): Promise<{ status: number; type: string | undefined; body: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('requests the HTTP parser refuses', () => {
  it('answers a 100 kB query string with 431 problem+json', async () => {
    const r = await get(`/search?q=${'x'.repeat(100_000)}`);
    expect(r.status).toBe(431);
    expect(r.type).toBe('application/problem+json');
    expect(JSON.parse(r.body)).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
  });

  it('still answers ordinary requests', async () => {
    expect((await get('/search?q=ok')).status).toBe(200);
  });
});
