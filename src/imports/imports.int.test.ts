import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';
import { allPeople, form, importFile, upload, waitForImport } from '../../test/imports';
import type { ErrorStatus } from '../../test/routes';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const linkedin = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@engine.example,Analytical Engines,Analyst,09 Oct 2024',
  'Alan,Turing🔸,https://www.linkedin.com/in/alan-turing,,"Bletchley, Ltd",Cryptanalyst,10 Oct 2024',
  'Grace ,Hopper\t,https://www.linkedin.com/in/grace-hopper,urn:li:member:1234,US Navy,Rear Admiral,11 Oct 2024',
].join('\r\n');

describe('importing a LinkedIn export', () => {
  let me: TestAccount;
  let first: Awaited<ReturnType<typeof importFile>>;

  beforeAll(async () => {
    me = await t.account();
    first = await importFile(t, me, linkedin);
  });

  it('creates everyone, with progress and counts, and the connection as a dated interaction', async () => {
    expect(first).toMatchObject({
      status: 'succeeded',
      format: 'linkedin',
      dryRun: false,
      progress: { processed: 3, total: 3 },
      counts: { created: 3, merged: 0, skipped: 0, failed: 0 },
      error: null,
    });
    const people = await allPeople(t, me);
    expect(people.map((p) => p.name).sort()).toEqual(['Ada Lovelace', 'Alan Turing🔸', 'Grace Hopper']);
    const grace = people.find((p) => p.name === 'Grace Hopper')!;
    expect(grace).toMatchObject({ emails: [], company: 'US Navy', title: 'Rear Admiral' });
    expect(grace.links).toEqual([{ kind: 'linkedin', url: 'https://www.linkedin.com/in/grace-hopper' }]);
    const interactions = await t.call('GET', `/api/v1/people/${grace.id}/interactions`, { token: me.token });
    expect(bodyOf(interactions, 200).items).toEqual([
      expect.objectContaining({
        type: 'social',
        direction: 'mutual',
        occurredAt: '2024-10-11T12:00:00.000Z',
        note: 'Connected on LinkedIn',
      }),
    ]);
    expect(first.records.map((r) => [r.seq, r.lines, r.outcome])).toEqual([
      [1, [5, 5], 'created'],
      [2, [6, 6], 'created'],
      [3, [7, 7], 'created'],
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await allPeople(t, me);
    t.clock.advance(60_000);
    const again = await importFile(t, me, linkedin);
    expect(again.counts).toEqual({ created: 0, merged: 0, skipped: 3, failed: 0 });
    expect(again.records[0]!.reasons[0]).toMatch(/Already imported/);
    const after = await allPeople(t, me);
    expect(after).toEqual(before);
    const grace = after.find((p) => p.name === 'Grace Hopper')!;
    const interactions = await t.call('GET', `/api/v1/people/${grace.id}/interactions`, { token: me.token });
    expect(bodyOf(interactions, 200).items).toHaveLength(1);
  });

  it('lists imports newest first', async () => {
    const res = await t.call('GET', '/api/v1/imports', { token: me.token });
    expectStatus(res, 200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(2);
    expect(res.body.items[0]?.counts.skipped).toBe(3);
  });

  it('keeps a file name outside ASCII as the browser sent it (UTF-8), for the imports list and the sources', async () => {
    const name = 'Müller Kontakte 联系人 😀.csv';
    const res = await upload(t, me, 'Name,Email\r\nÄnne,aenne@example.com\r\n', {}, name);
    expectStatus(res, 202);
    expect(res.body.fileName).toBe(name);
    await waitForImport(t, me, res.body.id);
    const sources = bodyOf(await t.call('GET', '/api/v1/people/sources', { token: me.token }), 200);
    expect(sources.items.find((s) => s.importId === res.body.id)?.label).toContain(`(${name})`);
  });
});

describe('merging into people already in the account', () => {
  it('merges by email field by field, keeps existing values and reports conflicts', async () => {
    const me = await t.account();
    const created = bodyOf(
      await t.call('POST', '/api/v1/people', {
        token: me.token,
        body: personInput({
          name: 'Katherine Johnson',
          emails: ['kj@nasa.example'],
          phones: [],
          company: 'NASA',
          tags: ['space'],
        }),
      }),
      201,
    );
    const vcard = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Katherine G. Johnson',
      'EMAIL;TYPE=work:KJ@nasa.example',
      'EMAIL;TYPE=home:katherine@home.example',
      'TEL;TYPE=cell:+1 757 555 0100',
      'ORG:Langley Research Center',
      'CATEGORIES:Heroes,space',
      'END:VCARD',
      '',
    ].join('\r\n');
    const result = await importFile(t, me, vcard);
    expect(result.counts).toEqual({ created: 0, merged: 1, skipped: 0, failed: 0 });
    const rec = result.records[0]!;
    expect(rec.personId).toBe(created.id);
    expect(rec.reasons[0]).toContain('same email');
    expect(rec.conflicts).toEqual([
      { field: 'name', existing: 'Katherine Johnson', incoming: 'Katherine G. Johnson' },
      { field: 'company', existing: 'NASA', incoming: 'Langley Research Center' },
    ]);
    const person = bodyOf(await t.call('GET', `/api/v1/people/${created.id}`, { token: me.token }), 200);
    expect(person.name).toBe('Katherine Johnson');
    expect(person.emails).toEqual(['kj@nasa.example', 'katherine@home.example']);
    expect(person.phones).toEqual(['+1 757 555 0100']);
    expect(person.tags).toEqual(['space', 'heroes']);
    // Importing the same card again adds nothing.
    const again = await importFile(t, me, vcard);
    expect(again.counts).toEqual({ created: 0, merged: 0, skipped: 1, failed: 0 });
    expect((await allPeople(t, me)).length).toBe(1);
  });

  it('matches phones in E.164 and LinkedIn URLs whatever their spelling', async () => {
    const me = await t.account();
    await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: personInput({
        name: 'Tim Berners-Lee',
        emails: [],
        phones: ['+44 20 7946 0000'],
        company: 'W3C',
      }),
    });
    await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: personInput({
        name: 'Margaret Hamilton',
        emails: [],
        phones: [],
        links: [{ kind: 'linkedin', url: 'https://uk.linkedin.com/in/Margaret-Hamilton/' }],
      }),
    });
    const csv = [
      'Full Name,Phone,Profile',
      'Tim BL,020 7946 0000,',
      'M. Hamilton,,https://www.linkedin.com/in/margaret-hamilton?trk=abc',
    ].join('\n');
    const result = await importFile(t, me, csv, {
      mapping: JSON.stringify({ name: 'Full Name', phone: 'Phone', linkedin: 'Profile' }),
      defaultRegion: 'GB',
    });
    expect(result.counts).toMatchObject({ created: 0, failed: 0 });
    expect(result.records.map((r) => r.reasons[0])).toEqual([
      expect.stringContaining('same phone number'),
      expect.stringContaining('same LinkedIn profile'),
    ]);
    expect((await allPeople(t, me)).length).toBe(2);
  });

  it('never merges two people over a short or invalid phone number they share (ez-vcard Android)', async () => {
    const me = await t.account();
    const card = (name: string, tel: string) =>
      `BEGIN:VCARD\r\nVERSION:2.1\r\nFN:${name}\r\nTEL;CELL;PREF:${tel}\r\nEND:VCARD\r\n`;
    const result = await importFile(
      t,
      me,
      card('Ñ Ñ Ñ', '123456') + card('Ö Ö', '123456') + card('Ann Valid', '+44 20 7946 0000'),
    );
    expect(result.counts).toEqual({ created: 3, merged: 0, skipped: 0, failed: 0 });
    // A valid number still identifies: the same number again is the same person.
    const again = await importFile(t, me, card('Ann V.', '+44 (0)20 7946 0000') + card('Other', '123456'));
    expect(again.counts).toMatchObject({ created: 1, failed: 0 });
    expect(again.records.find((r) => r.name === 'Ann V.')!.reasons[0]).toMatch(/same phone number/);
    expect((await allPeople(t, me)).length).toBe(4);
  });

  it('suggests, never merges, a very similar name at the same company', async () => {
    const me = await t.account();
    const existing = bodyOf(
      await t.call('POST', '/api/v1/people', {
        token: me.token,
        body: personInput({ name: 'Jonathan Smith', emails: ['jon@acme.example'], company: 'Acme Ltd' }),
      }),
      201,
    );
    const result = await importFile(
      t,
      me,
      'First Name,Last Name,Company,Position,Connected On\nJ.,Smith,ACME,Sales,01 Jan 2024\n',
    );
    expect(result.counts.created).toBe(1);
    expect(result.records[0]!.possibleDuplicates).toEqual([
      {
        personId: existing.id,
        name: 'Jonathan Smith',
        reason: 'same surname and initial at the same company',
      },
    ]);
    expect((await allPeople(t, me)).length).toBe(2);
  });
});

describe('dry run', () => {
  it('reports what would be created, merged and skipped, and writes nothing', async () => {
    const me = await t.account();
    await t.call('POST', '/api/v1/people', {
      token: me.token,
      body: personInput({ name: 'Ada Lovelace', emails: ['ada@engine.example'], phones: [] }),
    });
    const before = await allPeople(t, me);
    const result = await importFile(t, me, linkedin, { dryRun: 'true' });
    expect(result).toMatchObject({
      dryRun: true,
      status: 'succeeded',
      counts: { created: 2, merged: 1, skipped: 0, failed: 0 },
    });
    expect(result.records.map((r) => r.outcome)).toEqual(['merged', 'created', 'created']);
    expect(result.records[1]!.personId).toBeNull();
    expect(await allPeople(t, me)).toEqual(before);
    const ada = before[0]!;
    const interactions = await t.call('GET', `/api/v1/people/${ada.id}/interactions`, { token: me.token });
    expect(bodyOf(interactions, 200).items).toEqual([]);
    // A real run afterwards does what the dry run said.
    const real = await importFile(t, me, linkedin);
    expect(real.counts).toEqual(result.counts);
  });
});

describe('bad input', () => {
  let me: TestAccount;
  beforeAll(async () => {
    me = await t.account();
  });

  const refused = async (content: string | Uint8Array, status: ErrorStatus, detail: RegExp, fields = {}) => {
    const res = await upload(t, me, content, fields);
    expectStatus(res, status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.detail).toMatch(detail);
  };

  it('refuses empty, blank, binary, unknown and broken files clearly, writing nothing', async () => {
    await refused('', 422, /empty/);
    await refused('\r\n  \n', 422, /empty/);
    await refused(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0, 0, 9, 9]),
      422,
      /binary/,
    );
    await refused('hello world\nthis is not a contacts file\n', 422, /Unknown format/);
    await refused(
      'First Name,Last Name,Company,Position,Connected On\nA,B,"C,D,01 Jan 2020\n',
      422,
      /unbalanced quotes/,
    );
    // Columns with names Linchpin recognises import without a mapping (issue 11); these it cannot place.
    await refused('Kunde;Wert\nA;17\n', 422, /needs a column mapping.*Kunde, Wert/);
    await refused('Name;Mail\nA;a@b.example\n', 422, /does not have/, { mapping: '{"name":"Nom"}' });
    await refused(linkedin, 422, /format/, { format: 'pdf' });
    expect(await allPeople(t, me)).toEqual([]);
    const list = await t.call('GET', '/api/v1/imports', { token: me.token });
    expect(bodyOf(list, 200).items).toEqual([]);
  });

  it('refuses a non-multipart body and a form without a file', async () => {
    const json = await t.call('POST', '/api/v1/imports', { token: me.token, body: { file: 'x' } });
    expect(json.status).toBe(415);
    const fd = new FormData();
    fd.append('dryRun', 'true');
    const nofile = await t.call('POST', '/api/v1/imports', { token: me.token, rawBody: fd });
    expectStatus(nofile, 400);
    expect(nofile.body.detail).toMatch(/field named "file"/);
  });

  it('inspection refuses the same bodies with the same statuses, each one it declares', async () => {
    const json = await t.call('POST', '/api/v1/imports/inspect', { token: me.token, body: { file: 'x' } });
    expect(json.status).toBe(415);
    const nofile = await t.call('POST', '/api/v1/imports/inspect', {
      token: me.token,
      rawBody: new FormData(),
    });
    expect(nofile.status).toBe(400);
    // A NUL in the file name breaks the part's header.
    const broken = await t.call('POST', '/api/v1/imports/inspect', {
      token: me.token,
      rawBody: form('Name\r\nAnn\r\n', {}, 'a\u0000b.csv'),
    });
    expect(broken.status).toBe(400);
  });

  it('refuses a file over the limit with 413 stating the limit, without reading it all', async () => {
    process.env.LINCHPIN_MAX_IMPORT_MB = '1';
    try {
      // Declared too large: refused before the body is read.
      const declared = await t.call('POST', '/api/v1/imports', {
        token: me.token,
        rawBody: 'x',
        headers: {
          'content-type': 'multipart/form-data; boundary=b',
          'content-length': String(200 * 1024 * 1024),
        },
      });
      expectStatus(declared, 413);
      expect(declared.body.detail).toMatch(/limited to 1 MB/);
      // Streamed without a length: stopped once it passes the limit.
      const big = new Uint8Array(2 * 1024 * 1024).fill(0x41);
      const streamed = await upload(t, me, big);
      expect(streamed.status).toBe(413);
    } finally {
      delete process.env.LINCHPIN_MAX_IMPORT_MB;
    }
  });

  it('imports the valid cards of a file and reports the broken ones with their lines', async () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Valid One',
      'EMAIL:one@example.com',
      'END:VCARD',
      'garbage in between',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'NOTE:no name at all',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Valid Two',
      'END:VCARD',
      'BEGIN:VCARD',
      'FN:Never ends',
    ].join('\n');
    const res = await upload(t, me, text, {}, 'broken.vcf');
    const detail = await waitForImport(t, me, bodyOf(res, 202).id);
    expect(detail.counts).toEqual({ created: 2, merged: 0, skipped: 0, failed: 3 });
    expect(detail.report.map((r) => [r.lines, r.outcome, r.reasons[0]])).toEqual([
      [[6, 6], 'failed', 'Line 6 is outside any BEGIN:VCARD … END:VCARD block'],
      [[7, 10], 'failed', 'No name, email address or phone number; nothing to import'],
      [[15, 16], 'failed', 'The card starting at line 15 has no END:VCARD, so it was not imported'],
    ]);
  });
});

describe('inspecting a file before importing it', () => {
  it('names the format, counts records and, for an unknown CSV, shows the column mapping it guessed', async () => {
    const me = await t.account();
    const inspect = (content: string) =>
      t.call('POST', '/api/v1/imports/inspect', { token: me.token, rawBody: form(content, {}, 'x') });
    const csv = await inspect(
      'Full Name;E-mail;Mobile;Employer;Notes\nAda Lovelace;ada@x.example;+44 20 7946 0000;Engines;Met in London\n',
    );
    expectStatus(csv, 200);
    expect(csv.body).toEqual({
      format: 'csv',
      formatLabel: 'Other CSV, columns matched by name',
      encoding: 'utf-8',
      records: 1,
      columns: ['Full Name', 'E-mail', 'Mobile', 'Employer', 'Notes'],
      sample: [['Ada Lovelace', 'ada@x.example', '+44 20 7946 0000', 'Engines', 'Met in London']],
      suggestedMapping: {
        name: 'Full Name',
        email: ['E-mail'],
        phone: ['Mobile'],
        company: 'Employer',
        notes: ['Notes'],
      },
      needsMapping: false,
      columnGuesses: [
        { column: 'Full Name', field: 'name', reason: 'header' },
        { column: 'E-mail', field: 'email', reason: 'header' },
        { column: 'Mobile', field: 'phone', reason: 'header' },
        { column: 'Employer', field: 'company', reason: 'header' },
        { column: 'Notes', field: 'notes', reason: 'header' },
      ],
    });
    const unknown = await inspect('Kunde;Wert\nA;17\n');
    expect(bodyOf(unknown, 200)).toMatchObject({ format: 'csv', needsMapping: true, suggestedMapping: {} });
    const vcf = await inspect(
      'BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:B\nEND:VCARD\n',
    );
    expect(bodyOf(vcf, 200)).toMatchObject({ format: 'vcard', records: 2, needsMapping: false, columns: [] });
    expect((await inspect('')).status).toBe(422);
    // Inspecting writes nothing.
    expect(bodyOf(await t.call('GET', '/api/v1/imports', { token: me.token }), 200).items).toEqual([]);
  });
});
