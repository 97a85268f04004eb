// The CSV exports of Google Contacts (current and legacy), Thunderbird (German) and Yahoo.
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

describe('Google, Thunderbird and Yahoo exports', () => {
  it('Google Contacts (current CSV): ":::" multi-values, "* myContacts" labels, a row with only an email', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'google-contacts.csv');
    expect(result).toMatchObject({
      status: 'succeeded',
      format: 'google',
      counts: { created: 3, failed: 0 },
    });
    const ines = byName('Inès Marchand');
    expect(ines).toMatchObject({
      emails: ['ines@marchand.example', 'ines.m@mail.example'],
      phones: ['+33 6 12 34 56 78', '+33 4 72 00 11 22'],
      company: 'Brasserie Marchand, SARL',
      title: 'Gérante',
      location: 'Lyon, France',
      tags: ['restaurants'],
      links: [{ kind: 'website', url: 'https://marchand.example', label: 'Profile' }],
    });
    expect(ines.privateNotes).toContain('Knows every supplier in Lyon.\nPrefers calls after 6pm');
    expect(ines.privateNotes).toContain('Birthday: 1988-06-21');
    // An academic title stays in the name; a birthday without a year stays without one.
    expect(byName('Dr. Kwame Kofi Mensah').privateNotes).toContain('Birthday: --11-02');
    expect(byName('Solo Contact').emails).toEqual(['solo.contact@post.example']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('Google Contacts (legacy "Given Name" CSV)', async () => {
    const { result, byName } = await importProgramFile(t, 'contacts-csv', 'google-legacy.csv');
    expect(result).toMatchObject({ format: 'google-legacy', counts: { created: 2, failed: 0 } });
    expect(byName('Søren Kierkegaard-Lund')).toMatchObject({
      emails: ['soren@lund.example', 'soren.lund@work.example'],
      company: 'Havnen Design ApS',
      title: 'Partner',
      location: 'Copenhagen',
      tags: ['friends'],
    });
    expect(byName('Priya Raman')).toMatchObject({ company: 'Tidal Systems', title: 'VP Engineering' });
  });

  it('German Thunderbird: Primäre E-Mail-Adresse, Privat: Ort, Arbeitstitel, a birthday in three columns', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'thunderbird-de.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const lukas = byName('Lukas Schröder');
    expect(lukas).toMatchObject({
      emails: ['lukas@schroeder.example', 'l.schroeder@uni.example'],
      company: 'Universität München',
      title: 'Doktorand',
      links: [{ kind: 'website', url: 'https://schroeder.example' }],
    });
    expect(lukas.phones).toHaveLength(2);
    expect(lukas.privateNotes).toContain('Birthday: 1994-02-28');
    expect(lukas.privateNotes).toContain('Nickname: Luki');
    expect(byName('Greta Jäger').privateNotes).toContain('Birthday: --09-01');
    expect(byName('Ohne Namen').emails).toEqual(['ohne.namen@post.example']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('Yahoo: First, Last, phone columns named only "Home" and "Work", Category, Comments', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'yahoo.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const chloe = byName('Chloé Martin');
    expect(chloe).toMatchObject({
      emails: ['chloe.martin@yahoo.example', 'chloe@martin.example'],
      phones: ['+1 415 555 0123', '+1 415 555 0124'],
      company: 'Martin & Vega',
      title: 'Architect',
      location: 'San Francisco, CA, United States',
      tags: ['family'],
      links: [{ kind: 'website', url: 'https://chloe.example' }],
    });
    expect(chloe.privateNotes).toContain('Birthday: 1985-07-19');
    expect(byName('Olu Adeyemi').phones).toEqual(['+234 1 555 0100']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });
});

const THUNDERBIRD: ProgramFileCase[] = [
  {
    program: 'English Thunderbird: Primary Email, Work City, a birthday in three columns',
    file: 'thunderbird-en.csv',
    format: 'thunderbird',
    created: 3,
    people: {
      'Siân Llewellyn': {
        emails: ['sian@llewellyn.example', 'sian.l@uni.example'],
        phones: ['+44 29 2018 0123', '+44 7700 900123'],
        company: 'Cardiff School of Art',
        title: 'Lecturer',
        location: 'Cardiff, Wales',
        links: [{ kind: 'website', url: 'https://llewellyn.example' }],
        notes: ['Runs the print studio, "happy" to host visits.', 'Birthday: 1979-08-14'],
      },
      'Kofi Boateng': { location: 'Accra, Ghana', phones: ['+233 24 555 0100'] },
      'Only Mail': { emails: ['only.mail@post.example'] },
    },
  },
  {
    program:
      'French Thunderbird: Nom à afficher, Première adresse électronique, Tél. professionnel, Mois, Jour',
    file: 'thunderbird-fr.csv',
    created: 3,
    people: {
      'Gaëlle Le Goff': {
        emails: ['gaelle@legoff.example', 'g.legoff@mairie.example'],
        phones: ['02 98 55 01 23', '06 55 01 23 45'],
        company: 'Mairie de Brest',
        title: 'Cheffe de projet',
        location: 'Brest, France',
        links: [{ kind: 'website', url: 'https://legoff.example' }],
        notes: [
          'Connaît toutes les associations du Finistère; préfère les courriels.',
          'Birthday: 1985-06-21',
          'Nickname: Gaga',
          'Department: Culture',
          'Address: 3 rue de Siam, 29200 Brest',
        ],
      },
      'Hervé Marchetti': {
        emails: ['herve@marchetti.example'],
        phones: ['04 95 55 01 00'],
        location: 'Ajaccio, France',
        notes: ['Birthday: --12-03'],
      },
      'accueil@gite.example': { emails: ['accueil@gite.example'] },
    },
  },
];

describe('Thunderbird in English and French', () => {
  it.each(THUNDERBIRD)('$program', (c) => expectProgramFile(t, c));
});
