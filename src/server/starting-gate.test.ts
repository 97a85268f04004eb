import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type AppFetch, startingGate } from './starting-gate';

const incoming = new IncomingMessage(new Socket());
const env = { incoming, outgoing: new ServerResponse(incoming) };
const get = (path: string, method = 'GET') => new Request(`http://127.0.0.1${path}`, { method });
const app: AppFetch = (request) => new Response(`app: ${request.method} ${new URL(request.url).pathname}`);
/** Whether a promise has settled after the queued callbacks ran. */
const settledSoon = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  return done;
};

describe('the starting gate', () => {
  it('answers liveness at once and readiness 503 before the app is there', async () => {
    const gate = startingGate();
    const live = await gate.fetch(get('/healthz'), env);
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await gate.fetch(get('/readyz'), env);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('1');
    expect(await ready.json()).toMatchObject({ status: 503, instance: '/readyz' });
  });

  it('holds every other request, a write to /healthz included, until the app is there, then hands it over', async () => {
    const gate = startingGate();
    const page = Promise.resolve(gate.fetch(get('/api/v1/people'), env));
    const post = Promise.resolve(gate.fetch(get('/healthz', 'POST'), env));
    expect(await settledSoon(page)).toBe(false);
    expect(await settledSoon(post)).toBe(false);
    gate.open(app);
    expect(await (await page).text()).toBe('app: GET /api/v1/people');
    expect(await (await post).text()).toBe('app: POST /healthz');
    expect(await (await gate.fetch(get('/healthz'), env)).text()).toBe('app: GET /healthz');
  });

  it('answers held and later requests 503 when start-up failed', async () => {
    const gate = startingGate();
    const held = gate.fetch(get('/api/v1/people'), env);
    gate.fail();
    for (const res of [await held, await gate.fetch(get('/healthz'), env)]) {
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });
});
