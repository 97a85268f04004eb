// Contact exports of CRMs and sales tools the earlier rounds did not cover: Attio, folk, Affinity,
// Apollo.io, lemlist, Less Annoying CRM, SuiteCRM and Agile CRM. Each fixture has the header row of one
// program (test/fixtures/imports/SOURCES.md) and invented people; it is imported with no format and no
// mapping, as a new user would, and each case says which fields must land where (issue 11).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { expectProgramFile, type ProgramFileCase } from '../../test/imports';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SALES_TOOLS: ProgramFileCase[] = [
  {
    program:
      'Attio: "Email addresses" and "Phone numbers" in one cell each, Primary location, a Twitter column of links',
    file: 'attio.csv',
    created: 3,
    people: {
      'Léa Fontaine': {
        emails: ['lea@fontaine.example', 'lea.f@mail.example'],
        phones: ['+33 6 55 01 23 45'],
        company: 'Fontaine Studio',
        title: 'Founder',
        location: 'Paris, France',
        links: [
          { kind: 'twitter', url: 'https://x.com/leafontaine' },
          { kind: 'linkedin', url: 'https://www.linkedin.com/in/leafontaine' },
        ],
        notes: ['Met at Station F; wants US intros,\nespecially fintech'],
      },
      'Kenji Watanabe': { company: 'Watanabe Labs', title: 'CTO', location: 'Osaka, Japan', phones: [] },
      'Maria Gomez': { emails: ['maria.gomez@inbox.example'] },
    },
  },
  {
    program:
      'folk: lower-case and camelCase headers, plural "companies" and "urls", a createdAt in milliseconds is no phone',
    file: 'folk.csv',
    created: 3,
    people: {
      'Zainab Adeyemi-Okafor': {
        emails: ['zainab@lagosfood.example', 'z.okafor@mail.example'],
        phones: ['+234 803 555 0101'],
        company: 'Lagos Food Co.',
        title: 'Co-founder',
        tags: ['investors', 'food'],
        links: [{ kind: 'website', url: 'https://lagosfood.example' }],
        notes: [
          'Looking for cold-chain partners',
          'Birthday: 1989-02-17',
          '12 Admiralty Way, Lekki, Lagos, Nigeria',
        ],
      },
      'Matteo Ricci': {
        phones: ['+39 02 555 0123'],
        company: 'Studio Ricci',
        title: 'Architect',
        tags: ['design'],
      },
      'Sam Taylor': { emails: ['sam.taylor@mail.example'], phones: [] },
    },
  },
  {
    program: 'Affinity: Organizations, Job Titles, Phone Numbers (plural headers), a Person Id',
    file: 'affinity.csv',
    created: 3,
    people: {
      'Ingrid Halvorsen': {
        emails: ['ingrid@nordvest.example', 'ingrid.h@mail.example'],
        phones: ['+47 22 55 01 23'],
        company: 'Nordvest Capital',
        title: 'Partner',
        location: 'Oslo, Norway',
      },
      'Tomás Ferreira': {
        company: 'Ferreira & Filhos, Lda',
        title: 'Managing Director',
        location: 'Porto, Portugal',
      },
      'team@fund.example': { emails: ['team@fund.example'], phones: [] },
    },
  },
  {
    program:
      'Apollo.io: "Email Status" and "Company Name for Emails" are no emails, "# Employees" no phone, Person Linkedin Url',
    file: 'apollo.csv',
    created: 2,
    people: {
      'Rachel Goldberg': {
        emails: ['rachel@brightline.example'],
        phones: ['+1 617 555 0142', '+1 617 555 0199'],
        company: 'Brightline Data, Inc.',
        title: 'VP Engineering',
        location: 'Boston, Massachusetts, United States',
        tags: ['boston q3', 'data leaders'],
        links: [
          { kind: 'website', url: 'http://www.brightline.example' },
          { kind: 'linkedin', url: 'http://www.linkedin.com/in/rachelgoldberg' },
        ],
        notes: ['Department: Engineering'],
      },
      'Olusegun Bello': {
        emails: [],
        phones: ['+234 805 555 0123'],
        company: 'Kora Pay',
        title: 'Head of Sales',
        location: 'Lagos, Lagos State, Nigeria',
      },
    },
  },
  {
    program: 'lemlist: camelCase headers; a picture’s web address is no website',
    file: 'lemlist.csv',
    created: 3,
    people: {
      'Ana Silva': {
        emails: ['ana.silva@vinho.example'],
        phones: ['+351 21 555 0123'],
        company: 'Vinho Verde Lda',
        title: 'Export Manager',
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/anasilva' }],
      },
      'Piotr Nowak': {
        company: 'Kraków Soft',
        title: 'CEO',
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/piotrnowak' }],
      },
      'Reply Only': { emails: ['reply.only@mail.example'] },
    },
  },
  {
    program:
      'Less Annoying CRM: Full Name beside its parts, "Email 1 Type", "Address 1 City", Background Info, Groups',
    file: 'less-annoying-crm.csv',
    created: 3,
    people: {
      'Dolores Ortega': {
        emails: ['dolores@ortega.example', 'dolores.o@mail.example'],
        phones: ['+1 505 555 0134', '+1 505 555 0135'],
        company: 'Ortega Landscaping',
        title: 'Owner',
        location: 'Santa Fe, NM, United States',
        tags: ['clients', 'referral partners'],
        links: [{ kind: 'website', url: 'https://ortega.example' }],
        notes: ['Referred by the Garden Club; wants quarterly check-ins', 'Birthday: 1970-08-22'],
      },
      'Theo Brandt': { title: 'Consultant', location: 'Denver, CO, United States' },
      'Hello There': { emails: ['hello.there@mail.example'] },
    },
  },
  {
    program:
      'SuiteCRM: "Primary Address …" columns, "Non Primary E-mails", Birthdate; flags and ids are no phones',
    file: 'suitecrm.csv',
    created: 3,
    people: {
      'Gwen Llewellyn-Price': {
        emails: ['gwen@bute.example', 'g.price@mail.example', 'gwen.lp@home.example'],
        phones: ['+44 7700 900456', '+44 29 2018 0456'],
        company: 'Bute Estates Ltd',
        title: 'Procurement Officer',
        location: 'Cardiff, United Kingdom',
        notes: ['Prefers email.\nBudget approved for 2025', 'Birthday: 1983-10-30', 'Department: Facilities'],
      },
      'Rahul Mehta': {
        phones: ['+91 22 5555 0123'],
        company: 'Mehta Analytics',
        title: 'Analyst',
        location: 'Mumbai, Maharashtra, India',
      },
      'Lead Only': { emails: ['lead.only@mail.example'], phones: [] },
    },
  },
  {
    program: 'Agile CRM: "Email(work)", "Website(LINKEDIN)", a Created Date in milliseconds is no phone',
    file: 'agile-crm.csv',
    created: 3,
    people: {
      'Hannah Schmidt': {
        emails: ['hannah@alpen.example', 'hannah.s@mail.example'],
        phones: ['+49 89 55550123', '+49 1515 5550123'],
        company: 'Alpen Outdoor GmbH',
        title: 'Einkaufsleiterin',
        location: 'München, Bayern, Germany',
        tags: ['wholesale', 'trade-fair'],
        links: [
          { kind: 'website', url: 'https://alpen.example' },
          { kind: 'twitter', url: 'https://twitter.com/hannahalpen' },
          { kind: 'linkedin', url: 'https://www.linkedin.com/in/hannahschmidt' },
        ],
      },
      'Kwame Owusu': {
        emails: ['kwame@owusu.example'],
        phones: ['+233 24 555 0100'],
        company: 'Owusu Cocoa',
        title: 'Founder',
        location: 'Kumasi, Ghana',
        tags: ['cocoa'],
      },
      'Just Email': { emails: ['just.email@mail.example'], phones: [] },
    },
  },
];

describe('CRM and sales-tool exports (third round)', () => {
  it.each(SALES_TOOLS)('$program', (c) => expectProgramFile(t, c));
});
