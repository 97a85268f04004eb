// LDIF address books (RFC 2849) from Thunderbird, Outlook Express / Windows Address Book and an LDAP
// directory (Directory Utility, slapcat). Each fixture is written for this repository in one program's layout
// (test/fixtures/imports/SOURCES.md) and imported through POST /api/v1/imports with no format and no
// mapping, as a new user would.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/app';
import {
  allPeople,
  form,
  importFile,
  importProgramFile,
  unexpectedWarnings,
  upload,
} from '../../test/imports';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/imports/ldif/programs/${name}`, import.meta.url));

describe('LDIF address books, imported without a mapping', () => {
  it('Thunderbird: base64 names, Mozilla home address and URLs, birthyear/birthmonth/birthday, a mailing list skipped', async () => {
    const { result, byName, people, warnings } = await importProgramFile(t, 'ldif', 'thunderbird.ldif');
    expect(result).toMatchObject({
      status: 'succeeded',
      format: 'ldif',
      counts: { created: 3, skipped: 1, failed: 0 },
    });
    const zoe = byName('Zoë Ångström');
    expect(zoe).toMatchObject({
      emails: ['zoe@fjord-design.example', 'zoe.a@mailbox.example'],
      company: 'Fjord Design AB',
      title: 'Head of Design',
      location: 'Stockholm, Sweden',
    });
    expect(zoe.phones).toHaveLength(3);
    expect(zoe.links.map((l) => l.url)).toEqual([
      'https://fjord-design.example',
      'https://zoe.example/portfolio',
    ]);
    for (const text of [
      'Met at Nordic.js 2024. Knows every design lead in Stockholm; happy to mentor juniors — ask before sharing her number.',
      'Custom 1: Prefers Signal',
      'Nickname: zo',
      'Birthday: 1986-04-12',
      'Department: Product',
      'Address (home): Götgatan 12, 116 46 Stockholm, Sweden',
    ])
      expect(zoe.privateNotes).toContain(text);
    expect(byName('Marcus Bell')).toMatchObject({ company: 'Bellhaus', title: 'Founder' });
    expect(byName('Marcus Bell').privateNotes).toContain('Birthday: --11-03');
    expect(people.some((p) => p.emails.includes('only.email@post.example'))).toBe(true);
    const list = result.records.find((r) => r.outcome === 'skipped');
    expect(list).toMatchObject({ name: 'Design friends', lines: [53, 59], personId: null });
    expect(list?.reasons.join(' ')).toMatch(/mailing list \(objectclass: groupOfNames\)/);
    expect(people.map((p) => p.name)).not.toContain('Design friends');
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('Outlook Express / Windows Address Book: base64 values in Windows-1252, a postalAddress, a base64 dn', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'ldif', 'outlook-express.ldif');
    expect(result).toMatchObject({ status: 'succeeded', format: 'ldif', counts: { created: 2, failed: 0 } });
    const ingrid = byName('Ingrid Solberg');
    expect(ingrid).toMatchObject({
      emails: ['ingrid@solberg-arkitekter.example'],
      company: 'Solberg Arkitekter AS',
      title: 'Daglig leder – partner',
      location: 'Oslo, Norway',
    });
    expect(ingrid.phones).toHaveLength(4);
    expect(ingrid.links.map((l) => l.url)).toEqual(['http://www.solberg-arkitekter.example']);
    expect(ingrid.privateNotes).toContain('Kjenner alle i Bjørvika-prosjektet. Ring før kl. 10.');
    expect(ingrid.privateNotes).toContain('Address (work): Kirkegata 15, 0153 Oslo, Norway');
    expect(byName('Renée Côté')).toMatchObject({
      company: 'Atelier Côté',
      location: 'Montréal, QC, Canada',
      emails: ['renee@cote.example'],
    });
    expect(warnings).toEqual([
      'The base64 values on lines 19, 21 are not UTF-8; they were read as Windows-1252',
      'The base64 values on lines 23, 27, 28, 29, 32, 33 are not UTF-8; they were read as Windows-1252',
    ]);
  });

  it('an LDAP directory: version line, comments, folded lines, labeledURI, tree nodes and a group skipped, a photo kept on request', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'ldif', 'ldap-directory.ldif');
    expect(result).toMatchObject({
      status: 'succeeded',
      format: 'ldif',
      counts: { created: 2, skipped: 3, failed: 0 },
    });
    const akemi = byName('Akemi Tanaka');
    expect(akemi).toMatchObject({
      emails: ['akemi@lakeside.example', 'akemi.tanaka@gmail.example'],
      company: 'Lakeside Collective',
      title: 'Partnerships Lead',
      location: 'Tokyo, Japan',
    });
    expect(akemi.links.map((l) => [l.kind, l.url, l.label])).toEqual([
      ['website', 'https://akemi.example', 'Portfolio'],
      ['linkedin', 'https://www.linkedin.com/in/akemi-tanaka-example', undefined],
    ]);
    expect(akemi.privateNotes).toContain(
      'Runs the partnerships programme; introduced us to two of our best clients. Prefers email over calls, replies within the day, and likes a short written brief before any meeting.',
    );
    expect(akemi.privateNotes).toContain('Address (work): 2-1-1 Nihonbashi, Tokyo, JP');
    expect(byName('Oscar Lindqvist').privateNotes).toContain(
      'Address (home): Linnégatan 8, 114 47 Stockholm, Sweden',
    );
    const skipped = result.records.filter((r) => r.outcome === 'skipped');
    expect(skipped.map((r) => [r.lines, r.reasons.join(' ')])).toEqual([
      [[4, 10], expect.stringMatching(/directory's tree \(objectclass: dcObject\)/)],
      [[12, 15], expect.stringMatching(/directory's tree \(objectclass: organizationalUnit\)/)],
      [[64, 68], expect.stringMatching(/mailing list \(objectclass: groupOfUniqueNames\)/)],
    ]);
    expect(unexpectedWarnings(warnings)).toEqual([]);

    const me = await t.account();
    const kept = await importFile(t, me, fixture('ldap-directory.ldif'), { keepPhotos: 'true' });
    expect(kept.counts).toMatchObject({ created: 2, failed: 0 });
    expect(kept.records.flatMap((r) => r.warnings)).toEqual([]);
    const withPhoto = (await allPeople(t, me)).find((p) => p.name === 'Akemi Tanaka');
    const photo = await t.app.request(`/api/v1/people/${withPhoto?.id}/photo`, {
      headers: { authorization: `Bearer ${me.token}` },
    });
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
  });

  it('a dry run reports each entry with its lines and writes nothing; a real run then does what it said', async () => {
    const me = await t.account();
    const dry = await importFile(t, me, fixture('thunderbird.ldif'), { dryRun: 'true' });
    expect(dry).toMatchObject({ dryRun: true, format: 'ldif', counts: { created: 3, skipped: 1 } });
    expect(dry.records.map((r) => [r.lines, r.outcome])).toEqual([
      [[1, 34], 'created'],
      [[36, 51], 'created'],
      [[53, 59], 'skipped'],
      [[61, 66], 'created'],
    ]);
    expect(await allPeople(t, me)).toEqual([]);
    const real = await importFile(t, me, fixture('thunderbird.ldif'));
    expect(real.counts).toMatchObject({ created: 3, skipped: 1 });
  });

  it('an entry matches a person already there by the same identity rule as other formats', async () => {
    const me = await t.account();
    await importFile(t, me, 'Name,Email\nMarcus Bell,MARCUS@bellhaus.example\n');
    const ldif = await importFile(t, me, fixture('thunderbird.ldif'));
    expect(ldif.counts).toMatchObject({ created: 2, merged: 1 });
    const marcus = (await allPeople(t, me)).filter((p) => p.name === 'Marcus Bell');
    expect(marcus).toHaveLength(1);
    expect(marcus[0]).toMatchObject({ company: 'Bellhaus', title: 'Founder' });
  });

  it('an entry without a dn, a line that is no attribute and a file link are read around, with a warning each', async () => {
    const me = await t.account();
    const text = [
      'version: 1',
      'dn: cn=Ada Byron,mail=ada@engine.example',
      'cn: Ada Byron',
      'mail: ada@engine.example',
      'this line has no colon',
      'jpegPhoto:< file:///etc/passwd',
      '',
      'cn: No Dn Person',
      'mail: nodn@engine.example',
      '',
    ].join('\n');
    const result = await importFile(t, me, text);
    expect(result).toMatchObject({ format: 'ldif', counts: { created: 2, failed: 0 } });
    expect(result.records.map((r) => [r.lines, r.warnings])).toEqual([
      [
        [1, 6],
        [
          'Line 5: “this line has no colon” is not an attribute line; ignored',
          'Line 6: the value of jpegphoto is a link to a file, which is not read; ignored',
        ],
      ],
      [[8, 9], ['The entry has no dn: line; it was read anyway']],
    ]);
  });

  it("the web upload's inspection reads an LDIF file as LDIF, with no mapping to ask for", async () => {
    const me = await t.account();
    const inspected = await t.call('POST', '/api/v1/imports/inspect', {
      token: me.token,
      rawBody: form(fixture('thunderbird.ldif'), {}, 'abook.ldif'),
    });
    expectStatus(inspected, 200);
    expect(inspected.body).toMatchObject({
      format: 'ldif',
      formatLabel: 'LDIF address book',
      needsMapping: false,
      columns: [],
    });
  });

  it('a file said to be LDIF that is not is refused with a clear message', async () => {
    const me = await t.account();
    const res = await upload(t, me, 'Name,Email\nAda,ada@example.com\n', { format: 'ldif' });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toMatch(/No LDIF entry found/);
  });
});
