// The introductions API end to end on a real database: proposing (and what is refused), asking in order,
// answers by phone, sending, following up, outcomes, cancelling, listing and the agenda.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { needInput } from '../../test/factories';
import { addPerson, mailsTo, post, propose } from '../../test/introductions';
import { IntroductionDetail } from './schema';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

const answer = (id: string, personId: string, a: string, extra: Record<string, unknown> = {}) =>
  post(t, me, `/api/v1/introductions/${id}/answers`, { personId, answer: a, ...extra });

describe('proposing', () => {
  it('creates a draft with pitches from the blurbs and the caveat text as disclosed', async () => {
    const { a, b, intro } = await propose(t, me, {
      a: { blurb: 'Alice runs a bakery.', caveats: [{ text: 'Slow to pay' }, { text: 'Secret caveat' }] },
      b: { blurb: 'Bob does books.' },
    });
    expect(intro).toMatchObject({
      state: 'draft',
      kind: 'seeker_provider',
      order: 'sequential',
      firstParty: 'a',
      personA: { id: a.id, name: 'Alice Seeker' },
      personB: { id: b.id, name: 'Bob Provider' },
      pitchA: 'Alice runs a bakery.',
      pitchB: 'Bob does books.',
      disclosedCaveats: [],
      consent: { a: { status: 'not_asked' }, b: { status: 'not_asked' } },
    });
    // `propose` reads the created introduction as an `Introduction`; the 201 is the whole detail.
    expect(IntroductionDetail.parse(intro).events.map((e) => e.type)).toEqual(['proposed']);
  });

  it('refuses self-introduction, do-not-introduce, missing email, unknown people and caveats, with the field', async () => {
    const x = await addPerson(t, me, { name: 'Xena' });
    const dni = await addPerson(t, me, { name: 'Dana', introPreferences: { doNotIntroduce: true } });
    const mailless = await addPerson(t, me, { name: 'Mo', emails: [] });
    const base = { kind: 'peers', reason: 'why not', order: 'parallel' };
    const cases: [Record<string, unknown>, 422, string, RegExp][] = [
      [{ personAId: x.id, personBId: x.id }, 422, 'personBId', /themselves/],
      [{ personAId: x.id, personBId: dni.id }, 422, 'personBId', /Dana is marked "do not introduce"/],
      [{ personAId: dni.id, personBId: x.id }, 422, 'personAId', /do not introduce/],
      [{ personAId: x.id, personBId: mailless.id }, 422, 'personBId', /Mo has no email/],
      [
        { personAId: x.id, personBId: '00000000-0000-4000-8000-000000000000' },
        422,
        'personBId',
        /no such person/,
      ],
      [{ personAId: x.id, personBId: dni.id, reason: '  ' }, 422, 'reason', /why they should meet/],
    ];
    for (const [body, status, field, message] of cases) {
      const res = await post(t, me, '/api/v1/introductions', { ...base, ...body });
      expectStatus(res, status, JSON.stringify(body));
      expect(res.body.errors?.[0]?.field ?? res.body.detail).toBe(field);
      expect(res.body.detail).toMatch(message);
    }
    const y = await addPerson(t, me);
    const caveat = await post(t, me, '/api/v1/introductions', {
      ...base,
      personAId: x.id,
      personBId: y.id,
      discloseCaveatIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expectStatus(caveat, 422);
    expect(caveat.body.errors?.[0]?.field).toBe('discloseCaveatIds[0]');
  });

  it('refuses a duplicate of an open introduction either way round, and allows one after it ended', async () => {
    const { a, b, intro } = await propose(t, me);
    const again = await post(t, me, '/api/v1/introductions', {
      personAId: b.id,
      personBId: a.id,
      kind: 'peers',
      reason: 'again',
    });
    expectStatus(again, 409);
    expect(again.body.detail).toContain(intro.id);
    // Machine-readable too, so a client can link to the open one.
    expect(again.body.existingIntroductionId).toBe(intro.id);
    expect(again.body.errors?.[0]?.field).toBe('personBId');
    await post(t, me, `/api/v1/introductions/${intro.id}/cancel`);
    const later = await post(t, me, '/api/v1/introductions', {
      personAId: b.id,
      personBId: a.id,
      kind: 'peers',
      reason: 'again',
    });
    expect(later.status).toBe(201);
  });

  it('two identical proposals racing end with exactly one', async () => {
    const a = await addPerson(t, me);
    const b = await addPerson(t, me);
    const body = { personAId: a.id, personBId: b.id, kind: 'peers', reason: 'race' };
    const results = await Promise.all([0, 1, 2].map(() => post(t, me, '/api/v1/introductions', body)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    // Whether refused by the check or by the unique index, the refusal names the one that got in.
    const winner = results.flatMap((r) => (r.status === 201 ? [r.body.id] : []));
    expect(winner).toHaveLength(1);
    for (const r of results) if (r.status === 409) expect(r.body.existingIntroductionId).toBe(winner[0]);
  });

  it('links a need of person A, and refuses a need of someone else', async () => {
    const a = await addPerson(t, me);
    const b = await addPerson(t, me);
    const need = bodyOf(await post(t, me, `/api/v1/people/${a.id}/needs`, needInput()), 201);
    const bad = await post(t, me, '/api/v1/introductions', {
      personAId: b.id,
      personBId: a.id,
      kind: 'seeker_provider',
      reason: 'r',
      needId: need.id,
    });
    expect(bad.status).toBe(422);
    const ok = await post(t, me, '/api/v1/introductions', {
      personAId: a.id,
      personBId: b.id,
      kind: 'seeker_provider',
      reason: 'r',
      needId: need.id,
    });
    expect(bodyOf(ok, 201).needId).toBe(need.id);
  });

  it('respects a person’s limit of requests per month', async () => {
    const busy = await addPerson(t, me, { name: 'Busy Bee', introPreferences: { maxRequestsPerMonth: 1 } });
    const first = bodyOf(
      await post(t, me, '/api/v1/introductions', {
        personAId: busy.id,
        personBId: (await addPerson(t, me)).id,
        kind: 'peers',
        reason: 'r',
      }),
      201,
    );
    expect((await post(t, me, `/api/v1/introductions/${first.id}/request`)).status).toBe(200);
    const second = bodyOf(
      await post(t, me, '/api/v1/introductions', {
        personAId: busy.id,
        personBId: (await addPerson(t, me)).id,
        kind: 'peers',
        reason: 'r',
      }),
      201,
    );
    const refused = await post(t, me, `/api/v1/introductions/${second.id}/request`);
    expectStatus(refused, 422);
    expect(refused.body.detail).toMatch(/^Busy Bee has had as many introduction requests this month/);
    t.clock.advanceDays(31);
    try {
      expect((await post(t, me, `/api/v1/introductions/${second.id}/request`)).status).toBe(200);
    } finally {
      t.clock.advanceDays(-31);
    }
  });

  it('asks the busy person first by default', async () => {
    const { b, intro } = await propose(t, me, { b: { introPreferences: { askFirst: true } } });
    expect(intro).toMatchObject({ firstParty: 'b' });
    const asked = bodyOf(await post(t, me, `/api/v1/introductions/${intro.id}/request`), 200);
    expect(asked.consent.b.status).toBe('asked');
    expect(asked.emails.map((m) => m.to)).toEqual([[b.emails[0]]]);
  });
});

describe('the whole path through the API', () => {
  it('asks A, then B with A’s profile and disclosed caveats, sends, follows up and closes', async () => {
    const { a, b, intro } = await propose(t, me, {
      a: {
        privateNotes: 'PRIVATE-NOTE-A',
        caveats: [{ text: 'DISCLOSED slow to pay' }, { text: 'UNDISCLOSED-A' }],
        phones: ['+44 20 7946 0001'],
      },
      b: {
        privateNotes: 'PRIVATE-NOTE-B',
        caveats: [{ text: 'UNDISCLOSED-B' }],
        phones: ['+44 20 7946 0002'],
      },
      body: { pitchA: 'Alice pitch', pitchB: 'Bob pitch' },
    });
    const id = intro.id;
    const disclosed = a.caveats.find((c) => c.text.startsWith('DISCLOSED'))!;
    expect(
      (
        await t.call('PATCH', `/api/v1/introductions/${id}`, {
          token: me.token,
          body: { discloseCaveatIds: [disclosed.id] },
        })
      ).status,
    ).toBe(200);

    const asking = await post(t, me, `/api/v1/introductions/${id}/request`);
    expectStatus(asking, 200);
    expect(asking.body).toMatchObject({
      state: 'asking',
      consent: { a: { status: 'asked' }, b: { status: 'not_asked' } },
    });
    expect(asking.body.emails).toHaveLength(1);
    const toA = asking.body.emails[0]!;
    expect(toA).toMatchObject({ kind: 'consent_request', to: [a.emails[0]], status: 'local' });
    expect(toA.text).toContain('Bob pitch');
    expect(toA.headers['List-Unsubscribe']).toMatch(/^<http:\/\/.+\/r\/r_/);

    // B cannot answer before A said yes, and cannot be edited any more.
    expect((await answer(id, b.id, 'yes')).status).toBe(409);
    expect(
      (await t.call('PATCH', `/api/v1/introductions/${id}`, { token: me.token, body: { reason: 'x' } }))
        .status,
    ).toBe(409);

    const afterA = await answer(id, a.id, 'yes', { note: 'Happy to', channel: 'phone' });
    expectStatus(afterA, 200);
    expect(afterA.body.consent).toMatchObject({
      a: { status: 'yes', channel: 'phone' },
      b: { status: 'asked' },
    });
    const toB = mailsTo(afterA.body.emails, b.emails[0]!, 'consent_request')[0]!;
    expect(toB.text).toContain('Alice pitch');
    expect(toB.text).toContain('DISCLOSED slow to pay');
    expect(toB.text).toContain('Alice Seeker has already said yes');
    expect(afterA.body.consentLog).toEqual([
      expect.objectContaining({
        personId: a.id,
        answer: 'yes',
        channel: 'phone',
        note: 'Happy to',
        recordedBy: 'connector',
      }),
    ]);
    expect(afterA.body.consentLog[0]?.shown.text).toBe(toA.text);

    // Replaying A's answer changes nothing; a different answer is refused.
    expect(bodyOf(await answer(id, a.id, 'yes'), 200).version).toBe(afterA.body.version);
    expect((await answer(id, a.id, 'no')).status).toBe(409);

    const ready = await answer(id, b.id, 'yes', { channel: 'in_person' });
    expect(bodyOf(ready, 200).state).toBe('ready');
    const agenda = await t.call('GET', '/api/v1/introductions/agenda', { token: me.token });
    expect(bodyOf(agenda, 200).items).toContainEqual(
      expect.objectContaining({ kind: 'ready_to_send', introductionId: id }),
    );

    const sent = await post(t, me, `/api/v1/introductions/${id}/introduce`);
    expectStatus(sent, 200);
    expect(sent.body.state).toBe('introduced');
    const introMail = sent.body.emails.find((m) => m.kind === 'introduction');
    if (!introMail) throw new Error(`no introduction email in ${JSON.stringify(sent.body.emails)}`);
    expect(introMail.to.sort()).toEqual([a.emails[0], b.emails[0]].sort());
    expect(introMail.cc).toEqual([me.email]);
    expect(introMail.recipients.replyTo.map((r) => r.address).sort()).toEqual(
      [a.emails[0], b.emails[0]].sort(),
    );
    for (const needle of [
      a.emails[0],
      b.emails[0],
      '+44 20 7946 0001',
      '+44 20 7946 0002',
      'Alice pitch',
      'Bob pitch',
    ]) {
      expect(introMail.text).toContain(needle);
    }
    for (const m of sent.body.emails) {
      for (const secret of ['PRIVATE-NOTE', 'UNDISCLOSED']) {
        expect(m.text + m.html + m.subject).not.toContain(secret);
      }
    }

    const fu = bodyOf(await post(t, me, `/api/v1/introductions/${id}/follow-up`), 200);
    expect(fu.state).toBe('following_up');
    expect(fu.emails.filter((m) => m.kind === 'follow_up')).toHaveLength(2);
    const closed = await post(t, me, `/api/v1/introductions/${id}/outcome`, {
      outcome: 'business_done',
      value: 1200.5,
      note: 'Signed',
    });
    expectStatus(closed, 200);
    expect(closed.body).toMatchObject({
      state: 'closed',
      outcome: { kind: 'business_done', value: 1200.5, note: 'Signed' },
    });
    expect(closed.body.outcomes.map((o) => [o.personId, o.outcome, o.value, o.source])).toEqual([
      [a.id, 'business_done', 1200.5, 'connector'],
      [b.id, 'business_done', 1200.5, 'connector'],
    ]);
    const events = closed.body.events.map((e) => `${e.type}:${e.fromState ?? ''}>${e.toState}`);
    expect(events).toEqual([
      'proposed:>draft',
      'edited:draft>draft',
      'requested:draft>asking',
      'answered:asking>asking',
      'second_party_asked:asking>asking',
      'answered:asking>asking',
      'ready:asking>ready',
      'introduced:ready>introduced',
      'follow_up_sent:introduced>following_up',
      'outcome_recorded:following_up>closed',
    ]);
    expect((await post(t, me, `/api/v1/introductions/${id}/cancel`)).status).toBe(409);
  });

  it('records a no-show against the person who missed it', async () => {
    const { a, b, intro } = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    await answer(intro.id, a.id, 'yes');
    await answer(intro.id, b.id, 'yes');
    await post(t, me, `/api/v1/introductions/${intro.id}/introduce`);
    const res = await post(t, me, `/api/v1/introductions/${intro.id}/outcome`, {
      outcome: 'no_show',
      noShowPersonId: b.id,
    });
    expectStatus(res, 200);
    expect(res.body.outcome?.noShowPersonId).toBe(b.id);
    expect(res.body.outcomes.map((o) => [o.personId, o.outcome])).toEqual([
      [a.id, 'not_met'],
      [b.id, 'no_show'],
    ]);
    const bad = await post(t, me, `/api/v1/introductions/${intro.id}/outcome`, { outcome: 'met_helpful' });
    expect(bad.status).toBe(409);
  });

  it('a no declines; nobody who said no is named to the other, and only yes-sayers get the neutral note', async () => {
    const { a, b, intro } = await propose(t, me, { body: { order: 'parallel' } });
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    await answer(intro.id, a.id, 'yes');
    const declined = bodyOf(await answer(intro.id, b.id, 'no', { note: 'B-PRIVATE-REASON' }), 200);
    expect(declined.state).toBe('declined');
    const notes = declined.emails.filter((m) => m.kind === 'closing_note');
    expect(notes.map((m) => m.to)).toEqual([[a.emails[0]]]);
    expect(notes[0]?.text).not.toMatch(/B-PRIVATE-REASON|declin|said no/i);
  });

  it('later snoozes until the date; the agenda shows it when the clock reaches it; re-ask asks again', async () => {
    const { a, intro } = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    expect((await answer(intro.id, a.id, 'later')).status).toBe(422);
    const snoozed = await answer(intro.id, a.id, 'later', { until: '2026-02-20' });
    expectStatus(snoozed, 200);
    expect(snoozed.body).toMatchObject({ state: 'snoozed', snoozedUntil: '2026-02-20' });
    const agendaNow = await t.call('GET', '/api/v1/introductions/agenda', { token: me.token });
    // Only the "not now" answer itself (news until 'Got it'); nothing to do until the date.
    expect(
      bodyOf(agendaNow, 200)
        .items.filter((i) => i.introductionId === intro.id)
        .map((i) => i.kind),
    ).toEqual(['answer']);
    t.clock.set('2026-02-20T08:00:00Z');
    const agendaThen = await t.call('GET', '/api/v1/introductions/agenda', { token: me.token });
    expectStatus(agendaThen, 200);
    expect(agendaThen.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'check_back',
        introductionId: intro.id,
        since: '2026-02-20T00:00:00.000Z',
        summary: `Ask ${a.name} again about meeting Bob Provider: they said "not now" until 20 Feb 2026`,
      }),
    );
    expect(agendaThen.body.asOf).toBe('2026-02-20T08:00:00.000Z');
    const re = await post(t, me, `/api/v1/introductions/${intro.id}/reask`);
    expectStatus(re, 200);
    expect(re.body).toMatchObject({ state: 'asking', consent: { a: { status: 'asked' } } });
    expect(re.body.emails.at(-1)?.subject).toMatch(/^Checking back/);
    t.clock.set('2026-01-15T09:00:00.000Z');
  });

  it('cancel sends the neutral note only to those who had said yes', async () => {
    const { a, intro } = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    await answer(intro.id, a.id, 'yes');
    const cancelled = await post(t, me, `/api/v1/introductions/${intro.id}/cancel`, {
      note: 'changed my mind',
    });
    expectStatus(cancelled, 200);
    expect(cancelled.body.state).toBe('cancelled');
    expect(cancelled.body.emails.filter((m) => m.kind === 'closing_note').map((m) => m.to)).toEqual([
      [a.emails[0]],
    ]);
  });
});
