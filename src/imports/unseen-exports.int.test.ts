// Exports of programs no earlier test covered, written from memory for the "first hour" check (issue 11's
// outside check, fourth round): each fixture has the program's header row, its encoding, separator and line
// endings, and invented people (test/fixtures/imports/SOURCES.md). Imported with no format and no mapping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { expectProgramFile, importProgramFile, type ProgramFileCase } from '../../test/imports';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PROGRAMS: ProgramFileCase[] = [
  {
    program:
      'Excel 2011 for Mac "CSV (Macintosh)": Mac Roman, CR line endings, a birthday as Excel\'s serial number',
    file: 'excel-mac-roman.csv',
    created: 2,
    people: {
      'Zoë Ångström': {
        emails: ['zoe@angstrom.example'],
        phones: ['+46 8 555 010 20'],
        company: 'Ångström & Söner',
        notes: ['Birthday: 1980-03-03'],
      },
      'François Dubœuf': { company: 'Dubœuf Frères', notes: ['Birthday: 1979-12-25'] },
    },
  },
  {
    program: 'MailerLite subscribers: "Name" beside "Last name" is the first name; Subscriber is the email',
    file: 'mailerlite.csv',
    created: 2,
    people: {
      'Yusuf Demir': {
        emails: ['yusuf@istanbul.example'],
        phones: ['+90 532 555 01 23'],
        company: 'Demir Tekstil',
        tags: ['newsletter', 'customers'],
      },
      'Hana Nováková': { emails: ['hana@praha.example'], location: 'Prague, Czech Republic' },
    },
  },
  {
    program: 'Calendly invitees: "Invitee Name", "Invitee First Name", "Invitee Email", Text Reminder Number',
    file: 'calendly-invitees.csv',
    created: 2,
    people: {
      'Priya Raghunathan': { emails: ['priya@chennai-ai.example'], phones: ['+91 98765 43210'] },
      'Mateo García': { emails: ['mateo@bogota.example'] },
    },
  },
  {
    program:
      'LibreOffice Calc (semicolons): "Name (Last, First)" with particles, two emails split by "; " and " / ", an ISO birthday with a time, "Web"',
    file: 'libreoffice-calc.csv',
    created: 2,
    people: {
      'María de la Cruz': {
        emails: ['maria@delacruz.example', 'm.cruz@gmail.example'],
        phones: ['+34 612 34 56 78'],
        company: 'Cruz Abogados',
        title: 'Socia',
        links: [{ kind: 'website', url: 'https://www.delacruz.example' }],
        notes: ['Birthday: 1980-03-03'],
      },
      'Ahmad bin Abdullah': {
        emails: ['ahmad@kl-ventures.example', 'ahmad.abdullah@mail.example'],
        company: 'KL Ventures',
        notes: ['Birthday: 1975-11-20'],
      },
    },
  },
  {
    program:
      'Google Forms responses: birthdays written "3rd March 1980" and "March 3", LinkedIn without a scheme',
    file: 'google-forms.csv',
    created: 2,
    people: {
      'Prof. Ngozi Okonjo': {
        company: 'Abuja Health',
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/ngozi-okonjo/' }],
        notes: ['Birthday: 1980-03-03'],
      },
      'Lars Eriksson Jr.': { emails: ['lars@fjord.example'], notes: ['Birthday: --03-03'] },
    },
  },
  {
    program: 'Stripe customers: "Shipping Address …" columns, whose postal code "150-0002" is no phone',
    file: 'stripe-customers.csv',
    created: 2,
    people: {
      'Kenji Sato': {
        emails: ['kenji@sato-design.example'],
        phones: ['+81 90 1234 5678'],
        location: 'Tokyo, Tokyo, Japan',
        notes: ['Annual plan since 2023'],
      },
      'Oluwaseun Adeyemi': { emails: ['olu@lagos-foods.example'], phones: [] },
    },
  },
  {
    program: 'Freshdesk contacts: "Tag names", "Background information", a phone with "ext. 7"',
    file: 'freshdesk-contacts.csv',
    created: 2,
    people: {
      'Sir Richard Branson': { tags: ['vip', 'media'], notes: ['Kite surfer'] },
      'Chidi Anagonye, PhD': { phones: ['+1 617 555 0142 x7'], tags: ['academia'] },
    },
  },
];

describe('exports of programs not seen before, written from memory', () => {
  it.each(PROGRAMS)('$program', (c) => expectProgramFile(t, c));
});

describe('Microsoft Entra ID "Download users" (UTF-8 with a BOM, CRLF)', () => {
  it('imports a guest whose userPrincipalName ("…#EXT#@…") is no address the API stores: that address is skipped and said so, the person is not failed', async () => {
    const { result, byName, warnings } = await importProgramFile(t, 'contacts-csv', 'entra-users.csv');
    expect(result).toMatchObject({ status: 'succeeded', counts: { created: 2, failed: 0 } });
    expect(byName('Bob Okafor').emails).toEqual(['bob@partner.example']);
    expect(byName('Siti binti Rahman')).toMatchObject({
      emails: ['siti.rahman@contoso.example'],
      phones: ['+60 3 5555 0100', '+60 12 555 0101'],
      company: 'Contoso',
      title: 'Finance Manager',
    });
    expect(warnings).toEqual([
      '"guest_bob#EXT#@contoso.onmicrosoft.example" is not an email address; skipped',
    ]);
  });
});
