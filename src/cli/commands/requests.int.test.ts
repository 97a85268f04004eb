// `linchpin requests edit` in-process against a real test database: a pending request corrected before
// it is accepted, as text and as the API's JSON, errors naming the option, and the draft made from the
// corrected text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../../test/app';
import { inProcessCli } from '../../../test/cli';
import { personInput } from '../../../test/factories';

let t: TestApp;
let cli: ReturnType<typeof inProcessCli>;
let owner: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  cli = inProcessCli(t.deps);
  owner = await t.account('owner@example.com');
});
afterAll(() => t.close());

async function request(name: string): Promise<string> {
  const { url } = bodyOf(await t.call('POST', '/api/v1/intro-request-link', { token: owner.token }), 201);
  await t.app.request(new URL(url).pathname, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      name,
      email: 'typo@exmaple.com',
      wantsToMeet: 'a lawyer',
      why: 'Contracts',
      about: 'Runs a bakery.',
    }).toString(),
  });
  const list = await t.call('GET', '/api/v1/intro-requests', { token: owner.token });
  const found = bodyOf(list, 200).items.find((r) => r.requesterName === name);
  if (!found) throw new Error(`no request from ${name}`);
  return found.id;
}

describe('linchpin requests edit', () => {
  it('corrects the given fields only, and accepting drafts from the corrected text', async () => {
    const id = await request('Bea Baker');
    const shown = await cli([
      'requests',
      'edit',
      id,
      '--email',
      'Bea@Example.com',
      '--wants-to-meet',
      'a food lawyer',
    ]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Bea Baker <bea@example.com>');
    expect(shown.stdout).toContain('a food lawyer');
    expect(shown.stdout).toContain(`linchpin requests accept ${id}`);

    const json = await cli(['requests', 'edit', id, '--about', 'Bea runs a sourdough bakery.', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      id,
      status: 'pending',
      requesterName: 'Bea Baker',
      requesterEmail: 'bea@example.com',
      wantsToMeet: 'a food lawyer',
      why: 'Contracts',
      aboutRequester: 'Bea runs a sourdough bakery.',
    });

    const lawyer = bodyOf(
      await t.call('POST', '/api/v1/people', {
        token: owner.token,
        body: personInput({ name: 'Lou Lawyer' }),
      }),
      201,
    ).id;
    const accepted = JSON.parse((await cli(['requests', 'accept', id, '--to', lawyer, '--json'])).stdout);
    const intro = await t.call('GET', `/api/v1/introductions/${accepted.introductionId}`, {
      token: owner.token,
    });
    expectStatus(intro, 200);
    expect(intro.body.pitchA).toBe('Bea runs a sourdough bakery.');
    expect(intro.body.reason).toBe('Bea Baker asked to meet a food lawyer. Contracts');
    const person = await t.call('GET', `/api/v1/people/${accepted.requesterPersonId}`, {
      token: owner.token,
    });
    expect(bodyOf(person, 200).emails).toEqual(['bea@example.com']);

    const late = await cli(['requests', 'edit', id, '--why', 'Too late']);
    expect(late.code).not.toBe(0);
    expect(late.stderr).toContain('already accepted');
  });

  it('refuses an edit with nothing to change, and bad values naming the option', async () => {
    const id = await request('Carl Careful');
    const nothing = await cli(['requests', 'edit', id]);
    expect(nothing.code).not.toBe(0);
    expect(nothing.stderr).toContain('nothing to change');
    const bad = await cli(['requests', 'edit', id, '--email', 'not an email', '--name', ' ']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('requesterEmail (--email)');
    expect(bad.stderr).toContain('requesterName (--name)');
    const read = await t.call('GET', `/api/v1/intro-requests/${id}`, { token: owner.token });
    expect(read.body).toMatchObject({ requesterName: 'Carl Careful', requesterEmail: 'typo@exmaple.com' });
  });
});

describe('linchpin request-link', () => {
  it('revoke --json answers the link as show --json then does: off', async () => {
    expect((await cli(['request-link', 'create'])).code).toBe(0);
    expect(JSON.parse((await cli(['request-link', 'show', '--json'])).stdout).active).toBe(true);
    const revoked = await cli(['request-link', 'revoke', '--json']);
    expect(revoked.code).toBe(0);
    expect(JSON.parse(revoked.stdout)).toEqual({ active: false, createdAt: null });
    expect(JSON.parse((await cli(['request-link', 'show', '--json'])).stdout)).toEqual(
      JSON.parse(revoked.stdout),
    );
  });
});
