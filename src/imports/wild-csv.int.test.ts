// Contact files from other programs that are none of the known exports (issue 11), through
// POST /api/v1/imports without a mapping: the columns are guessed and the right fields land.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/app';
import { allPeople, form, importFile } from '../../test/imports';
import type { Person } from '../people/schema';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/imports/contacts-csv/wild/${name}`, import.meta.url));

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const byName = (people: Person[], name: string) => {
  const p = people.find((x) => x.name === name);
  if (!p) throw new Error(`${name} was not imported; got ${people.map((x) => x.name).join(', ')}`);
  return p;
};

describe('a CSV none of the known exports imports without a mapping', () => {
  it('a generic export: names, emails, phones, company, title, location, birthday, notes, website, tags', async () => {
    const me = await t.account();
    const result = await importFile(t, me, fixture('generic-export.csv'));
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const people = await allPeople(t, me);
    expect(byName(people, 'Amara Okafor')).toMatchObject({
      emails: ['amara@okafor-home.example', 'amara.okafor@riverbend.example'],
      phones: ['+44 20 7946 0101', '+44 20 7946 0102', '+44 7700 900101'],
      company: 'Riverbend Analytics',
      title: 'Head of Data',
      location: 'London, United Kingdom',
      links: [{ kind: 'website', url: 'https://okafor.example' }],
      tags: ['friends', 'data'],
    });
    const amara = byName(people, 'Amara Okafor');
    expect(amara.privateNotes).toContain('Met at the data meetup');
    expect(amara.privateNotes).toContain('Birthday: 1984-03-12');
    expect(amara.privateNotes).toContain('Nickname: Ami');
    expect(byName(people, 'Tomás Herrera')).toMatchObject({
      phones: ['+34 911 23 45 67'],
      location: 'Madrid, Spain',
    });
    // First and last name when there is no display name.
    expect(byName(people, 'Lena Vogel').emails).toEqual(['lena.vogel@home.example']);

    // Words in the Pager column: one line for the column, with a count and line numbers, on its first record.
    const pager = result.records.flatMap((r) => r.warnings.map((w) => [r.lines, w] as const));
    expect(pager.filter(([, w]) => /pager|mobile/i.test(w))).toEqual([
      [
        [2, 2],
        'Column "Pager": 3 values are not a phone number ("pager", "mobile"); skipped (lines 2, 3, 4)',
      ],
    ]);
  });

  it('a country written as its ISO code reads as the country in the location; anything else stays as written', async () => {
    const me = await t.account();
    const csv = [
      'First Name,Last Name,Email,City,Country',
      'Lucía,Marín,lucia@marin.example,Madrid,ES',
      'Jonas,Berg,jonas@berg.example,Oslo,Norway',
      'Kit,Moss,kit@moss.example,Leeds,UK',
    ].join('\n');
    const result = await importFile(t, me, csv);
    expect(result).toMatchObject({ status: 'succeeded', counts: { created: 3, failed: 0 } });
    const people = await allPeople(t, me);
    expect(byName(people, 'Lucía Marín').location).toBe('Madrid, Spain');
    expect(byName(people, 'Jonas Berg').location).toBe('Oslo, Norway');
    expect(byName(people, 'Kit Moss').location).toBe('Leeds, UK');
    // The location says it all: no address line in the notes repeats it.
    expect(byName(people, 'Lucía Marín').privateNotes).not.toContain('Address');
  });

  it('an Outlook variant with only E-mail Address columns: names guessed from the addresses, and said so', async () => {
    const me = await t.account();
    const result = await importFile(t, me, fixture('outlook-emails-only.csv'));
    expect(result.counts).toMatchObject({ created: 3, failed: 0 });
    const people = await allPeople(t, me);
    expect(byName(people, 'Jane Doe')).toMatchObject({
      emails: ['jane.doe@northwind.example', 'jane@doe-family.example'],
      privateNotes: 'Name guessed from the email address jane.doe@northwind.example',
    });
    expect(byName(people, 'Jdoe').emails).toEqual(['jdoe@contoso.example']);
    expect(byName(people, 'Pat Kowalski').emails).toHaveLength(3);
    expect(result.records.map((r) => [r.lines, r.name, r.warnings])).toEqual([
      [
        [2, 2],
        'Jane Doe',
        [
          'No name in the file; the name was guessed from the email address jane.doe@northwind.example: "Jane Doe"',
        ],
      ],
      [
        [3, 3],
        'Jdoe',
        ['No name in the file; the name was guessed from the email address jdoe@contoso.example: "Jdoe"'],
      ],
      [
        [4, 4],
        'Pat Kowalski',
        [
          'No name in the file; the name was guessed from the email address pat.kowalski@fabrikam.example: "Pat Kowalski"',
        ],
      ],
    ]);
  });

  it('a guessed name never overrides or conflicts with the name of a person already known by the email', async () => {
    const me = await t.account();
    const created = await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: { name: 'Jane Q. Doe', emails: ['jane.doe@northwind.example'], privateNotes: 'Met in Oslo' },
    });
    expectStatus(created, 201);
    const result = await importFile(t, me, fixture('outlook-emails-only.csv'));
    expect(result.counts).toMatchObject({ created: 2, merged: 1, failed: 0 });
    const jane = result.records.find((r) => r.lines[0] === 2)!;
    expect(jane).toMatchObject({ outcome: 'merged', conflicts: [] });
    const people = await allPeople(t, me);
    expect(byName(people, 'Jane Q. Doe')).toMatchObject({
      emails: ['jane.doe@northwind.example', 'jane@doe-family.example'],
      privateNotes: 'Met in Oslo',
    });
    expect(people.map((p) => p.name)).not.toContain('Jane Doe');
  });

  it('a one-column list headed "Primary Email" (once refused as neither vCard nor CSV)', async () => {
    const me = await t.account();
    const result = await importFile(t, me, fixture('primary-email-list.csv'));
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const names = (await allPeople(t, me)).map((p) => p.name).sort();
    // A role mailbox spells no one's name: the address itself is the name, as before.
    expect(names).toEqual(['Maria Rossi', 'Sven Berg', 'info@bakery.example']);
    expect(result.records.find((r) => r.name === 'info@bakery.example')?.lines).toEqual([4, 4]);
  });

  it('German Excel with sep=; and a semicolon inside a quoted cell; French with tabs', async () => {
    const me = await t.account();
    const de = await importFile(t, me, fixture('german-excel-semicolon.csv'));
    expect(de.counts).toMatchObject({ created: 2, failed: 0 });
    const fr = await importFile(t, me, fixture('french-tab.csv'));
    expect(fr.counts).toMatchObject({ created: 1, failed: 0 });
    const people = await allPeople(t, me);
    expect(byName(people, 'Jürgen Müller')).toMatchObject({
      emails: ['juergen.mueller@stahlwerk.example'],
      phones: ['+49 30 1234567'],
      company: 'Stahlwerk GmbH',
      location: 'Berlin',
      privateNotes: 'Kennt viele Zulieferer; trifft sich gern',
    });
    expect(byName(people, 'Zoë Lefèvre').company).toBe('Atelier Lefèvre');
    expect(byName(people, 'Lucía García')).toMatchObject({
      emails: ['lucia.garcia@vinos.example'],
      company: 'Vinos García',
      title: 'Directora',
      location: 'Sevilla, España',
    });
  });

  it('inspect shows the guessed mapping with a reason per column; an import with a corrected mapping uses it', async () => {
    const me = await t.account();
    const inspected = await t.call('POST', '/api/v1/imports/inspect', {
      token: me.token,
      rawBody: form(fixture('generic-export.csv'), {}, 'export.csv'),
    });
    expectStatus(inspected, 200);
    expect(inspected.body).toMatchObject({ format: 'csv', needsMapping: false, records: 3 });
    // "Home City" is the city of a second address, read for a row whose work address is empty.
    expect(inspected.body.suggestedMapping).toMatchObject({
      name: 'Display Name',
      city: ['Work City', 'Home City'],
    });
    expect(inspected.body.columnGuesses).toContainEqual({
      column: 'Home City',
      field: 'city',
      reason: 'header',
    });
    const corrected = {
      ...inspected.body.suggestedMapping,
      department: undefined,
      tags: ['Categories', 'Department'],
    };
    const result = await importFile(t, me, fixture('generic-export.csv'), {
      format: 'csv',
      mapping: JSON.stringify(corrected),
    });
    expect(result.counts.created).toBe(3);
    expect(byName(await allPeople(t, me), 'Amara Okafor').tags).toEqual(['friends', 'data', 'research']);
  });
});
