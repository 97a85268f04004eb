import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';
import { introRequests, people } from '../db/schema';
import { createRequestLimiter } from '../http/rate-limit';
import { HONEYPOT_FIELD, MAX_REQUEST_FORM_BYTES, REQUEST_FIELD_LIMITS } from './form';
import { introRequestPublicRoutes } from './public-routes';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  await t.call('PATCH', '/api/v1/account', { token: me.token, body: { name: 'Connie Connector' } });
});
afterAll(() => t.close());

const pathOf = (url: string) => new URL(url).pathname;
const makeLink = async (account: TestAccount) =>
  pathOf(bodyOf(await t.call('POST', '/api/v1/intro-request-link', { token: account.token }), 201).url);

const fields = (overrides: Record<string, string> = {}) => ({
  name: 'Rita Requester',
  email: 'Rita@Example.com',
  wantsToMeet: 'a climate investor',
  why: 'We are raising a seed round for heat pumps.',
  about: 'Rita runs Warmly, a heat-pump installer in Leeds, 12 people, profitable.',
  ...overrides,
});

function post(path: string, body: Record<string, string> | string, headers: Record<string, string> = {}) {
  return t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: typeof body === 'string' ? body : new URLSearchParams(body).toString(),
  });
}

async function requestCount(accountId?: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(introRequests)
    .where(accountId ? eq(introRequests.accountId, accountId) : undefined);
  return row!.n;
}

describe('the public request link', () => {
  it('is made, shown as active without its secret, rotated and revoked; dead links answer one same 404 page', async () => {
    const owner = await t.account();
    expect((await t.call('GET', '/api/v1/intro-request-link', { token: owner.token })).body).toEqual({
      active: false,
      createdAt: null,
    });
    const first = await makeLink(owner);
    expect(first).toMatch(/^\/ask\/lpask_[A-Za-z0-9_-]{40,}$/);
    const status = await t.call('GET', '/api/v1/intro-request-link', { token: owner.token });
    expect(bodyOf(status, 200).active).toBe(true);
    expect(JSON.stringify(status.body)).not.toContain(first.slice(5));
    expect((await t.app.request(first)).status).toBe(200);

    const second = await makeLink(owner);
    expect(second).not.toBe(first);
    const old = await t.app.request(first);
    expect(old.status).toBe(404);
    const oldPage = await old.text();
    expect((await t.app.request(second)).status).toBe(200);

    expect((await t.call('DELETE', '/api/v1/intro-request-link', { token: owner.token })).status).toBe(204);
    const revoked = await t.app.request(second);
    expect(revoked.status).toBe(404);
    const unknown = await t.app.request('/ask/lpask_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
    const malformed = await t.app.request('/ask/nothing');
    // Revoked, replaced, unknown and malformed look exactly alike.
    expect(await revoked.text()).toBe(oldPage);
    expect(await unknown.text()).toBe(oldPage);
    expect(await malformed.text()).toBe(oldPage);
    expect((await post(second, fields())).status).toBe(404);
    expect((await t.call('DELETE', '/api/v1/intro-request-link', { token: owner.token })).status).toBe(404);
    expect(
      bodyOf(await t.call('GET', '/api/v1/intro-request-link', { token: owner.token }), 200).active,
    ).toBe(false);
  });

  it('shows a form with the connector’s name and nothing about the network; opening it changes nothing', async () => {
    const path = await makeLink(me);
    await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: personInput({ name: 'Secret Sasha', emails: ['sasha@hidden.example'], company: 'Hidden Corp' }),
    });
    const before = await requestCount();
    const res = await t.app.request(path);
    const page = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toContain('noindex');
    expect(page).toContain('Ask Connie Connector for an introduction');
    for (const f of ['name', 'email', 'wantsToMeet', 'why', 'about', HONEYPOT_FIELD]) {
      expect(page).toContain(`name="${f}"`);
    }
    for (const hidden of ['Secret Sasha', 'sasha@hidden.example', 'Hidden Corp', me.email, me.id]) {
      expect(page).not.toContain(hidden);
    }
    expect(page).not.toMatch(/<script/i);
    expect(await requestCount()).toBe(before);
  });

  it('stores a posted request as pending in the link’s account, thanks the requester and puts it on Today', async () => {
    const path = await makeLink(me);
    const res = await post(path, fields());
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Thank you, your request is sent');
    expect(page).not.toContain(me.email);
    const list = await t.call('GET', '/api/v1/intro-requests?status=pending', { token: me.token });
    const mine = bodyOf(list, 200).items.find((r) => r.requesterName === 'Rita Requester');
    if (!mine) throw new Error('the request from Rita Requester is not listed');
    expect(mine).toMatchObject({
      status: 'pending',
      requesterEmail: 'rita@example.com',
      wantsToMeet: 'a climate investor',
      aboutRequester: fields().about,
      requesterPersonId: null,
      introductionId: null,
    });
    const today = await t.call('GET', '/api/v1/agenda', { token: me.token });
    const item = bodyOf(today, 200).items.find((i) => i.key === `request:${mine.id}`);
    expect(item).toMatchObject({
      kind: 'request',
      requestId: mine.id,
      summary: 'Rita Requester asks to be introduced to a climate investor',
      action: { kind: 'accept_request' },
    });
  });

  it('lands a request in the account whose link it was, never another', async () => {
    const other = await t.account();
    const otherPath = await makeLink(other);
    await makeLink(me);
    const mineBefore = await requestCount(me.id);
    expect((await post(otherPath, fields({ name: 'For Other' }))).status).toBe(200);
    expect(await requestCount(me.id)).toBe(mineBefore);
    const theirs = await t.call('GET', '/api/v1/intro-requests', { token: other.token });
    expectStatus(theirs, 200);
    expect(theirs.body.items.map((r) => r.requesterName)).toEqual(['For Other']);
    const mine = await t.call('GET', '/api/v1/intro-requests', { token: me.token });
    expect(bodyOf(mine, 200).items.map((r) => r.requesterName)).not.toContain('For Other');
    const id = theirs.body.items[0]?.id;
    if (!id) throw new Error('the other account has no request');
    expect((await t.call('GET', `/api/v1/intro-requests/${id}`, { token: me.token })).status).toBe(404);
  });
});

describe('hostile requests', () => {
  it('pretends success when the honeypot is filled, and stores nothing', async () => {
    const path = await makeLink(me);
    const before = await requestCount();
    const res = await post(path, { ...fields(), [HONEYPOT_FIELD]: 'https://spam.example' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Thank you, your request is sent');
    expect(await requestCount()).toBe(before);
  });

  it('answers an oversized body with a readable 413 page and a too-long field with the form and its error', async () => {
    const path = await makeLink(me);
    const before = await requestCount();
    const huge = await post(path, fields({ about: 'x'.repeat(MAX_REQUEST_FORM_BYTES + 10) }));
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toContain('text/html');
    expect(await huge.text()).toContain('too long');

    const long = await post(
      path,
      fields({ why: 'y'.repeat(REQUEST_FIELD_LIMITS.why + 1), name: 'Kept Name' }),
    );
    expect(long.status).toBe(400);
    const page = await long.text();
    expect(page).toContain('must be at most 2000 characters');
    expect(page).toContain('value="Kept Name"');

    const missing = await post(path, fields({ email: 'not an email', about: '   ' }));
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('must be an email address');
    expect(await requestCount()).toBe(before);
  });

  it('escapes what requesters write, on the form shown back and in nothing that runs', async () => {
    const path = await makeLink(me);
    const xss = '<script>alert(1)</script>';
    const res = await post(path, fields({ name: xss, email: 'bad' }));
    const page = await res.text();
    expect(page).not.toContain(xss);
    expect(page).toContain('&lt;script&gt;');
  });

  it('refuses a post from another site and a body that is not a form', async () => {
    const path = await makeLink(me);
    const before = await requestCount();
    expect((await post(path, fields(), { origin: 'https://evil.example' })).status).toBe(400);
    expect((await post(path, fields(), { 'sec-fetch-site': 'cross-site' })).status).toBe(400);
    expect((await post(path, JSON.stringify(fields()), { 'content-type': 'application/json' })).status).toBe(
      400,
    );
    expect(await requestCount()).toBe(before);
  });

  it('limits submissions per link and requests per client address with a 429 page', async () => {
    // The public routes on this test's database, with small limits of their own.
    const routes = introRequestPublicRoutes(t.deps, {
      perAddress: createRequestLimiter({ points: 3, windowSeconds: 60 }),
      perLink: createRequestLimiter({ points: 2, windowSeconds: 3600 }),
    });
    const owner = await t.account();
    const path = await makeLink(owner);
    const send = (i: number) =>
      routes.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields({ name: `Burst ${i}` })).toString(),
      });
    expect((await send(1)).status).toBe(200);
    expect((await send(2)).status).toBe(200);
    const third = await send(3);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBeTruthy();
    expect(await third.text()).toContain('Too many requests');
    expect(await requestCount(owner.id)).toBe(2);

    const from = (remoteAddress: string) =>
      routes.request(path, {}, { incoming: { socket: { remoteAddress } } });
    for (let i = 0; i < 3; i++) expect((await from('198.51.100.7')).status).toBe(200);
    expect((await from('198.51.100.7')).status).toBe(429);
    expect((await from('198.51.100.8')).status).toBe(200);
  });
});

describe('accepting and declining', () => {
  async function submitted(overrides: Record<string, string> = {}) {
    const path = await makeLink(me);
    const sent = fields(overrides);
    await post(path, sent);
    const list = await t.call('GET', '/api/v1/intro-requests?status=pending', { token: me.token });
    // The test clock stands still: find this request by who sent it, not by its place in the list.
    const request = bodyOf(list, 200).items.find((r) => r.requesterName === sent.name);
    if (!request) throw new Error(`no pending request from ${sent.name}`);
    return request;
  }

  it('suggests people matching whom they want to meet, and drafts an introduction only once the connector confirms an unvouched choice', async () => {
    const investor = bodyOf(
      await t.call('POST', '/api/v1/people', {
        token: me.token,
        body: personInput({
          name: 'Ivy Investor',
          title: 'Climate investor',
          vouchCriteria: [
            { label: 'met in person', met: true },
            { label: 'worked together', met: false },
          ],
        }),
      }),
      201,
    );
    const req = await submitted({
      name: 'Quinn Asker',
      email: 'quinn@example.com',
      wantsToMeet: 'climate investors',
    });
    const detail = await t.call('GET', `/api/v1/intro-requests/${req.id}`, { token: me.token });
    expectStatus(detail, 200);
    expect(detail.body.candidates.map((c) => c.id)).toContain(investor.id);
    expect(detail.body.existingPerson).toBeNull();

    const refused = await t.call('POST', `/api/v1/intro-requests/${req.id}/accept`, {
      token: me.token,
      body: { personId: investor.id },
    });
    expectStatus(refused, 409);
    expect(refused.body.detail).toContain('Ivy Investor: 1 of 2 of your criteria met');
    expect(refused.body.unmetCriteria).toEqual([
      { personId: investor.id, name: 'Ivy Investor', met: 1, total: 2, unmet: ['worked together'] },
    ]);
    // Nothing was written: the requester is not a person yet, the request still pending.
    const found = await t.call('GET', '/api/v1/people?q=Quinn', { token: me.token });
    expect(bodyOf(found, 200).items).toEqual([]);

    const accepted = await t.call('POST', `/api/v1/intro-requests/${req.id}/accept`, {
      token: me.token,
      body: { personId: investor.id, confirmUnvouched: true },
    });
    expectStatus(accepted, 201);
    expect(accepted.body.requesterCreated).toBe(true);
    expect(accepted.body.request.status).toBe('accepted');
    const intro = await t.call('GET', `/api/v1/introductions/${accepted.body.introductionId}`, {
      token: me.token,
    });
    expectStatus(intro, 200);
    expect(intro.body).toMatchObject({
      state: 'draft',
      personA: { id: accepted.body.requesterPersonId },
      personB: { id: investor.id },
      kind: 'seeker_provider',
      pitchA: fields().about,
    });
    const [added] = await t.database.db
      .select({ sourceKind: people.sourceKind })
      .from(people)
      .where(eq(people.id, accepted.body.requesterPersonId));
    expect(added?.sourceKind).toBe('request');
    // Nothing was sent to anyone.
    const outbox = await t.call('GET', '/api/v1/outbox', { token: me.token });
    expect(bodyOf(outbox, 200).items.filter((m) => m.introductionId === intro.body.id)).toEqual([]);
    const today = await t.call('GET', '/api/v1/agenda', { token: me.token });
    expect(bodyOf(today, 200).items.map((i) => i.key)).not.toContain(`request:${req.id}`);
    const again = await t.call('POST', `/api/v1/intro-requests/${req.id}/accept`, {
      token: me.token,
      body: { personId: investor.id, confirmUnvouched: true },
    });
    expect(again.status).toBe(409);
  });

  it('matches a requester already in the network by email instead of adding them again', async () => {
    const known = bodyOf(
      await t.call('POST', '/api/v1/people', {
        token: me.token,
        body: personInput({ name: 'Known Kim', emails: ['kim@example.com'] }),
      }),
      201,
    );
    const other = bodyOf(
      await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() }),
      201,
    );
    const req = await submitted({ name: 'Kim K.', email: 'KIM@example.com' });
    const detail = await t.call('GET', `/api/v1/intro-requests/${req.id}`, { token: me.token });
    expect(bodyOf(detail, 200).existingPerson).toEqual({ id: known.id, name: 'Known Kim' });
    const accepted = await t.call('POST', `/api/v1/intro-requests/${req.id}/accept`, {
      token: me.token,
      body: { personId: other.id },
    });
    expectStatus(accepted, 201);
    expect(accepted.body).toMatchObject({ requesterPersonId: known.id, requesterCreated: false });
  });

  it('declines silently, or with the connector’s note through the outbox to the requester only', async () => {
    const silent = await submitted({ name: 'Silent Sam', email: 'sam@example.com' });
    const outboxBefore = bodyOf(await t.call('GET', '/api/v1/outbox', { token: me.token }), 200).items.length;
    const s = await t.call('POST', `/api/v1/intro-requests/${silent.id}/decline`, {
      token: me.token,
      body: {},
    });
    expectStatus(s, 200);
    expect(s.body.status).toBe('declined');
    expect(bodyOf(await t.call('GET', '/api/v1/outbox', { token: me.token }), 200).items).toHaveLength(
      outboxBefore,
    );

    const noted = await submitted({ name: 'Noted Nia', email: 'nia@example.com' });
    const note = 'Thank you for asking. I cannot make this one, but good luck with the round.';
    const n = await t.call('POST', `/api/v1/intro-requests/${noted.id}/decline`, {
      token: me.token,
      body: { note },
    });
    expect(n.status).toBe(200);
    const outbox = bodyOf(await t.call('GET', '/api/v1/outbox', { token: me.token }), 200).items;
    expect(outbox).toHaveLength(outboxBefore + 1);
    const message = await t.call('GET', `/api/v1/outbox/${outbox[0]?.id}`, { token: me.token });
    expectStatus(message, 200);
    expect(message.body.to).toEqual(['nia@example.com']);
    expect(message.body.text).toContain(note);
    expect(message.body.text).toContain('Connie Connector');
    expect(
      (await t.call('POST', `/api/v1/intro-requests/${noted.id}/decline`, { token: me.token, body: {} }))
        .status,
    ).toBe(409);
  });
});

describe('editing a request before deciding', () => {
  async function pending(overrides: Record<string, string> = {}) {
    const path = await makeLink(me);
    const sent = fields(overrides);
    await post(path, sent);
    const list = await t.call('GET', '/api/v1/intro-requests?status=pending', { token: me.token });
    const request = bodyOf(list, 200).items.find((r) => r.requesterName === sent.name);
    if (!request) throw new Error(`no pending request from ${sent.name}`);
    return request;
  }
  const edit = (id: string, body: unknown, token = me.token) =>
    t.call('PATCH', `/api/v1/intro-requests/${id}`, { token, body });

  it('corrects the details as the form would take them, answers people matching the new text, and Today says it', async () => {
    const cfo = bodyOf(
      await t.call('POST', '/api/v1/people', {
        token: me.token,
        body: personInput({ name: 'Fern Financier', title: 'Fractional CFO' }),
      }),
      201,
    );
    const req = await pending({ name: 'Typo Tess', email: 'tess@exmaple.com', wantsToMeet: 'a lawyer' });
    const res = await edit(req.id, {
      requesterName: '  Tess Tidy ',
      requesterEmail: ' Tess@Example.com ',
      wantsToMeet: 'a fractional CFO',
    });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      id: req.id,
      status: 'pending',
      requesterName: 'Tess Tidy',
      requesterEmail: 'tess@example.com',
      wantsToMeet: 'a fractional CFO',
      why: fields().why,
      aboutRequester: fields().about,
    });
    expect(res.body.candidates.map((c) => c.id)).toContain(cfo.id);
    const read = await t.call('GET', `/api/v1/intro-requests/${req.id}`, { token: me.token });
    expect(read.body).toEqual(res.body);
    const today = await t.call('GET', '/api/v1/agenda', { token: me.token });
    const item = bodyOf(today, 200).items.find((i) => i.key === `request:${req.id}`);
    expect(item?.summary).toBe('Tess Tidy asks to be introduced to a fractional CFO');
  });

  it('drafts from the edited text when accepted: the requester’s name, email, pitch and the reason', async () => {
    const advisor = bodyOf(
      await t.call('POST', '/api/v1/people', { token: me.token, body: personInput({ name: 'Ada Advisor' }) }),
      201,
    );
    const req = await pending({ name: 'Before Edit', email: 'before@example.com' });
    const about = 'Ed runs Edits Ltd, a proofreading studio of four people.';
    const why = 'We want advice on pricing.';
    expect(
      (
        await edit(req.id, {
          requesterName: 'Ed Edited',
          requesterEmail: 'ed@example.com',
          wantsToMeet: 'a pricing advisor',
          why,
          aboutRequester: about,
        })
      ).status,
    ).toBe(200);
    const accepted = await t.call('POST', `/api/v1/intro-requests/${req.id}/accept`, {
      token: me.token,
      body: { personId: advisor.id },
    });
    expectStatus(accepted, 201);
    expect(accepted.body.request).toMatchObject({
      requesterName: 'Ed Edited',
      requesterEmail: 'ed@example.com',
    });
    const person = await t.call('GET', `/api/v1/people/${accepted.body.requesterPersonId}`, {
      token: me.token,
    });
    expect(bodyOf(person, 200)).toMatchObject({
      name: 'Ed Edited',
      emails: ['ed@example.com'],
      blurb: about,
    });
    const intro = await t.call('GET', `/api/v1/introductions/${accepted.body.introductionId}`, {
      token: me.token,
    });
    expect(intro.body).toMatchObject({
      pitchA: about,
      reason: `Ed Edited asked to meet a pricing advisor. ${why}`,
    });
  });

  it('sends a decline note to the corrected email', async () => {
    const req = await pending({ name: 'Wrong Mail', email: 'wrong@example.com' });
    await edit(req.id, { requesterEmail: 'right@example.com' });
    const declined = await t.call('POST', `/api/v1/intro-requests/${req.id}/decline`, {
      token: me.token,
      body: { note: 'Thank you, not this time.' },
    });
    expect(declined.status).toBe(200);
    const outbox = bodyOf(await t.call('GET', '/api/v1/outbox', { token: me.token }), 200).items;
    const message = await t.call('GET', `/api/v1/outbox/${outbox[0]?.id}`, { token: me.token });
    expect(bodyOf(message, 200).to).toEqual(['right@example.com']);
  });

  it('refuses bad input with a problem naming each field, and changes nothing', async () => {
    const req = await pending({ name: 'Careful Cara', email: 'cara@example.com' });
    const cases: [unknown, string, RegExp][] = [
      [{ requesterEmail: 'not an email' }, 'requesterEmail', /email address/],
      [{ requesterName: '   ' }, 'requesterName', /must not be empty/],
      [{ requesterName: 'Cara\nBcc: x' }, 'requesterName', /single line/],
      [{ wantsToMeet: 'w'.repeat(REQUEST_FIELD_LIMITS.wantsToMeet + 1) }, 'wantsToMeet', /at most 500/],
      [{ why: '' }, 'why', /must not be empty/],
      [{ aboutRequester: 'x'.repeat(REQUEST_FIELD_LIMITS.about + 1) }, 'aboutRequester', /at most 2000/],
      [{ requesterName: 42 }, 'requesterName', /./],
      [{ status: 'accepted' }, 'status', /./],
    ];
    for (const [body, field, message] of cases) {
      const res = await edit(req.id, body);
      expectStatus(res, 422, JSON.stringify(body));
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors?.map((e) => e.field)).toContain(field);
      expect(res.body.errors?.find((e) => e.field === field)?.message).toMatch(message);
    }
    const read = await t.call('GET', `/api/v1/intro-requests/${req.id}`, { token: me.token });
    expect(read.body).toMatchObject({ requesterName: 'Careful Cara', requesterEmail: 'cara@example.com' });
    // An empty edit is no change at all.
    const none = await edit(req.id, {});
    expectStatus(none, 200);
    expect(none.body).toEqual(read.body);
  });

  it('edits only pending requests of the caller’s own account', async () => {
    const req = await pending({ name: 'Decided Dee', email: 'dee@example.com' });
    await t.call('POST', `/api/v1/intro-requests/${req.id}/decline`, { token: me.token, body: {} });
    const late = await edit(req.id, { requesterName: 'Too Late' });
    expectStatus(late, 409);
    expect(late.body.detail).toContain('already declined');
    const other = await t.account();
    const open = await pending({ name: 'Mine Only', email: 'mine@example.com' });
    expect((await edit(open.id, { requesterName: 'Stolen' }, other.token)).status).toBe(404);
    const read = await t.call('GET', `/api/v1/intro-requests/${open.id}`, { token: me.token });
    expect(bodyOf(read, 200).requesterName).toBe('Mine Only');
    const decided = await t.call('GET', `/api/v1/intro-requests/${req.id}`, { token: me.token });
    expect(bodyOf(decided, 200).requesterName).toBe('Decided Dee');
  });
});
