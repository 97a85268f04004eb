// Outlook's CSV export in English, German, French, Spanish and Dutch (the headers are localised).
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

describe('Outlook exports in five languages import without a mapping', () => {
  it('English (Windows-1252, the known Outlook layout): courtesy title out of the name, US dates', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'outlook-en.csv');
    expect(result).toMatchObject({
      status: 'succeeded',
      format: 'outlook',
      counts: { created: 2, failed: 0 },
    });
    expect(byName('Renée Dubois')).toMatchObject({
      emails: ['renee.dubois@lumen.example'],
      phones: ['+1 617 555 0199', '+1 617 555 0142'],
      company: 'Lumen Optics',
      title: 'Account Director',
      location: 'Boston, MA, United States',
      tags: ['clients', 'boston'],
      links: [{ kind: 'website', url: 'https://www.lumen.example' }],
    });
    expect(byName('Renée Dubois').privateNotes).toContain('Met at the optics fair, "very" responsive');
    expect(byName('Renée Dubois').privateNotes).toContain('Birthday: 1982-04-17');
    expect(byName('Tariq Haddad').emails).toEqual(['tariq@haddad.example']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('German (Windows-1252): Vorname, Nachname, E-Mail-Adresse, Telefon geschäftlich, Ort geschäftlich, 3.7.1975', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'outlook-de.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const joerg = byName('Jörg Weißmann');
    expect(joerg).toMatchObject({
      emails: ['joerg.weissmann@soehne.example', 'joerg@weissmann.example'],
      company: 'Weißmann & Söhne KG',
      title: 'Einkaufsleiter',
      location: 'Düsseldorf, Deutschland',
      tags: ['lieferanten', 'rheinland'],
      links: [{ kind: 'website', url: 'https://soehne.example' }],
    });
    expect(joerg.phones).toHaveLength(2);
    expect(joerg.privateNotes).toContain('Kennt die halbe Branche, "Duzen" ist ok.\nLieber morgens anrufen.');
    expect(joerg.privateNotes).toContain('Birthday: 1975-07-03');
    expect(joerg.privateNotes).toContain('Address: Königsallee 12, 40212 Düsseldorf, Deutschland');
    expect(byName('Anneliese Öztürk')).toMatchObject({
      emails: ['anneliese@oeztuerk.example'],
      phones: ['0221 555 0123'],
    });
    expect(byName('Nur Eine Adresse').emails).toEqual(['nur.eine.adresse@post.example']);
    // The display-name columns ("E-Mail: Angezeigter Name") and Outlook's "0.0.00" are no addresses or dates.
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('French (UTF-8 with BOM): two "Titre" columns, the courtesy title then the job, and 23/11/1986', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'outlook-fr.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const elodie = byName('Élodie Lefèvre-Garnier');
    expect(elodie).toMatchObject({
      emails: ['elodie@garnier.example'],
      phones: ['+33 3 88 00 12 34', '+33 6 98 76 54 32'],
      company: 'Atelier Garnier',
      title: 'Directrice artistique',
      location: 'Strasbourg, France',
      tags: ['artisans', 'alsace'],
      links: [{ kind: 'website', url: 'https://www.garnier.example' }],
    });
    expect(elodie.privateNotes).toContain('Rencontrée au salon, très réactive');
    expect(elodie.privateNotes).toContain('Birthday: 1986-11-23');
    // The column's other date settles the order: 05/02/1990 is the 5th of February.
    expect(byName('Benoît Chevalier')).toMatchObject({ title: 'Mécanicien', phones: ['04 78 00 11 22'] });
    expect(byName('Benoît Chevalier').privateNotes).toContain('Birthday: 1990-02-05');
    expect(byName('contact@boulangerie.example').emails).toEqual(['contact@boulangerie.example']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('Spanish (Windows-1252, partly English headers): Nombre, Apellidos, Puesto, Calle del trabajo, 15/8/1979', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'outlook-es.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const mj = byName('María José Núñez Peña');
    expect(mj).toMatchObject({
      emails: ['mj.nunez@bodegas.example'],
      phones: ['+34 941 00 11 22', '+34 600 11 22 33'],
      company: 'Bodegas Núñez',
      title: 'Directora comercial',
      location: 'Logroño, La Rioja, España',
      tags: ['vino', 'proveedores'],
      links: [{ kind: 'website', url: 'https://bodegas.example' }],
    });
    expect(mj.privateNotes).toContain('Birthday: 1979-08-15');
    expect(mj.privateNotes).toContain('Address: Calle Mayor 10, 26001 Logroño La Rioja, España');
    expect(byName('Iñaki Etxeberria')).toMatchObject({ title: 'Chef', phones: ['+34 943 55 66 77'] });
    expect(byName('Hola').emails).toEqual(['hola@taller.example']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('Dutch (Windows-1252): Voornaam, Middelste naam, Werkadres, plaats, Land/regio (werk), 31-12-1980', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'outlook-nl.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const joost = byName('Joost van Dijk');
    expect(joost).toMatchObject({
      emails: ['joost@dijklogistiek.example'],
      company: 'Dijk Logistiek B.V.',
      title: 'Planner',
      location: 'Rotterdam, Nederland',
      tags: ['logistiek'],
      links: [{ kind: 'website', url: 'https://www.dijklogistiek.example' }],
    });
    expect(joost.phones).toHaveLength(2);
    expect(joost.privateNotes).toContain('Kent iedereen in de haven');
    expect(joost.privateNotes).toContain('Birthday: 1980-12-31');
    expect(byName('Eline Bakker').privateNotes).toContain('Birthday: 1992-04-07');
    expect(byName('info@bloemen.example').emails).toEqual(['info@bloemen.example']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });
});

const MORE_LOCALES: ProgramFileCase[] = [
  {
    program:
      'Italian (Windows-1252): "Sig.ra", Posizione, Via (uff.), Città (uff.), Indirizzo posta elettronica, 24/03/1981',
    file: 'outlook-it.csv',
    created: 3,
    people: {
      'Giulia Ferraris': {
        emails: ['giulia@ferraris.example', 'g.ferraris@casa.example'],
        phones: ['+39 011 555 0123', '+39 347 555 0123'],
        company: 'Ferraris & Figli S.r.l.',
        title: 'Responsabile acquisti',
        location: 'Torino, TO, Italia',
        tags: ['fornitori', 'piemonte'],
        links: [{ kind: 'website', url: 'https://ferraris.example' }],
        notes: [
          'Conosce tutti i produttori di nocciole.\nChiamare al mattino, "sempre" gentile.',
          'Birthday: 1981-03-24',
          'Department: Acquisti',
          'Address: Via Garibaldi 7, 10122 Torino TO, Italia',
        ],
      },
      'Dott. Niccolò Esposito': {
        emails: ['niccolo@esposito.example'],
        title: 'Medico',
        phones: ['081 555 0199'],
      },
      'info@enoteca.example': { emails: ['info@enoteca.example'] },
    },
  },
  {
    program:
      'Brazilian Portuguese (Windows-1252): Sobrenome, Cargo, Rua Comercial, Endereço de Email, Anotações, 30/4/1987',
    file: 'outlook-pt-br.csv',
    created: 3,
    people: {
      'Conceição Gonçalves': {
        emails: ['conceicao@acai.example'],
        phones: ['+55 11 5555 0123', '+55 11 95555 0123'],
        company: 'Açaí Brasil Ltda.',
        title: 'Gerente de contas',
        location: 'São Paulo, SP, Brasil',
        tags: ['clientes', 'varejo'],
        links: [{ kind: 'website', url: 'https://acai.example' }],
        notes: [
          'Prefere WhatsApp, responde rápido.',
          'Birthday: 1987-04-30',
          'Department: Vendas',
          'Address: Av. Paulista, 1000 Conjunto 12, 01310-100 São Paulo SP, Brasil',
        ],
      },
      'João Pedro Magalhães': {
        emails: ['jp@magalhaes.example'],
        title: 'Engenheiro',
        phones: ['+55 81 5555 0100'],
      },
      // A role's mailbox ("contato") names no one: the address stays the name.
      'contato@padaria.example': { emails: ['contato@padaria.example'] },
    },
  },
  {
    program:
      'Polish (Windows-1250, the ANSI code page of a Polish Windows): Imię, Nazwisko, Stanowisko, Adres e-mail, 2.11.1979',
    file: 'outlook-pl.csv',
    created: 3,
    people: {
      'Małgorzata Wiśniewska-Żak': {
        emails: ['malgorzata@mlyny.example'],
        phones: ['+48 42 555 01 23', '+48 601 555 012'],
        company: 'Łódzkie Młyny Sp. z o.o.',
        title: 'Kierowniczka zakupów',
        location: 'Łódź, łódzkie, Polska',
        tags: ['dostawcy'],
        links: [{ kind: 'website', url: 'https://mlyny.example' }],
        notes: [
          'Zna wszystkich piekarzy w regionie; dzwonić przed południem.',
          'Birthday: 1979-11-02',
          'Department: Zakupy',
        ],
      },
      'Grzegorz Brzęczyszczykiewicz': {
        emails: ['grzegorz@brzeczy.example'],
        title: 'Programista',
        location: 'Kraków, Polska',
        phones: ['+48 512 555 987'],
      },
      'biuro@piekarnia.example': { emails: ['biuro@piekarnia.example'] },
    },
  },
  {
    program:
      'Swedish (Windows-1252): Förnamn, Efternamn, Befattning, "Postort, arbete", E-postadress, 1983-05-17',
    file: 'outlook-sv.csv',
    created: 3,
    people: {
      'Åsa Lindqvist': {
        emails: ['asa@kvarn.example'],
        phones: ['+46 19 555 01 23', '+46 70 555 01 99'],
        company: 'Örebro Kvarn AB',
        title: 'Inköpschef',
        location: 'Örebro, Sverige',
        tags: ['leverantörer'],
        links: [{ kind: 'website', url: 'https://kvarn.example' }],
        notes: [
          'Vill träffa bagerier i Göteborg, "gärna" i vår.',
          'Birthday: 1983-05-17',
          'Department: Inköp',
          'Address: Storgatan 5, 702 10 Örebro, Sverige',
        ],
      },
      'Björn Öberg': {
        emails: ['bjorn@oberg.example'],
        title: 'Snickare',
        location: 'Umeå, Sverige',
        phones: ['090-555 01 00'],
      },
      'kontakt@bageri.example': { emails: ['kontakt@bageri.example'] },
    },
  },
];

describe('Outlook exports in Italian, Brazilian Portuguese, Polish and Swedish import without a mapping', () => {
  it.each(MORE_LOCALES)('$program', (c) => expectProgramFile(t, c));
});
