// Adding a person whose details already belong to someone (the identity rule imports follow), where each
// person came from, and their phone numbers as shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { inProcessCli } from '../../test/cli';
import { personInput } from '../../test/factories';
import { allPeople, importFile } from '../../test/imports';
import { MAX_HOLDERS } from '../domain/identity/limits';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const add = (who: TestAccount, body: Record<string, unknown>, query: '' | '?allowDuplicate=true' = '') =>
  t.call('POST', `/api/v1/people${query}`, { token: who.token, body });

describe('adding someone who is already in the network', () => {
  let me: TestAccount;
  let ada: { id: string };

  beforeAll(async () => {
    me = await t.account();
    const res = await add(
      me,
      personInput({
        name: 'Ada Lovelace',
        emails: ['ada@engines.example'],
        phones: ['+44 20 7946 0123'],
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/ada-lovelace' }],
      }),
    );
    expectStatus(res, 201);
    ada = res.body;
  });

  it('answers 409 naming the field and the person, by email in another spelling', async () => {
    const res = await add(
      me,
      personInput({ name: 'A. Lovelace', emails: ['ADA@Engines.example'], phones: [] }),
    );
    expectStatus(res, 409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.existing).toEqual([{ id: ada.id, name: 'Ada Lovelace', matchedOn: ['email'] }]);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'emails' })]);
    expect(res.body.detail).toContain('Ada Lovelace');
  });

  it('by phone number and by LinkedIn profile, whatever their spelling', async () => {
    const byPhone = await add(
      me,
      personInput({ name: 'Someone', emails: [], phones: ['+44 (0)20 7946-0123'] }),
    );
    expectStatus(byPhone, 409);
    expect(byPhone.body.existing).toEqual([{ id: ada.id, name: 'Ada Lovelace', matchedOn: ['phone'] }]);
    const byProfile = await add(
      me,
      personInput({
        name: 'Someone else',
        emails: [],
        phones: [],
        links: [{ kind: 'linkedin', url: 'https://uk.linkedin.com/in/Ada-Lovelace/' }],
      }),
    );
    expectStatus(byProfile, 409);
    expect(byProfile.body.existing).toEqual([{ id: ada.id, name: 'Ada Lovelace', matchedOn: ['linkedin'] }]);
  });

  it('adds the person anyway with ?allowDuplicate=true or "allowDuplicate": true', async () => {
    const before = (await allPeople(t, me)).length;
    const byQuery = await add(
      me,
      personInput({ name: 'Ada L.', emails: ['ada@engines.example'] }),
      '?allowDuplicate=true',
    );
    expect(byQuery.status).toBe(201);
    const byBody = await add(me, {
      ...personInput({ name: 'Ada K.', emails: ['ada@engines.example'] }),
      allowDuplicate: true,
    });
    expectStatus(byBody, 201);
    expect(byBody.body).not.toHaveProperty('allowDuplicate');
    expect((await allPeople(t, me)).length).toBe(before + 2);
  });

  it("does not warn about another account's people", async () => {
    const other = await t.account();
    expect((await add(other, personInput({ name: 'Ada', emails: ['ada@engines.example'] }))).status).toBe(
      201,
    );
  });

  it('does not warn about a switchboard number shared by more people than the cap, and does below it', async () => {
    const office = await t.account();
    const SWITCHBOARD = '+44 20 7946 0999';
    for (let i = 0; i < MAX_HOLDERS; i++) {
      const res = await add(
        office,
        personInput({ name: `Colleague ${i}`, emails: [`c${i}@office.example`], phones: [SWITCHBOARD] }),
        '?allowDuplicate=true',
      );
      expect(res.status).toBe(201);
    }
    // Below the cap the shared number still identifies: the next colleague would be a 51st holder.
    const fiftyFirst = await add(
      office,
      personInput({ name: 'Newcomer', emails: ['new@office.example'], phones: [SWITCHBOARD] }),
    );
    expectStatus(fiftyFirst, 201);
    expect(fiftyFirst.body.phones).toEqual([SWITCHBOARD]);

    const small = await t.account();
    for (const name of ['Flatmate One', 'Flatmate Two']) {
      await add(
        small,
        personInput({ name, emails: [], phones: ['+44 20 7946 0888'] }),
        '?allowDuplicate=true',
      );
    }
    const third = await add(
      small,
      personInput({ name: 'Flatmate Three', emails: [], phones: ['+44 20 7946 0888'] }),
    );
    expectStatus(third, 409);
    expect(third.body.existing.map((e) => e.name).sort()).toEqual(['Flatmate One', 'Flatmate Two']);
  });

  it('the CLI prints who it is, exits non-zero, and adds with --allow-duplicate', async () => {
    const owner = await t.account('cli-owner@example.com');
    const cli = inProcessCli(t.deps);
    const args = [
      'people',
      'add',
      '--account',
      owner.email,
      '--name',
      'Grace Hopper',
      '--email',
      'grace@navy.example',
    ];
    expect((await cli(args)).code).toBe(0);
    const again = await cli(args);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('Grace Hopper (same email address): linchpin people show ');
    expect(again.stderr).toContain('--allow-duplicate');
    expect((await allPeople(t, owner)).length).toBe(1);
    const anyway = await cli([...args, '--allow-duplicate']);
    expect(anyway.code).toBe(0);
    expect((await allPeople(t, owner)).length).toBe(2);
  });
});

describe('where each person came from', () => {
  it('by hand, or the import that created them; a merge keeps the source the person had', async () => {
    const me = await t.account();
    const byHand = await add(
      me,
      personInput({ name: 'Tim Hand', emails: ['tim@hand.example'], company: '' }),
    );
    expectStatus(byHand, 201);
    expect(byHand.body.source).toEqual({ kind: 'hand', importId: null, label: 'Added by hand' });
    const csv = [
      'Full Name,Email,Company',
      'Tim Hand,tim@hand.example,Handmade Ltd',
      'Nora New,nora@new.example,Newco',
    ].join('\n');
    const imported = await importFile(t, me, csv, {
      mapping: JSON.stringify({ name: 'Full Name', email: 'Email', company: 'Company' }),
    });
    expect(imported.counts).toMatchObject({ created: 1, merged: 1 });
    const people = await allPeople(t, me);
    const tim = people.find((p) => p.name === 'Tim Hand')!;
    const nora = people.find((p) => p.name === 'Nora New')!;
    expect(tim.source).toEqual(byHand.body.source);
    expect(nora.source).toMatchObject({ kind: 'import', importId: imported.id });
    expect(nora.source.label).toMatch(/^CSV import \(contacts\.csv\), \d{1,2} [A-Z][a-z]{2} \d{4}$/);
  });
});

describe('phone numbers as shown', () => {
  it("national for the account's country (from its time zone), international otherwise, typed kept", async () => {
    const me = await t.account();
    const typed = ['+49 30 1234567', '+44 20 7946 0777', '123456'];
    const utc = await add(me, personInput({ name: 'Berta Berlin', emails: [], phones: typed }));
    expectStatus(utc, 201);
    expect(utc.body.phones).toEqual(typed);
    expect(utc.body.phonesDisplay).toEqual(['+49 30 1234567', '+44 20 7946 0777', '123456']);
    const moved = await t.call('PATCH', '/api/v1/account', {
      token: me.token,
      body: { timeZone: 'Europe/Berlin' },
    });
    expect(moved.status).toBe(200);
    const berlin = await t.call('GET', `/api/v1/people/${utc.body.id}`, { token: me.token });
    expectStatus(berlin, 200);
    expect(berlin.body.phones).toEqual(typed);
    expect(berlin.body.phonesDisplay).toEqual(['030 1234567', '+44 20 7946 0777', '123456']);
  });
});
