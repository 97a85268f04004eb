// Contact lists saved by Excel (UTF-16 "Unicode Text", Windows-1252 with "sep=;", UTF-8 with a BOM),
// and a file whose columns say nothing, which must ask for a mapping.
// Each fixture has the real header row or vCard layout of one program (test/fixtures/imports/SOURCES.md)
// and invented people; it is imported through POST /api/v1/imports with no format and no mapping, as a
// new user would, and each test says which fields must land where (issue 11).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/app';
import { allPeople, form, importProgramFile, unexpectedWarnings } from '../../test/imports';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('spreadsheets saved by Excel', () => {
  it('"Unicode Text": UTF-16 with a BOM, tab-separated', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'excel-unicode-text.txt');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    expect(byName('Ngozi Eze')).toMatchObject({
      emails: ['ngozi@eze.example'],
      phones: ['+234 803 555 0101'],
      company: 'Lagos Textile Hub',
      title: 'Founder',
      location: 'Lagos, Nigeria',
      tags: ['fashion', 'founders'],
    });
    // A town and country only: the location says it, the notes do not say it again.
    expect(byName('Łukasz Zieliński')).toMatchObject({
      company: 'Zieliński Studio',
      location: 'Kraków, Poland',
      privateNotes: '',
    });
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('French Excel: Windows-1252, semicolons, "sep=;", and day-first dates under a French header', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'excel-fr-1252.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const helene = byName('Hélène Béranger');
    expect(helene).toMatchObject({
      emails: ['helene@creme-cafe.example'],
      phones: ['01 42 55 01 23', '06 12 55 01 23'],
      company: 'Crème & Café',
      title: 'Gérante',
      location: 'Paris, France',
    });
    expect(helene.privateNotes).toContain('Cliente fidèle; parle à tout le quartier');
    expect(helene.privateNotes).toContain('Birthday: 1984-09-12');
    expect(helene.privateNotes).toContain("Address: 5 place de l'Église, 75004 Paris, France");
    expect(byName('João Da Silva').privateNotes).toContain('Birthday: 1990-03-02');
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('"CSV UTF-8" with a BOM: two addresses in one cell, a LinkedIn column, a quoted line break', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'excel-utf8-bom.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const siobhan = byName('Siobhán Ní Bhriain');
    expect(siobhan).toMatchObject({
      emails: ['siobhan@bhriain.example'],
      company: 'Liffey Labs',
      title: 'Product Lead',
      location: 'Galway, Ireland',
      tags: ['alumni', 'mentors'],
      links: [
        { kind: 'website', url: 'https://liffey.example' },
        { kind: 'linkedin', url: 'https://www.linkedin.com/in/siobhan-ni-bhriain' },
      ],
    });
    expect(siobhan.privateNotes).toContain(
      'Co-organises the "Product Dublin" meetup,\nhappy to introduce people',
    );
    expect(siobhan.privateNotes).toContain('Birthday: 1987-02-11');
    expect(byName('Rafael Gómez').emails).toEqual(['rafa@gomez.example', 'rafael.gomez@work.example']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });
});

describe('a file that cannot be mapped', () => {
  it('is refused with a request for a mapping, never a 500 or a partial write; inspect offers the mapping step', async () => {
    const me = await t.account();
    const text = 'Spalte A;Spalte B;Spalte C\nblau;grün;rot\ngelb;lila;weiß\n';
    const res = await t.call('POST', '/api/v1/imports', {
      token: me.token,
      rawBody: form(text, {}, 'x.csv'),
    });
    expectStatus(res, 422);
    expect(JSON.stringify(res.body)).toContain('needs a column mapping');
    expect(await allPeople(t, me)).toEqual([]);
    const inspected = await t.call('POST', '/api/v1/imports/inspect', {
      token: me.token,
      rawBody: form(text, {}, 'x.csv'),
    });
    expectStatus(inspected, 200);
    expect(inspected.body).toMatchObject({
      needsMapping: true,
      columns: ['Spalte A', 'Spalte B', 'Spalte C'],
    });
  });
});
