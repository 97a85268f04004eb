// The digest built from the real Today (buildAgenda), not a fixed list: a need due tomorrow reaches the
// connector's inbox, and a private note never does.
//
// NOTE (issue 10, merge order): this needs the agenda engineer's buildAgenda, which lists needs whose
// needed-by date is near. Against the v0 contract (which returns no items) it fails; run it after the
// agenda branch is merged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/app';
import { needInput, personInput } from '../../test/factories';
import { deliveryDeps } from '../../test/introductions';
import { startMailServer, type TestMailServer } from '../../test/mail-server';
import { deliverDue } from '../mail/delivery';
import { sendDueDigests } from './sweep';

let t: TestApp;
let smtp: TestMailServer;

beforeAll(async () => {
  smtp = await startMailServer();
  t = await createTestApp();
  t.deps.config.mail.smtpUrl = smtp.url;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('the digest from the real Today (needs the agenda branch: fails against the v0 buildAgenda)', () => {
  it('tells the connector about a need due tomorrow, once, without private notes', async () => {
    const me = await t.account();
    t.clock.set(new Date('2026-06-10T05:00:00Z'));
    await t.call('PATCH', '/api/v1/account', {
      token: me.token,
      body: { timeZone: 'America/New_York', digest: { frequency: 'daily', hour: 7 } },
    });
    const person = await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: personInput({
        name: 'Ada Lovelace',
        privateNotes: 'PRIVATE-NOTE-never-in-mail',
        caveats: [{ text: 'PRIVATE-CAVEAT-never-in-mail' }],
      }),
    });
    expectStatus(person, 201);
    const need = await t.call('POST', `/api/v1/people/${person.body.id}/needs`, {
      token: me.token,
      body: needInput({ text: 'a designer for the launch', neededBy: '2026-06-11' }),
    });
    expectStatus(need, 201);

    // 07:00 EDT on 10 June is 11:00 UTC.
    t.clock.set(new Date('2026-06-10T11:00:00Z'));
    expect(await sendDueDigests(t.deps)).toMatchObject({ queued: 1 });
    expect(await sendDueDigests(t.deps)).toMatchObject({ queued: 0 });
    await deliverDue(deliveryDeps(t, smtp.url));
    const [got] = await smtp.waitFor(1);
    expect(got!.envelopeTo).toEqual([me.email]);
    expect(got!.parsed.text).toContain('Ada Lovelace');
    expect(got!.raw).not.toContain('PRIVATE-NOTE');
    expect(got!.raw).not.toContain('PRIVATE-CAVEAT');
    expect(smtp.received).toHaveLength(1);
  });
});
