import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';
import { allPeople, importFile } from '../../test/imports';
import type { Person } from '../people/schema';

let t: TestApp;
let me: TestAccount;

const download = async (query: string, who = me) => {
  const res = await t.app.request(`/api/v1/export?${query}`, {
    headers: { authorization: `Bearer ${who.token}` },
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    text: await res.text(),
  };
};

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  const post = (body: unknown) => t.call('POST', '/api/v1/people', { token: me.token, body });
  await post(
    personInput({
      name: 'Grace Hopper',
      emails: ['grace@navy.example'],
      phones: ['+1 213 555 1234'],
      tags: ['navy'],
      company: 'US Navy',
    }),
  );
  await post(
    personInput({
      name: '=HYPERLINK("http://evil.example","click")',
      emails: [],
      phones: [],
      company: '@SUM(A1:A9)',
      tags: ['hostile'],
      blurb: '+1+1',
      title: '-2',
    }),
  );
  await post(
    personInput({
      name: 'Zoë Ørsted',
      emails: ['zoe@example.dk'],
      phones: [],
      company: 'Ørsted A/S',
      tags: ['energy'],
      blurb: 'Line one\nLine, two; three',
    }),
  );
});
afterAll(() => t.close());

describe('vCard export', () => {
  it('exports everyone as vCard 4.0 that imports back into an empty account unchanged', async () => {
    const res = await download('format=vcard');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/vcard; charset=utf-8');
    expect(res.disposition).toMatch(/filename="linchpin-\d{4}-\d{2}-\d{2}\.vcf"/);
    expect(res.text.match(/BEGIN:VCARD/g)).toHaveLength(3);
    const other = await t.account();
    const result = await importFile(t, other, res.text);
    expect(result.counts).toEqual({ created: 3, merged: 0, skipped: 0, failed: 0 });
    const mine = await allPeople(t, me);
    const theirs = await allPeople(t, other);
    const pick = (p: Person) => [p.name, p.emails, p.phones, p.company, p.title, p.tags, p.blurb];
    expect(theirs.map(pick)).toEqual(mine.map(pick));
  });

  it('exports only the people a filter selects, with the same parameters as the people list', async () => {
    const res = await download('format=vcard&tag=energy');
    expect(res.text.match(/BEGIN:VCARD/g)).toHaveLength(1);
    expect(res.text).toContain('FN:Zoë Ørsted');
    const search = await download('format=vcard&q=hopper');
    expect(search.text).toContain('FN:Grace Hopper');
    expect(search.text.match(/BEGIN:VCARD/g)).toHaveLength(1);
  });

  it('writes the location so that it imports back as the location, not an address in the notes', async () => {
    const other = await t.account();
    const body = personInput({
      name: 'Ann Arlington',
      emails: ['ann@arlington.example'],
      phones: [],
      location: 'Arlington, VA, USA',
      blurb: 'Semi; colons, and commas',
      tags: ['friends'],
    });
    await t.call('POST', '/api/v1/people', { token: other.token, body });
    const exported = await download('format=vcard', other);
    expect(exported.text).toContain('ADR:;;;Arlington\\, VA\\, USA;;;');
    const before = await allPeople(t, other);
    const again = await importFile(t, other, exported.text);
    expect(again.counts).toEqual({ created: 0, merged: 0, skipped: 1, failed: 0 });
    expect(await allPeople(t, other)).toEqual(before);
    // Into an empty account: the location is the location, and no notes are made up.
    const third = await t.account();
    const fresh = await importFile(t, third, exported.text);
    expect(fresh.counts.created).toBe(1);
    const ann = (await allPeople(t, third))[0]!;
    expect(ann.location).toBe('Arlington, VA, USA');
    const detail = await t.call('GET', `/api/v1/people/${ann.id}`, { token: third.token });
    expectStatus(detail, 200);
    expect(detail.body.privateNotes ?? '').toBe('');
  });

  it('re-importing the exported cards into the same account changes nothing (matched by id)', async () => {
    const before = await allPeople(t, me);
    const result = await importFile(t, me, (await download('format=vcard')).text);
    expect(result.counts).toEqual({ created: 0, merged: 0, skipped: 3, failed: 0 });
    expect(result.records[0]!.reasons[0]).toMatch(/same Linchpin id/);
    expect(await allPeople(t, me)).toEqual(before);
  });
});

describe('CSV export', () => {
  it('neutralises formula injection in every cell', async () => {
    const res = await download('format=csv');
    expect(res.type).toBe('text/csv; charset=utf-8');
    // A byte order mark comes first, so spreadsheets read the file as UTF-8 (text() drops it).
    const raw = await t.app.request('/api/v1/export?format=csv', {
      headers: { authorization: `Bearer ${me.token}` },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe(
      '"Name","Emails","Phones","Company","Title","Location","Links","Tags","Blurb","Created","Updated","Id"',
    );
    const hostile = lines.find((l) => l.includes('HYPERLINK'))!;
    expect(hostile.startsWith(`"'=HYPERLINK(""http://evil.example"",""click"")"`)).toBe(true);
    expect(hostile).toContain(`"'@SUM(A1:A9)"`);
    expect(hostile).toContain(`"'-2"`);
    expect(hostile).toContain(`"'+1+1"`);
    // No cell starts a formula once the quotes are removed.
    for (const line of lines.slice(1))
      for (const cell of line.match(/"(?:[^"]|"")*"/g) ?? [])
        expect(cell.slice(1)).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('imports back (Linchpin CSV is recognised) without duplicating anyone', async () => {
    const res = await download('format=csv');
    const other = await t.account();
    const first = await importFile(t, other, res.text);
    expect(first.format).toBe('linchpin-csv');
    expect(first.counts.created).toBe(3);
    const grace = (await allPeople(t, other)).find((p) => p.name === 'Grace Hopper')!;
    expect(grace.phones).toEqual(['+1 213 555 1234']);
    const again = await importFile(t, other, res.text);
    expect(again.counts).toEqual({ created: 0, merged: 0, skipped: 3, failed: 0 });
  });

  it('re-importing the exported CSV into the same account changes nothing (matched by the Id column)', async () => {
    // Someone with no email or phone: only the Id can tell it is the same person.
    await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: personInput({
        name: 'Only A Name',
        emails: [],
        phones: [],
        blurb: 'Met once',
        location: 'Oslo, Norway',
      }),
    });
    const before = await allPeople(t, me);
    const result = await importFile(t, me, (await download('format=csv')).text);
    expect(result.format).toBe('linchpin-csv');
    expect(result.counts).toEqual({ created: 0, merged: 0, skipped: before.length, failed: 0 });
    expect(result.records.every((r) => /same Linchpin id/.test(r.reasons[0] ?? ''))).toBe(true);
    expect(await allPeople(t, me)).toEqual(before);
  });

  it('imports into an empty account with the same fields (the blurb too)', async () => {
    const other = await t.account();
    const result = await importFile(t, other, (await download('format=csv')).text);
    expect(result.counts.failed).toBe(0);
    const pick = (p: Person) => [p.name, p.emails, p.phones, p.company, p.title, p.location, p.tags, p.blurb];
    expect((await allPeople(t, other)).map(pick)).toEqual((await allPeople(t, me)).map(pick));
  });

  it('refuses an unknown format', async () => {
    const res = await t.call('GET', '/api/v1/export?format=pdf', { token: me.token });
    expectStatus(res, 400);
    expect(res.body.errors?.[0]?.field).toMatch(/format/);
  });
});
