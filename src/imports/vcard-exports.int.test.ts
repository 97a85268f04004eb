// vCards from Apple / iCloud, Android / Samsung, Fastmail / Nextcloud and Proton Mail.
// Each fixture has the real header row or vCard layout of one program (test/fixtures/imports/SOURCES.md)
// and invented people; it is imported through POST /api/v1/imports with no format and no mapping, as a
// new user would, and each test says which fields must land where (issue 11).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import {
  expectProgramFile,
  importProgramFile,
  type ProgramFileCase,
  unexpectedWarnings,
} from '../../test/imports';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('vCards from phones and mail services', () => {
  it('Apple / iCloud 3.0: item1.X-ABLabel, a base64 PHOTO, X-SOCIALPROFILE, a birthday without a year', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'vcard', 'apple-icloud.vcf');
    expect(result).toMatchObject({ status: 'succeeded', format: 'vcard', counts: { created: 3, failed: 0 } });
    const astrid = byName('Astrid Bergström');
    expect(astrid).toMatchObject({
      emails: ['astrid@nordlys.example', 'astrid.b@icloud.example'],
      phones: ['+46 70 555 01 23', '+46 8 555 012 34'],
      company: 'Nordlys Studio',
      title: 'Creative Director',
      location: 'Stockholm, Sweden',
    });
    expect(astrid.links.map((l) => [l.kind, l.url])).toEqual([
      ['website', 'https://nordlys.example'],
      ['linkedin', 'http://www.linkedin.com/in/astridbergstrom'],
    ]);
    expect(astrid.privateNotes).toContain('Met at Form/Design week, wants intros to furniture makers.');
    expect(astrid.privateNotes).toContain('Birthday: --04-12');
    expect(byName('Kaffebryggeriet AB')).toMatchObject({
      company: 'Kaffebryggeriet AB',
      emails: ['order@kaffe.example'],
    });
    expect(byName('Only An Email').emails).toEqual(['only.an.email@icloud.example']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('Android / Samsung 2.1: CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE with soft line breaks, X-ANDROID-CUSTOM', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'vcard', 'android-samsung.vcf');
    expect(result).toMatchObject({ status: 'succeeded', format: 'vcard', counts: { created: 3, failed: 0 } });
    const juergen = byName('Jürgen Müller-Lüdenscheidt');
    expect(juergen).toMatchObject({
      emails: ['juergen@mueller.example', 'j.mueller@werkstatt.example'],
      company: 'Werkstatt Lüdenscheidt GmbH',
      title: 'Geschäftsführer',
      location: 'Berlin, Deutschland',
    });
    expect(juergen.phones).toHaveLength(3);
    expect(juergen.privateNotes).toContain(
      'Kennt jeden Händler in Kreuzberg. Am besten vormittags anrufen, nie am Wochenende.',
    );
    expect(juergen.privateNotes).toContain('Address (home): Schönhauser Allee 44, 10435 Berlin, Deutschland');
    expect(byName('Chidi Okoro').phones).toEqual(['+234 802 555 0100']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('Fastmail / Nextcloud 4.0: TEL as tel: URIs, PREF=1, --MMDD and basic-format birthdays, CATEGORIES', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'vcard', 'fastmail-nextcloud-v4.vcf');
    expect(result).toMatchObject({ status: 'succeeded', format: 'vcard', counts: { created: 3, failed: 0 } });
    const paulo = byName('Paulo Araújo');
    expect(paulo).toMatchObject({
      emails: ['paulo@araujo-tech.example', 'paulo.araujo@fastmail.example'],
      company: 'Araújo Tecnologia',
      title: 'Engineering Manager',
      location: 'São Paulo, SP, Brasil',
      tags: ['clients', 'brazil'],
    });
    expect(paulo.phones).toHaveLength(2);
    expect(paulo.privateNotes).toContain('Ex-colleague from the Lisbon office; happy to mentor.');
    expect(paulo.privateNotes).toContain('Birthday: --04-12');
    expect(byName('Yuki Sato').privateNotes).toContain('Birthday: 1990-02-03');
    expect(byName('Bare Address').emails).toEqual(['bare.address@fastmail.example']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('Proton Mail 4.0: ITEM1.EMAIL groups, and an address written as the name is not taken for one', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'vcard', 'proton.vcf');
    expect(result).toMatchObject({ status: 'succeeded', format: 'vcard', counts: { created: 2, failed: 0 } });
    expect(byName('Leïla Haddad')).toMatchObject({
      emails: ['leila@haddad.example', 'leila.haddad@proton.example'],
      phones: ['+216 20 555 010'],
      company: 'Médina Conseil',
      title: 'Consultante',
      location: 'Tunis, Tunisie',
    });
    expect(byName('Amir')).toMatchObject({
      emails: ['amir@proton.example'],
      privateNotes: 'Name guessed from the email address amir@proton.example',
    });
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });
});

const MAIL_SERVICE_CARDS: ProgramFileCase[] = [
  {
    program: 'Gmail 3.0: "https\\://" escaped in item1.URL, X-ABDATE, CATEGORIES with myContacts and starred',
    file: 'gmail.vcf',
    kind: 'vcard',
    format: 'vcard',
    created: 3,
    people: {
      'Mónica Castellanos': {
        emails: ['monica@castellanos.example', 'moni.c@gmail.example'],
        phones: ['+52 55 5555 0123', '+52 55 5555 0100'],
        company: 'Castellanos Diseño, S.A. de C.V.',
        title: 'Directora creativa',
        location: 'Ciudad de México, CDMX, México',
        tags: ['diseño'],
        links: [{ kind: 'website', url: 'https://castellanos.example' }],
        notes: [
          'Conoce a todos los estudios de diseño en CDMX.\nPrefiere WhatsApp.',
          'Birthday: 1986-02-14',
          'Nickname: Moni',
        ],
      },
      // Google's system groups ("myContacts", "starred") say nothing about the person.
      'Ravi Shankar': { tags: [], phones: ['+91 22 5555 0199'], notes: ['Birthday: --09-11'] },
      'Orphan Address': { emails: ['orphan.address@gmail.example'] },
    },
  },
  {
    program:
      'Outlook 2.1 in Windows-1252: N;LANGUAGE=de, QUOTED-PRINTABLE with CHARSET=Windows-1252, X-MS-CARDPICTURE, BDAY:19700315',
    file: 'outlook-desktop-2.1.vcf',
    kind: 'vcard',
    format: 'vcard',
    created: 3,
    people: {
      'Dr. Jürgen Köhler': {
        emails: ['juergen@koehler.example'],
        phones: ['+49 761 5550123', '+49 171 5550123'],
        company: 'Köhler Maschinenbau GmbH',
        title: 'Geschäftsführer',
        location: 'Freiburg, Deutschland',
        links: [{ kind: 'website', url: 'https://koehler.example' }],
        notes: [
          'Kennt alle Zulieferer im Schwarzwald.\nBitte nur vormittags anrufen.',
          'Birthday: 1970-03-15',
          'Department: Vertrieb',
        ],
      },
      // A card without CHARSET in a file Outlook wrote in the ANSI code page.
      'Anne Lefèvre': { emails: ['anne@lefevre.example'], phones: ['+33 1 55 55 01 23'] },
      'buchhaltung@kunde.example': { emails: ['buchhaltung@kunde.example'] },
    },
  },
];

describe('vCards from Gmail and Outlook', () => {
  it.each(MAIL_SERVICE_CARDS)('$program', (c) => expectProgramFile(t, c));
});
