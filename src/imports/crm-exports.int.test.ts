// Contact exports of CRMs and mailing-list services: HubSpot, Salesforce, Zoho, Pipedrive, Mailchimp.
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

describe('CRM and mailing-list exports', () => {
  it('HubSpot: a numeric "Record ID" is no phone; State/Region, Country/Region, Website URL', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'hubspot.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    expect(byName('Zoë Kowalczyk')).toMatchObject({
      emails: ['zoe@kowalczyk.example'],
      phones: ['+48 22 555 01 23', '+48 600 555 012'],
      company: 'Wisła Robotics',
      title: 'CTO',
      location: 'Warszawa, Mazowieckie, Poland',
      links: [{ kind: 'website', url: 'https://wisla.example' }],
    });
    expect(byName("Marcus O'Neill")).toMatchObject({ company: 'Harbour, Reed & Co', phones: [] });
    expect(byName('Events').phones).toEqual([]);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('Salesforce: Salutation, Account Name, "Mailing …" address columns with a line break in the street', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'salesforce.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const hakon = byName('Håkon Berg');
    expect(hakon).toMatchObject({
      emails: ['hakon.berg@fjord.example'],
      company: 'Fjord Energy AS',
      title: 'Head of Procurement',
      location: 'Bergen, Vestland, Norway',
    });
    expect(hakon.phones).toHaveLength(2);
    expect(hakon.privateNotes).toContain('Decision maker for the 2025 tender');
    expect(hakon.privateNotes).toContain('Birthday: 1977-01-30');
    expect(byName('Dr. Amélie Roux')).toMatchObject({ company: 'Institut Roux', title: 'Researcher' });
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('Zoho CRM: "Email Opt Out" is no email column; Full Name, Mailing address, Tag', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'zoho.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const tomasz = byName('Tomasz Wójcik');
    expect(tomasz).toMatchObject({
      emails: ['tomasz@balticfreight.example', 't.wojcik@mail.example'],
      company: 'Baltic Freight',
      title: 'Operations Manager',
      location: 'Gdańsk, Poland',
      tags: ['logistics', 'priority'],
    });
    expect(tomasz.privateNotes).toContain('Birthday: 1983-09-14');
    expect(byName('Aiko Tanaka')).toMatchObject({
      emails: ['aiko@sakura.example'],
      company: 'Sakura Design',
    });
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('Pipedrive: every column prefixed "Person - "', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'pipedrive.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const fatima = byName('Fatima Al-Sayed');
    expect(fatima).toMatchObject({
      emails: ['fatima@oasis.example', 'fatima.alsayed@home.example'],
      phones: ['+971 4 555 0100', '+971 50 555 0101'],
      company: 'Oasis Ventures',
      title: 'Managing Partner',
      tags: ['hot lead', 'investor'],
    });
    expect(fatima.privateNotes).toContain('Intro via the Gulf founders dinner');
    expect(fatima.privateNotes).toContain('Birthday: 1981-10-03');
    expect(fatima.privateNotes).toContain('Dubai Marina, Dubai, United Arab Emirates');
    expect(byName('Björn Larsson').emails).toEqual(['bjorn@larsson.example']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });

  it('Mailchimp audience: quoted tags in one cell, a birthday without a year (03/14), a country code', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'mailchimp.csv');
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 3, failed: 0 } });
    const noemie = byName('Noémie Petit');
    expect(noemie).toMatchObject({
      emails: ['noemie@petitpain.example'],
      phones: ['+33 1 55 55 01 23'],
      company: 'Petit Pain',
      tags: ['bakers', 'newsletter'],
    });
    expect(noemie.privateNotes).toContain('Wants wholesale flour');
    expect(noemie.privateNotes).toContain('Birthday: --03-14');
    expect(byName('Dev Kumar').emails).toEqual(['dev@kumar.example']);
    expect(byName('Only Subscriber').emails).toEqual(['only.subscriber@list.example']);
    expect(unexpectedWarnings(warnings)).toEqual([]);
  });
});

const MORE_CRMS: ProgramFileCase[] = [
  {
    program: 'Dynamics 365: "(Do Not Modify)" columns, Full Name, Account Name, "Address 1: City"',
    file: 'dynamics365.csv',
    created: 3,
    people: {
      'Ingrid Solberg': {
        emails: ['ingrid.solberg@nordkapp.example'],
        phones: ['+47 22 55 01 23', '+47 91 25 50 12'],
        company: 'Nordkapp Shipping ASA',
        title: 'Fleet Manager',
        location: 'Oslo, Norway',
        notes: ['Address: Karl Johans gate 12, 0154 Oslo, Norway'],
      },
      'Rafael Domínguez': {
        company: 'Domínguez, Ruiz y Asociados',
        title: 'Socio',
        location: 'Sevilla, Andalucía, Spain',
      },
      'procurement@harbour.example': { emails: ['procurement@harbour.example'] },
    },
  },
  {
    program:
      'Odoo: Related Company, Job Position, Street2, Zip, comma-separated Tags; a company row is no person',
    file: 'odoo.csv',
    created: 2,
    organisations: ['Brouwerij De Kat'],
    people: {
      'Chloé Vandermeersch': {
        emails: ['chloe@dekat.example'],
        phones: ['+32 9 555 01 23', '+32 470 55 01 23'],
        company: 'Brouwerij De Kat',
        title: 'Brewmaster',
        location: 'Gent, Belgium',
        tags: ['supplier', 'beer'],
        links: [{ kind: 'website', url: 'https://dekat.example' }],
        notes: ['Wants to meet distributors in the Netherlands', 'Address: Veldstraat 10'],
      },
      'Ömer Yıldız': { title: 'Consultant', location: 'İzmir, Türkiye' },
    },
  },
  {
    program: 'Freshsales: Emails, "Work number", "Mobile number", Account name',
    file: 'freshsales.csv',
    created: 3,
    people: {
      'Priyanka Venkataraman': {
        emails: ['priyanka@chai.example'],
        phones: ['+91 80555 50123', '+91 98450 55012'],
        company: 'Chai Point Labs',
        title: 'Head of Growth',
        location: 'Bengaluru, Karnataka, India',
        tags: ['saas', 'inbound'],
      },
      'Diego Araya': { emails: ['diego@araya.example'], location: 'Santiago, Chile' },
      'hello@kiosk.example': { emails: ['hello@kiosk.example'] },
    },
  },
  {
    program: 'Copper: Full Name beside its parts, Work/Personal Email, LinkedIn, Details',
    file: 'copper.csv',
    created: 3,
    people: {
      'Aoife Gallagher': {
        emails: ['aoife@kelp.example', 'aoife.g@mail.example'],
        phones: ['+353 91 555 0123'],
        company: 'Atlantic Kelp Co.',
        title: 'COO',
        location: 'Galway, Ireland',
        tags: ['seaweed', 'investor-intro'],
        links: [
          { kind: 'website', url: 'https://kelp.example' },
          { kind: 'linkedin', url: 'https://www.linkedin.com/in/aoifegallagher' },
        ],
        notes: ['Raising a seed round in spring.'],
      },
      'Tevita Fifita': { phones: ['+64 21 555 0100'], company: 'Fifita Builders', title: 'Owner' },
      'orders@bakery.example': { emails: ['orders@bakery.example'] },
    },
  },
  {
    program:
      'Capsule: Title "Dr", Organisation, Email Address beside Work Email Address, Background; an organisation row is no person',
    file: 'capsule.csv',
    created: 2,
    organisations: ['Harbourside Biotech'],
    people: {
      'Dr Mei-Ling Tsai': {
        emails: ['meiling@tsai.example', 'm.tsai@harbourside.example'],
        phones: ['+61 2 5550 1234', '+61 412 555 012'],
        company: 'Harbourside Biotech',
        title: 'Principal Investigator',
        location: 'Sydney, NSW, Australia',
        tags: ['research', 'grants'],
        links: [{ kind: 'website', url: 'https://harbourside.example' }],
        notes: ['Looking for a clinical partner in Melbourne.'],
      },
      'Björk Sigurðardóttir': { location: 'Reykjavík, Iceland' },
    },
  },
  {
    program: 'Insightly: Salutation, Record ID, "Mailing Address City", Background, Date of Birth',
    file: 'insightly.csv',
    created: 3,
    people: {
      'Kwabena Asante': {
        emails: ['kwabena@volta.example'],
        phones: ['+233 30 255 0123', '+233 24 455 0123'],
        company: 'Volta Cocoa Ltd',
        title: 'Procurement Lead',
        location: 'Accra, Ghana',
        tags: ['cocoa', 'buyers'],
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/kwabena-asante' }],
        notes: [
          'Met at the cocoa summit; wants European buyers.',
          'Birthday: 1978-09-03',
          'Address: 12 Independence Ave, Accra, Ghana',
        ],
      },
      'Élise Nakamura-Roy': { title: 'Designer', location: 'Montréal, QC, Canada' },
      'contact@atelier.example': { emails: ['contact@atelier.example'] },
    },
  },
  {
    program: 'Close: snake_case columns, lead_display_name is the company, comma-separated emails and phones',
    file: 'close.csv',
    created: 3,
    people: {
      'Hemi Walker': {
        emails: ['hemi@kiwifin.example', 'hemi.walker@mail.example'],
        phones: ['+64 9 555 0123', '+64 21 555 0199'],
        company: 'Kiwi Fintech',
        title: 'CEO',
        links: [{ kind: 'website', url: 'https://kiwifin.example' }],
      },
      'Lotte Müller': { company: 'Müller & Söhne', title: 'Einkauf' },
      Solo: { emails: ['solo@lead.example'], company: 'Solo Lead' },
    },
  },
  {
    program: 'Brevo: EMAIL, FIRSTNAME, LASTNAME, mobiles under SMS, LANDLINE_NUMBER',
    file: 'brevo.csv',
    created: 3,
    people: {
      'Renée Caron': {
        emails: ['renee.caron@boulangerie.example'],
        phones: ['+33 6 12 34 56 78', '+33 1 45 55 01 23'],
        company: 'Boulangerie Caron',
        title: 'Gérante',
      },
      'Tobias Lindner': { phones: ['+49 1511 2345678'] },
      'Newsletter Only': { emails: ['newsletter.only@mail.example'] },
    },
  },
  {
    program: 'Constant Contact: "City - Home", "Street address line 1 - Home", "Phone - mobile", Email Lists',
    file: 'constant-contact.csv',
    created: 3,
    people: {
      'Marisol Peña': {
        emails: ['marisol@tacos.example'],
        phones: ['+1 512 555 0142'],
        company: 'Tacos Peña',
        title: 'Owner',
        location: 'Austin, TX, United States',
        tags: ['restaurants', 'austin'],
        notes: ['Birthday: --03-27', 'Address: 410 Congress Ave, 78701 Austin TX, United States'],
      },
      'Dmitri Orlov': { phones: ['+1 718 555 0190'], location: 'Brooklyn, NY, United States' },
      Subscriber: { emails: ['subscriber@inbox.example'] },
    },
  },
  {
    program: 'ActiveCampaign: Account is the company, an IP Address column is no phone',
    file: 'activecampaign.csv',
    created: 3,
    people: {
      'Yara Haddad': {
        emails: ['yara@haddad.example'],
        phones: ['+961 1 555 012'],
        company: 'Cedar Studio',
        // "Lists" is a tags column by the synonym table: the mailing lists a contact is on.
        tags: ['designers', 'beirut', 'newsletter'],
      },
      "Pete O'Connell": { company: "O'Connell & Daughters", phones: [] },
      'List Only': { emails: ['list.only@inbox.example'] },
    },
  },
  {
    program: 'Keap: Id, Phone 1/Phone 2, Street Address 1, Person Notes',
    file: 'keap.csv',
    created: 3,
    people: {
      'Nkechi Okonkwo': {
        emails: ['nkechi@okonkwo.example'],
        phones: ['+1 404 555 0167', '+1 404 555 0168'],
        company: 'Okonkwo Consulting',
        title: 'Principal',
        location: 'Atlanta, GA, United States',
        tags: ['coaching', 'referral'],
        notes: [
          'Referred by Tomás; prefers mornings.',
          'Birthday: 1982-11-05',
          'Address: 55 Peachtree St, 30303 Atlanta GA, United States',
        ],
      },
      'Lars Eriksen': { location: 'Aarhus, Denmark' },
      'Webinar Guest': { emails: ['webinar.guest@mail.example'] },
    },
  },
];

describe('more CRM and mailing-list exports', () => {
  it.each(MORE_CRMS)('$program', (c) => expectProgramFile(t, c));
});
