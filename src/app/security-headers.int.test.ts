// Headers and limits the app root applies around every feature's routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/app';
import { createRequestLimiter } from '../http/rate-limit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ consentPageLimiter: createRequestLimiter({ points: 3, windowSeconds: 60 }) });
});
afterAll(() => t.close());

const consentPageFrom = (peer: string) =>
  t.app.request('/r/no-such-token', {}, { incoming: { socket: { remoteAddress: peer } } });

describe('security headers', () => {
  it("keeps a route's own Referrer-Policy instead of overwriting it with the global one", async () => {
    const consent = await consentPageFrom('192.0.2.20');
    expect(consent.headers.get('referrer-policy')).toBe('same-origin');
    // Everything else still gets the global policy and CSP.
    const other = await t.app.request('/healthz');
    expect(other.headers.get('referrer-policy')).toBe('no-referrer');
    expect(consent.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('consent page rate limit', () => {
  it('answers 429 problem+json with Retry-After once an address has used up its requests, and only that address', async () => {
    for (let i = 0; i < 3; i++) expect((await consentPageFrom('203.0.113.30')).status).not.toBe(429);
    const limited = await consentPageFrom('203.0.113.30');
    expectStatus(limited, 429);
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await consentPageFrom('203.0.113.31')).status).not.toBe(429);
  });
});

describe('introduction reasons', () => {
  it.each(['Meet\u0007 now', 'Meet \u202Eevil'])('refuses the hidden characters in %j', async (reason) => {
    const me = await t.account();
    const r = await t.call('POST', '/api/v1/introductions', {
      token: me.token,
      body: {
        personAId: '00000000-0000-4000-8000-000000000001',
        personBId: '00000000-0000-4000-8000-000000000002',
        kind: 'peers',
        reason,
      },
    });
    expectStatus(r, 422);
    expect(r.body.errors).toContainEqual(
      expect.objectContaining({
        field: 'reason',
        message: 'must not contain control or text-direction characters',
      }),
    );
  });
});
