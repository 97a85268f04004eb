// The composition root reads each route's nature from its own declaration: `security: []` answers without
// a caller, a non-JSON request body streams past the JSON body limit. These prove it on the real routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { form } from '../../test/imports';

let t: TestApp;
let me: TestAccount;
beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

describe('createApp', () => {
  it('answers the routes declared public without a caller, and asks for one everywhere else', async () => {
    expect((await t.call('GET', '/api/v1/session')).status).toBe(200);
    expect((await t.call('POST', '/api/v1/auth/signout')).status).toBe(204);
    const signin = await t.call('POST', '/api/v1/auth/signin', {
      body: { email: me.email, password: 'wrong password here' },
    });
    expectStatus(signin, 401);
    expect(signin.body.detail).not.toMatch(/Sign in, or send/);
    for (const [method, path] of [
      ['GET', '/api/v1/people'],
      ['GET', '/api/v1/account'],
      ['POST', '/api/v1/session'],
      ['GET', `/api/v1/people/${crypto.randomUUID()}/photo`],
      ['POST', '/api/v1/imports'],
    ] as const) {
      const r = await t.call(method, path);
      expectStatus(r, 401, `${method} ${path}`);
      expect(r.body.detail).toMatch(/Sign in, or send/);
    }
  });

  it('lets uploads past the JSON body limit and stops JSON bodies at it', async () => {
    const limit = t.deps.config.maxBodyBytes;
    const card = (i: number) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nEND:VCARD\r\n`;
    const vcf = Array.from({ length: Math.ceil((2 * limit) / card(0).length) }, (_, i) => card(i)).join('');
    expect(vcf.length).toBeGreaterThan(limit);
    const inspected = await t.call('POST', '/api/v1/imports/inspect', {
      token: me.token,
      rawBody: form(vcf, {}, 'contacts.vcf'),
    });
    expectStatus(inspected, 200);

    const padding = 'x'.repeat(2 * limit);
    const restore = await t.call('POST', '/api/v1/restore', {
      token: me.token,
      body: { format: 'linchpin-backup', version: -1, padding },
    });
    expectStatus(restore, 422);

    const person = await t.call('POST', '/api/v1/people', { token: me.token, body: { name: 'A', padding } });
    expectStatus(person, 413);
  });
});
