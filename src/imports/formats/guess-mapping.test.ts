// The header normaliser and the guessed mapping: example headers from the wild in seven languages, and
// properties that hold for any table (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MappingField, MULTI_FIELDS } from '../schema';
import {
  addressOfColumn,
  contentOf,
  correctMapping,
  dateOrderOf,
  fieldForHeader,
  guessMapping,
  isUsableMapping,
  normaliseHeader,
} from './guess-mapping';
import { HEADER_SYNONYMS } from './header-synonyms';

describe('normaliseHeader', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(normaliseHeader('E-Mail-Adresse')).toBe(normaliseHeader('e mail adresse'));
    expect(normaliseHeader('Prénom')).toBe('prenom');
    expect(normaliseHeader('  Straße ')).toBe('strasse');
    expect(normaliseHeader('Correo electrónico')).toBe('correoelectronico');
  });

  it('is idempotent and never keeps a space, a mark or an upper-case letter', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (h) => {
        const once = normaliseHeader(h);
        expect(normaliseHeader(once)).toBe(once);
        expect(once).not.toMatch(/[\s\p{M}\p{P}]/u);
        expect(once).toBe(once.toLowerCase());
      }),
    );
  });

  it('maps a header the same whatever its case, accents or punctuation', () => {
    const headers = Object.values(HEADER_SYNONYMS).flat();
    const variant = fc.tuple(
      fc.constantFrom(...headers),
      fc.constantFrom('upper', 'lower', 'dashes', 'dots'),
    );
    fc.assert(
      fc.property(variant, ([h, how]) => {
        const changed =
          how === 'upper'
            ? h.toUpperCase()
            : how === 'lower'
              ? h.toLowerCase()
              : h.replace(/ /g, how === 'dashes' ? '-' : '.');
        expect(fieldForHeader(changed)).toBe(fieldForHeader(h));
      }),
    );
  });
});

describe('fieldForHeader', () => {
  it('leaves out the type an app writes after a custom field, and only that: "Short Name" is not a name', () => {
    expect(fieldForHeader('Company (short text)')).toBe('company');
    expect(fieldForHeader('Email (email)')).toBe('email');
    expect(fieldForHeader('Role (short text)')).toBe('title');
    for (const header of ['Short Name', 'Long Description', 'Text', 'Stage (drop down)'])
      expect(fieldForHeader(header), header).toBeUndefined();
  });

  it.each([
    ['Display Name', 'name'],
    ['Nickname', 'nickname'],
    ['Email Home', 'email'],
    ['Email Work', 'email'],
    ['E-mail 2 Address', 'email'],
    ['E-mail 3 Address', 'email'],
    ['Primary Email', 'email'],
    ['Home Phone', 'phone'],
    ['Business Phone', 'phone'],
    ['Home Mobile', 'phone'],
    ['Work City', 'city'],
    ['Website Home Page', 'url'],
    ['Categories', 'tags'],
    ['Vorname', 'firstName'],
    ['Nachname', 'lastName'],
    ['Nom', 'lastName'],
    ['Prénom', 'firstName'],
    ['E-Mail-Adresse', 'email'],
    ['Téléphone', 'phone'],
    ['Telefon geschäftlich', 'phone'],
    ['Firma', 'company'],
    ['Société', 'company'],
    ['Apellido', 'lastName'],
    ['Correo electrónico', 'email'],
    ['Cognome', 'lastName'],
    ['Achternaam', 'lastName'],
    ['Sobrenome', 'lastName'],
    ['Código postal', 'postalCode'],
    ['Geburtstag', 'birthday'],
    ['LinkedIn Profile', 'linkedin'],
    ['Phone 1 - Value', 'phone'],
    // Outlook in German, Spanish, French and Dutch; Thunderbird in German
    ['Ort geschäftlich', 'city'],
    ['Privat: Ort', 'city'],
    ['Land/Region geschäftlich', 'country'],
    ['Bundesland/Kanton privat', 'region'],
    ['Weitere Vornamen', 'middleName'],
    ['Arbeitstitel', 'title'],
    ['Calle del trabajo', 'street'],
    ['Ciudad de trabajo', 'city'],
    ['Provincia o estado de trabajo', 'region'],
    ['País o región del trabajo', 'country'],
    ['Dép/Région (bureau)', 'region'],
    ['Pays/Région (bureau)', 'country'],
    ['Werkadres, straat', 'street'],
    ['Werkadres, plaats', 'city'],
    ['Ander adres, postcode', 'postalCode'],
    ['Land/regio (werk)', 'country'],
    ['Middelste naam', 'middleName'],
    ['Geburtsjahr', 'birthYear'],
    ['Geboortemaand', 'birthMonth'],
    // A repeated header, as the reader names it (French Outlook's second "Titre" is the job title)
    ['Titre (2)', 'title'],
    // CRMs: Salesforce, Zoho, HubSpot, Pipedrive
    ['Mailing Street', 'street'],
    ['Mailing Zip/Postal Code', 'postalCode'],
    ['Mailing State/Province', 'region'],
    ['Account Name', 'company'],
    ['State/Region', 'region'],
    ['Person - First name', 'firstName'],
    ['Person - Email - Work', 'email'],
    ['Person - Labels', 'tags'],
    // Outlook in Italian, Brazilian Portuguese, Polish and Swedish
    ['Via (uff.)', 'street'],
    ['CAP (ab.)', 'postalCode'],
    ['Posizione', 'title'],
    ['Indirizzo posta elettronica 2', 'email'],
    ['País/Região Comercial', 'country'],
    ['Segundo Nome', 'middleName'],
    ['Anotações', 'notes'],
    ['Drugie imię', 'middleName'],
    ['Kod pocztowy (firma)', 'postalCode'],
    ['Telefon służbowy', 'phone'],
    ['Gatuadress, arbete', 'street'],
    ['Postort, arbete', 'city'],
    ['E-postadress 2', 'email'],
    // French Thunderbird
    ['Nom à afficher', 'name'],
    ['Adresse privée', 'street'],
    ['Première adresse électronique', 'email'],
    ['Mois', 'birthMonth'],
    // an address's parts named after the address: Dynamics 365, Insightly, Shopify, Constant Contact
    ['Address 1: City', 'city'],
    ['Address 1: ZIP/Postal Code', 'postalCode'],
    ['Mailing Address Street', 'street'],
    ['Default Address Address1', 'street'],
    ['Default Address Company', 'company'],
    ['Default Address Province Code', 'region'],
    ['Street address line 1 - Home', 'street'],
    // other CRMs and desks
    ['Job Position', 'title'],
    ['Related Company', 'company'],
    ['lead_display_name', 'company'],
    ['Background', 'notes'],
    ['Person Notes', 'notes'],
    // a qualifier written onto a Japanese, Chinese or Korean word, or beside it
    ['会社電話', 'phone'],
    ['办公电话', 'phone'],
    ['집전화', 'phone'],
    ['番地 (会社)', 'street'],
    ['電子メール 2 アドレス', 'email'],
    // Russian, Turkish, Finnish and Norwegian Outlook, Bitrix24
    ['Страна или регион (раб. адрес)', 'country'],
    ['Рабочий e-mail', 'email'],
    ['Unvan', 'prefix'],
    ['İş Unvanı', 'title'],
    ['İŞ UNVANI', 'title'],
    ['Sähköposti 2 -osoite', 'email'],
    ['Gateadresse, arbeid', 'street'],
    // English plurals (Affinity, folk)
    ['Organizations', 'company'],
    ['Job Titles', 'title'],
    ['companies', 'company'],
    ['Email addresses', 'email'],
  ] as const)('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('does not take a column that describes another one (a type or a label) for its value', () => {
    expect(fieldForHeader('E-mail 1 - Label')).toBeUndefined();
    expect(fieldForHeader('Phone 1 - Type')).toBeUndefined();
    expect(fieldForHeader('Hotel')).toBeUndefined();
    expect(fieldForHeader('')).toBeUndefined();
    expect(fieldForHeader('Tipo de correo electrónico 2')).toBeUndefined();
    expect(fieldForHeader('Type de messagerie')).toBeUndefined();
    expect(fieldForHeader('E-Mail 2: Typ')).toBeUndefined();
  });

  it('takes a label in another language ("Etiqueta", "ラベル") after a column name for that column\'s label', () => {
    expect(fieldForHeader('Teléfono 1 - Etiqueta')).toBeUndefined();
    expect(fieldForHeader('住所 1 - ラベル')).toBeUndefined();
    expect(fieldForHeader('ラベル')).toBe('tags');
    expect(fieldForHeader('Etiquetas')).toBe('tags');
  });

  it('reads Xero\'s "POCity" as "PO City", and its bank and tax numbers as no phones', () => {
    expect(fieldForHeader('POCity')).toBe('city');
    expect(fieldForHeader('SAAddressLine1')).toBe('street');
    const { mapping } = guessMapping(
      ['*ContactName', 'BankAccountNumber', 'TaxNumber', 'AccountNumber', 'MobileNumber'],
      [['Harbour Lights', '12-3456-7890123-00', '123-456-789', '555-0100-22', '021 555 0199']],
    );
    expect(mapping.phone).toEqual(['MobileNumber']);
  });

  it('leaves out a "Location" of meeting places (video links, numbers, "Zoom") and an office beside an address', () => {
    const meetings = guessMapping(
      ['Invitee Name', 'Location'],
      [
        ['A', 'https://zoom.us/j/1'],
        ['B', 'Google Meet'],
        ['C', '+1 415 555 0100'],
        ['D', 'Zoom'],
      ],
    );
    expect(meetings.mapping.location).toBeUndefined();
    expect(meetings.mapping.url).toBeUndefined();
    expect(meetings.columns[1]?.reason).toMatch(/where a meeting is held/);
    const places = guessMapping(
      ['Name', 'Location'],
      [
        ['A', 'Berlin'],
        ['B', 'Zoom'],
      ],
    );
    expect(places.mapping.location).toBe('Location');
    const office = guessMapping(['displayName', 'officeLocation', 'city'], [['A', '18/2111', 'Seattle']]);
    expect(office.mapping.location).toBeUndefined();
    expect(guessMapping(['displayName', 'officeLocation'], [['A', 'Seattle']]).mapping.location).toBe(
      'officeLocation',
    );
  });

  it('reads no reading of a name ("名 (フリガナ)", Google\'s "Phonetic First Name") as the name or a phone', () => {
    expect(fieldForHeader('名 (フリガナ)')).toBeUndefined();
    expect(fieldForHeader('Phonetic First Name')).toBeUndefined();
  });

  it('tells an address written "Name <address>" by its cells', () => {
    expect(contentOf(['Jane Public <jane@public.example>', '<anon@inbox.example>'])).toBe('email');
  });

  it('reads no field into a header longer than any program writes', () => {
    expect(fieldForHeader(`Email ${'x'.repeat(300)}`)).toBeUndefined();
  });

  it('recognises every header in the synonym table', () => {
    for (const field of MappingField.options) {
      for (const synonym of HEADER_SYNONYMS[field] ?? []) expect(fieldForHeader(synonym)).toBeDefined();
    }
  });
});

describe('contentOf', () => {
  it('tells email addresses, web addresses, LinkedIn profiles and phone numbers by the cells', () => {
    expect(contentOf(['a@x.example', 'b@y.example', ''])).toBe('email');
    expect(contentOf(['https://x.example', 'www.y.example'])).toBe('url');
    expect(contentOf(['https://www.linkedin.com/in/ada'])).toBe('linkedin');
    expect(contentOf(['+44 20 7946 0000', '(757) 555-0100'])).toBe('phone');
  });

  it('reads a hostile megabyte cell in linear time', () => {
    const started = performance.now();
    expect(contentOf([`a@${'.'.repeat(1_000_000)}@`, `${'a.'.repeat(500_000)}`])).toBeUndefined();
    expect(fieldForHeader(`${'aB1-'.repeat(250_000)}`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('does not take dates, postcodes, IP addresses or words for phone numbers', () => {
    expect(contentOf(['203.0.113.10', '198.51.100.7'])).toBeUndefined();
    expect(contentOf(['1984-03-12', '2001-01-02'])).toBeUndefined();
    expect(contentOf(['E1 6AN', '28001'])).toBeUndefined();
    expect(contentOf(['Ada', 'Alan'])).toBeUndefined();
    expect(contentOf([])).toBeUndefined();
  });
});

const WILD = [
  'Display Name',
  'First Name',
  'Last Name',
  'Nickname',
  'Company',
  'Department',
  'Job Title',
  'Email Home',
  'Email Work',
  'Email Other',
  'Home Phone',
  'Business Phone',
  'Home Mobile',
  'Work City',
  'Birthday',
  'Notes',
  'Website Home Page',
  'Categories',
];

describe('guessMapping', () => {
  it('maps the generic export seen in the wild', () => {
    expect(guessMapping(WILD, []).mapping).toEqual({
      name: 'Display Name',
      firstName: 'First Name',
      lastName: 'Last Name',
      nickname: 'Nickname',
      company: 'Company',
      department: 'Department',
      title: 'Job Title',
      email: ['Email Home', 'Email Work', 'Email Other'],
      phone: ['Home Phone', 'Business Phone', 'Home Mobile'],
      city: 'Work City',
      birthday: 'Birthday',
      notes: ['Notes'],
      url: ['Website Home Page'],
      tags: ['Categories'],
    });
  });

  it('maps a column by its cells whatever its header', () => {
    const g = guessMapping(['Who', 'Contact info', 'Line'], [['Ada', 'ada@x.example', '+44 20 7946 0000']]);
    expect(g.mapping).toEqual({ email: ['Contact info'], phone: ['Line'] });
    expect(g.columns[1]).toEqual({
      column: 'Contact info',
      field: 'email',
      reason: 'values are email addresses',
    });
    expect(isUsableMapping(g.mapping)).toBe(true);
  });

  it('is not usable when no column can name or reach a person', () => {
    expect(isUsableMapping(guessMapping(['Kunde', 'Wert'], [['A', '17']]).mapping)).toBe(false);
  });

  it('maps any permutation of known headers the same way (each column keeps its field)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(WILD, { minLength: 1 }), (headers) => {
        const fields = new Map(guessMapping(WILD, []).columns.map((c) => [c.column, c.field]));
        for (const c of guessMapping(headers, []).columns) expect(c.field).toBe(fields.get(c.column));
      }),
    );
  });

  it('never gives a single-valued field two columns without saying which is left out and why', () => {
    const headers = Object.values(HEADER_SYNONYMS).flat();
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...headers), { maxLength: 30 }), (cols) => {
        const g = guessMapping(cols, []);
        for (const [field, value] of Object.entries(g.mapping)) {
          if (!MULTI_FIELDS.includes(field as MappingField)) expect(typeof value).toBe('string');
        }
        for (const c of g.columns) {
          const f = fieldForHeader(c.column);
          // A person-or-organisation column is taken only when its cells say so, and these have none.
          if (f === 'kind' && c.field === null)
            expect(c.reason).toBe('values do not say person or organisation');
          else if (f && !MULTI_FIELDS.includes(f) && c.field === null && normaliseHeader(c.column)) {
            expect(c.reason).toMatch(/is already the|same name comes first/);
          }
        }
        // Every column of the header is accounted for, in order.
        expect(g.columns.map((c) => c.column)).toEqual(cols);
      }),
    );
  });

  it('says which column takes a single-valued field when two name it', () => {
    const g = guessMapping(['Job Title', 'Position', 'Full Name', 'Display Name'], []);
    expect(g.mapping).toEqual({ title: 'Job Title', name: 'Full Name' });
    expect(g.columns[1]).toEqual({
      column: 'Position',
      field: null,
      reason: '“Job Title” is already the job title',
    });
    expect(g.columns[3]!.reason).toBe('“Full Name” is already the full name');
  });
});

describe('guessMapping from the cells of columns named by a word they contain', () => {
  it('leaves out a column whose header says email but whose cells are no addresses', () => {
    const g = guessMapping(
      ['E-Mail-Adresse', 'E-Mail: Angezeigter Name', 'Email Opt Out'],
      [
        ['jo@x.example', 'Jo Weiß (jo@x.example)', 'false'],
        ['an@y.example', 'An Öz (an@y.example)', 'true'],
      ],
    );
    expect(g.mapping).toEqual({ email: ['E-Mail-Adresse'] });
    expect(g.columns[1]).toEqual({
      column: 'E-Mail: Angezeigter Name',
      field: null,
      reason: 'values are not email addresses',
    });
  });

  it('keeps a column the synonym table names, whatever its cells (they are reported when read)', () => {
    expect(guessMapping(['Email'], [['n/a'], ['unknown']]).mapping).toEqual({ email: ['Email'] });
  });

  it('takes a "Title" column of courtesy titles for the name prefix, and one of jobs for the job title', () => {
    const rows = [
      ['Ms.', 'Director', 'FR'],
      ['Dr.', 'Engineer', 'DE'],
      ['Herr', 'Einkauf', 'FR'],
    ];
    const g = guessMapping(['Title', 'Job Title', 'CC'], rows);
    expect(g.mapping).toEqual({ prefix: 'Title', title: 'Job Title' });
    expect(g.columns[0]!.reason).toBe('values are courtesy titles');
    expect(guessMapping(['Title'], [['Director'], ['Engineer']]).mapping).toEqual({ title: 'Title' });
  });

  it('leaves out a "role" column of account roles (Zendesk\'s "end-user"), and keeps one of jobs', () => {
    const g = guessMapping(
      ['name', 'role'],
      [
        ['Ada', 'end-user'],
        ['Bo', 'Agent'],
        ['Cy', 'admin'],
      ],
    );
    expect(g.mapping).toEqual({ name: 'name' });
    expect(g.columns[1]!.reason).toBe('values are account roles in the program, not job titles');
    expect(
      guessMapping(
        ['name', 'role'],
        [
          ['Ada', 'end-user'],
          ['Bo', 'CFO'],
        ],
      ).mapping,
    ).toEqual({
      name: 'name',
      title: 'role',
    });
    expect(guessMapping(['Role'], [['Owner'], ['Editor']]).mapping).toEqual({ title: 'Role' });
  });

  it('takes a column that marks rows as people or organisations (Odoo, Capsule) only when its cells do', () => {
    const odoo = guessMapping(
      ['Name', 'Is a Company'],
      [
        ['Chloé', 'False'],
        ['Brouwerij De Kat', 'True'],
      ],
    );
    expect(odoo.mapping).toEqual({ name: 'Name', kind: 'Is a Company' });
    const capsule = guessMapping(
      ['Type', 'Organisation'],
      [
        ['Person', 'Acme'],
        ['Organisation', 'Acme'],
      ],
    );
    expect(capsule.mapping).toEqual({ kind: 'Type', company: 'Organisation' });
    // Odoo's newer export: "Company Type" is Individual or Company, never a company's name.
    expect(guessMapping(['Company Type'], [['Individual'], ['Company']]).mapping).toEqual({
      kind: 'Company Type',
    });
    const stages = guessMapping(
      ['Email', 'Type'],
      [
        ['a@x.example', 'Customer'],
        ['b@x.example', 'Lead'],
      ],
    );
    expect(stages.mapping).toEqual({ email: ['Email'] });
    expect(stages.columns[1]!.reason).toBe('values do not say person or organisation');
  });

  it('never takes an identifier column for phone numbers because its cells are digits', () => {
    const g = guessMapping(
      ['Record ID', 'Person - ID', 'Order #', 'Attendee #', 'Phone #'],
      [['51234001', '10234567', '8912345670', '10987654321', '+44 20 7946 0000']],
    );
    expect(g.mapping).toEqual({ phone: ['Phone #'] });
  });

  it('never takes a date or time column for phone numbers because its cells are digits', () => {
    const g = guessMapping(
      ['Created Date', 'createdAt', 'expiration-timestamp', 'Mobile'],
      [['1712345678000', '1712345678901', '1767225600', '+44 7700 900123']],
    );
    expect(g.mapping).toEqual({ phone: ['Mobile'] });
  });

  it('leaves out a column that names someone other than the contact ("Contact Owner") though it holds addresses', () => {
    const g = guessMapping(
      ['Email', 'Contact Owner', 'Created By'],
      [['ana@x.example', 'me@crm.example', 'admin@crm.example']],
    );
    expect(g.mapping).toEqual({ email: ['Email'] });
    expect(g.columns[1]).toMatchObject({ field: null, reason: 'names someone other than the contact' });
  });

  it("takes no picture's web address for the person's website", () => {
    const g = guessMapping(
      ['picture', 'Photo URL', 'site'],
      [['https://img.example/a.jpg', 'https://img.example/b.png?s=64', 'https://ana.example']],
    );
    expect(g.mapping).toEqual({ url: ['site'] });
  });

  it("takes no company's LinkedIn page or Sales Navigator lead for the person's profile", () => {
    const g = guessMapping(
      ['Company LinkedIn URL', 'Sales Navigator URL', 'Profile URL'],
      [
        [
          'https://www.linkedin.com/company/acme',
          'https://www.linkedin.com/sales/lead/ACwAAB1',
          'https://www.linkedin.com/in/ana-example',
        ],
      ],
    );
    expect(g.mapping).toEqual({ linkedin: 'Profile URL' });
    expect(g.columns[0]).toMatchObject({ field: null, reason: expect.stringMatching(/not profiles/) });
  });

  it('reads a qualifier written onto the field in capitals ("MAILINGCITY"), and no "MAILING…" as an email', () => {
    const header = [
      'EMAIL',
      'MAILINGSTREET',
      'MAILINGCITY',
      'MAILINGSTATE',
      'MAILINGPOSTALCODE',
      'MAILINGCOUNTRY',
    ];
    const g = guessMapping(header, [['ana@x.example', 'Main St 1', 'Oslo', '', '0154', 'Norway']]);
    expect(g.mapping).toEqual({
      email: ['EMAIL'],
      street: 'MAILINGSTREET',
      city: 'MAILINGCITY',
      region: 'MAILINGSTATE',
      postalCode: 'MAILINGPOSTALCODE',
      country: 'MAILINGCOUNTRY',
    });
    expect(addressOfColumn('MAILINGCITY')).toBe(addressOfColumn('Mailing City'));
    expect(addressOfColumn('OTHERCITY')).not.toBe(addressOfColumn('MAILINGCITY'));
  });

  it("takes no program's link (a QR code, a ticket) for the person's website", () => {
    const g = guessMapping(
      ['qr_code_url', 'Ticket URL', 'Website'],
      [['https://lu.ma/check-in/e?pk=1', 'https://tickets.example/t/9', 'https://ana.example']],
    );
    expect(g.mapping).toEqual({ url: ['Website'] });
  });

  it('takes no phone\'s country code for a phone, and a "state" of subscription states for no region', () => {
    const g = guessMapping(
      ['Phones / Primary Phone Number', 'Phones / Primary Phone Country Code', 'state', 'State/Region'],
      [['701234567', '+46', 'active', 'CA']],
    );
    expect(g.mapping).toEqual({ phone: ['Phones / Primary Phone Number'], region: 'State/Region' });
    expect(g.columns[2]).toMatchObject({
      field: null,
      reason: 'values are subscription states, not regions',
    });
  });

  it('reads a "Geburtstag" column of day numbers beside year and month as the day of birth', () => {
    const g = guessMapping(
      ['Geburtsjahr', 'Geburtsmonat', 'Geburtstag'],
      [
        ['1994', '2', '28'],
        ['', '9', '1'],
      ],
    );
    expect(g.mapping).toEqual({
      birthYear: 'Geburtsjahr',
      birthMonth: 'Geburtsmonat',
      birthDay: 'Geburtstag',
    });
    expect(guessMapping(['Geburtstag'], [['3.7.1975']]).mapping).toEqual({ birthday: 'Geburtstag' });
  });
});

describe('dateOrderOf', () => {
  it('reads the order from a date only one order can read', () => {
    expect(dateOrderOf('Birthday', ['1/2/1980', '15/8/1979'])).toBe('dmy');
    expect(dateOrderOf('Anniversaire', ['05/02/1990', '7/19/1985'])).toBe('mdy');
  });

  it('else from the header: an English birthday header is month first, any other day first', () => {
    expect(dateOrderOf('Birthday', ['1/2/1980'])).toBe('mdy');
    expect(dateOrderOf('Date of Birth', [])).toBe('mdy');
    expect(dateOrderOf('Date de naissance', ['02/03/1990'])).toBe('dmy');
    expect(dateOrderOf('Geburtstag', ['1/2/1980'])).toBe('dmy');
  });
});

describe('correctMapping', () => {
  it('applies a correction to one column and keeps the rest of the guess', () => {
    const guess = guessMapping(WILD, []).mapping;
    const fixed = correctMapping(WILD, guess, [
      { column: 'department', field: 'tags' },
      { column: 'Notes', field: null },
    ]);
    expect(fixed.tags).toEqual(['Department', 'Categories']);
    expect(fixed.department).toBeUndefined();
    expect(fixed.notes).toBeUndefined();
    expect(fixed.email).toEqual(guess.email);
  });

  it('moves a single-valued field to the corrected column', () => {
    const fixed = correctMapping(['Job Title', 'Position'], { title: 'Job Title' }, [
      { column: 'Position', field: 'title' },
    ]);
    expect(fixed).toEqual({ title: 'Position' });
  });
});
