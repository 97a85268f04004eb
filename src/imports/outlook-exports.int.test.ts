// Outlook's CSV export in English, German, French, Spanish and Dutch (the headers are localised).
// Each fixture has the real header row or vCard layout of one program (test/fixtures/imports/SOURCES.md)
// and invented people; it is imported through POST /api/v1/imports with no format and no mapping, as a
// new user would, and each test says which fields must land where (issue 11).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { importProgramFile, unexpectedWarnings } from '../../test/imports';

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
