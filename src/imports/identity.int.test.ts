// One identity rule for imports, the duplicates view and the people service: a phone number shared by a
// crowd (an office switchboard) identifies no one, so importing a newcomer with that number merges him
// into nobody.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';
import { allPeople, importFile } from '../../test/imports';
import { peopleSharingIdentity } from '../people/identity';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SWITCHBOARD = '+44 20 7946 0000';

describe('a switchboard number shared by 60 people', () => {
  let me: TestAccount;

  beforeAll(async () => {
    me = await t.account();
    for (let i = 0; i < 60; i++) {
      // Added anyway: until the number is shared by more than the cap, a colleague looks like a duplicate.
      const res = await t.call('POST', '/api/v1/people?allowDuplicate=true', {
        token: me.token,
        body: personInput({
          name: `Colleague ${String(i).padStart(2, '0')}`,
          emails: [`colleague${i}@office.example`],
          phones: [SWITCHBOARD],
          company: '',
        }),
      });
      expectStatus(res, 201);
    }
  });

  it('shows no duplicate pair in the duplicates view', async () => {
    const res = await t.call('GET', '/api/v1/duplicates', { token: me.token });
    expectStatus(res, 200);
    expect(res.body.items).toEqual([]);
  });

  it('importing a newcomer with that number and a new email creates him and merges him into no one', async () => {
    const csv = ['Full Name,Email,Phone', 'Zed Newcomer,zed@newco.example,020 7946 0000'].join('\n');
    const result = await importFile(t, me, csv, {
      mapping: JSON.stringify({ name: 'Full Name', email: 'Email', phone: 'Phone' }),
      defaultRegion: 'GB',
    });
    expect(result.counts).toEqual({ created: 1, merged: 0, skipped: 0, failed: 0 });
    const people = await allPeople(t, me);
    expect(people).toHaveLength(61);
    const zeds = people.filter((p) => p.name === 'Zed Newcomer');
    expect(zeds).toHaveLength(1);
    const zed = zeds[0]!;
    expect(zed.emails).toEqual(['zed@newco.example']);
    expect(zed.phones).toEqual([SWITCHBOARD]);
    // Nobody else gained his email.
    expect(people.filter((p) => p.emails.includes('zed@newco.example')).map((p) => p.id)).toEqual([zed.id]);
    // And the duplicates view still shows no pair from that number, Zed included.
    const dups = await t.call('GET', '/api/v1/duplicates', { token: me.token });
    expectStatus(dups, 200);
    expect(dups.body.items).toEqual([]);
  });

  it('the people service finds no one by that number, and a colleague by her email in another spelling', async () => {
    const db = t.database.db;
    const switchboard = { emails: [], phones: ['020 7946 0000'], links: [] };
    const byNumber = await peopleSharingIdentity(db, me.id, switchboard, { defaultRegion: 'GB' });
    expect(byNumber).toEqual([]);
    const people = await allPeople(t, me);
    const colleague = people.find((p) => p.name === 'Colleague 07');
    expect(colleague).toBeDefined();
    const byEmail = await peopleSharingIdentity(db, me.id, {
      emails: ['  COLLEAGUE7@Office.example '],
      phones: [SWITCHBOARD],
      links: [],
    });
    expect(byEmail).toEqual([{ personId: colleague!.id, name: 'Colleague 07', reasons: ['same email'] }]);
  });
});
