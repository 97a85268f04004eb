import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';

let t: TestApp;
let me: TestAccount;
beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

const newPerson = async (overrides: Record<string, unknown> = {}) =>
  bodyOf(await t.call('POST', '/api/v1/people', { token: me.token, body: personInput(overrides) }), 201);
const todayKeys = async () =>
  bodyOf(await t.call('GET', '/api/v1/agenda', { token: me.token }), 200).items.map((i) => i.key);

describe('recommending only when the criteria are met', () => {
  it('refuses to draft an introduction putting forward an unvouched provider unless confirmed, naming the unmet criteria', async () => {
    const seeker = await newPerson({ vouchCriteria: [{ label: 'seeker criterion', met: false }] });
    const lee = await newPerson({
      name: 'Lee',
      vouchCriteria: [
        { label: 'met in person', met: true },
        { label: 'worked together', met: false },
        { label: 'two references', met: false },
      ],
    });
    const body = {
      personAId: seeker.id,
      personBId: lee.id,
      kind: 'seeker_provider',
      reason: 'Lee knows this',
    };
    const refused = await t.call('POST', '/api/v1/introductions', { token: me.token, body });
    expectStatus(refused, 409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.detail).toContain('Lee: 1 of 3 of your criteria met');
    expect(refused.body.unmetCriteria).toEqual([
      { personId: lee.id, name: 'Lee', met: 1, total: 3, unmet: ['worked together', 'two references'] },
    ]);
    expect(bodyOf(await t.call('GET', '/api/v1/introductions', { token: me.token }), 200).items).toEqual([]);
    const made = await t.call('POST', '/api/v1/introductions', {
      token: me.token,
      body: { ...body, confirmUnvouched: true },
    });
    expect(made.status).toBe(201);
  });

  it('asks for confirmation for either unvouched peer, and not for a seeker whose criteria are unmet', async () => {
    const a = await newPerson({ vouchCriteria: [{ label: 'x', met: false }] });
    const b = await newPerson();
    const peers = await t.call('POST', '/api/v1/introductions', {
      token: me.token,
      body: { personAId: b.id, personBId: a.id, kind: 'peers', reason: 'r' },
    });
    expectStatus(peers, 409);
    expect(peers.body.unmetCriteria?.map((u) => u.personId)).toEqual([a.id]);
    const seekerOnly = await t.call('POST', '/api/v1/introductions', {
      token: me.token,
      body: { personAId: a.id, personBId: b.id, kind: 'seeker_provider', reason: 'r' },
    });
    expect(seekerOnly.status).toBe(201);
  });
});

describe('"not yet"', () => {
  it('adds the criteria to the person, and tells the connector on the person and on Today once all are met', async () => {
    const sam = await newPerson({ name: 'Sam', vouchCriteria: [{ label: 'met in person', met: true }] });
    const recorded = await t.call('POST', `/api/v1/people/${sam.id}/not-yet`, {
      token: me.token,
      body: { asked: 'referrals to CFOs', criteria: ['worked together', 'Met in person'] },
    });
    expectStatus(recorded, 201);
    expect(recorded.body).toMatchObject({
      personId: sam.id,
      criteria: ['worked together', 'Met in person'],
      waitingFor: ['worked together'],
      met: false,
    });
    const person = bodyOf(await t.call('GET', `/api/v1/people/${sam.id}`, { token: me.token }), 200);
    expect(person.vouchCriteria).toEqual([
      { label: 'met in person', met: true },
      { label: 'worked together', met: false },
    ]);
    const key = `criteria_met:${recorded.body.id}`;
    expect(await todayKeys()).not.toContain(key);

    await t.call('PATCH', `/api/v1/people/${sam.id}`, {
      token: me.token,
      body: {
        vouchCriteria: [
          { label: 'met in person', met: true },
          { label: 'worked together', met: true },
        ],
      },
    });
    const list = await t.call('GET', `/api/v1/people/${sam.id}/not-yet`, { token: me.token });
    expectStatus(list, 200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: recorded.body.id, met: true, waitingFor: [] }),
    ]);
    expect(list.body.acknowledgeKey + recorded.body.id).toBe(key);
    const today = bodyOf(await t.call('GET', '/api/v1/agenda', { token: me.token }), 200).items;
    expect(today.find((i) => i.key === key)).toMatchObject({
      kind: 'criteria_met',
      people: [{ id: sam.id, name: 'Sam' }],
      action: { kind: 'open_person', href: `/people/${sam.id}` },
    });

    await t.call('POST', '/api/v1/agenda/acknowledgements', { token: me.token, body: { keys: [key] } });
    expect(await todayKeys()).not.toContain(key);
    expect(
      bodyOf(await t.call('GET', `/api/v1/people/${sam.id}/not-yet`, { token: me.token }), 200).items,
    ).toEqual([]);
  });

  it('refuses an empty answer and an unknown person', async () => {
    const p = await newPerson();
    expect(
      (await t.call('POST', `/api/v1/people/${p.id}/not-yet`, { token: me.token, body: { criteria: [] } }))
        .status,
    ).toBe(422);
    const ghost = '00000000-0000-4000-8000-000000000000';
    expect(
      (
        await t.call('POST', `/api/v1/people/${ghost}/not-yet`, {
          token: me.token,
          body: { criteria: ['x'] },
        })
      ).status,
    ).toBe(404);
  });
});
