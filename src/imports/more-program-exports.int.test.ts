// More programs' exports, written from memory for issue 11's outside check: a LinkedIn Sales Navigator
// lead list (the company's LinkedIn page beside the person's), Zoom and Monday exports with title lines
// above the header, and a Salesforce Data Loader export (API field names in capitals, "MAILINGSTREET").
// Each fixture has the program's header row and invented people (test/fixtures/imports/SOURCES.md); it is
// imported with no format and no mapping, as a new user would.
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
      'Sales Navigator lead list: "Company LinkedIn URL" is the company\'s page, "Profile URL" the person\'s; two leads at one company stay two people',
    file: 'sales-navigator-leads.csv',
    created: 3,
    people: {
      'Łukasz Wiśniewski': {
        emails: ['lukasz@krakowrobotics.example'],
        company: 'Kraków Robotics',
        title: 'VP Engineering',
        location: 'Kraków, Małopolskie, Poland',
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/lukasz-wisniewski-example' }],
      },
      'Agnieszka Zając': {
        company: 'Kraków Robotics',
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/agnieszka-zajac-example' }],
      },
      'Amara Okafor': {
        phones: ['+234 803 555 0199'],
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/amara-okafor-example' }],
      },
    },
  },
  {
    program:
      'Zoom webinar registrants: report and webinar lines, a blank line and "Registrant Report," above the header',
    file: 'zoom-webinar-registrants.csv',
    created: 2,
    people: {
      'Siobhán Kelly': {
        emails: ['siobhan@kellyandco.example'],
        phones: ['+353 87 555 0142'],
        company: 'Kelly & Co',
        title: 'Partner',
        location: 'Dublin, Ireland',
      },
      'Hiroshi Tanaka': { emails: ['h.tanaka@kaisha.example'], company: 'Kaisha KK', title: 'Engineer' },
    },
  },
  {
    program: "Monday.com board saved as CSV: the board's and the group's names on the lines above the header",
    file: 'monday-board.csv',
    created: 2,
    people: {
      'Chloé Martin': {
        emails: ['chloe@martin-capital.example'],
        phones: ['+33 6 98 76 54 32'],
        company: 'Martin Capital',
        notes: ['Likes climate'],
      },
      'Ravi Shah': { emails: ['ravi@shah.example'], company: 'Shah Family Office' },
    },
  },
  {
    program:
      'Salesforce Data Loader: API names in capitals, "MAILINGCITY" is the city and an empty "MAILINGSTATE" no email',
    file: 'salesforce-data-loader.csv',
    created: 2,
    people: {
      'Ingrid Sørensen': {
        emails: ['ingrid@fjord-logistics.example'],
        title: 'COO',
        location: 'Oslo, Norway',
        notes: ['Board member since 2021', 'Karl Johans gate 5'],
      },
      'Kwame Mensah': { emails: ['kwame.mensah@accra.example'], title: 'Analyst' },
    },
  },
  {
    program:
      'Luma guests: "Company / Organization" is the company, "qr_code_url" a check-in link and no website',
    file: 'luma-guests.csv',
    created: 2,
    people: {
      'Nguyễn Thị Lan': {
        emails: ['lan.nguyen@saigonai.example'],
        phones: ['+84 901 234 567'],
        company: 'Saigon AI',
        title: 'Founder',
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/lan-nguyen-example' }],
      },
      'Jean-Luc Moreau': {
        emails: ['jlmoreau@mail.example'],
        links: [{ kind: 'linkedin', url: 'https://linkedin.com/in/jlmoreau' }],
      },
    },
  },
  {
    program:
      'Twenty CRM people: "Name / First Name", "Name / Last Name", additional emails as a JSON array; a phone\'s country code is no phone',
    file: 'twenty-people.csv',
    created: 1,
    people: {
      'Björn Åberg': {
        emails: ['bjorn@aberg.example', 'bjorn.private@mail.example'],
        phones: ['701234567'],
        company: 'Åberg AB',
        title: 'Founder',
        location: 'Stockholm',
      },
    },
  },
  {
    program: 'Kit (ConvertKit) subscribers: "state" is the subscription\'s ("active"), not a region',
    file: 'kit-subscribers.csv',
    created: 2,
    people: {
      'Ayşe Yılmaz': {
        emails: ['ayse@istanbul-studio.example'],
        company: 'Istanbul Studio',
        location: '',
        tags: ['newsletter', 'founders'],
      },
      'Anon Reader': { emails: ['anon.reader@mail.example'], location: '' },
    },
  },
];

describe('more programs’ exports, written from memory', () => {
  it.each(PROGRAMS)('$program', (c) => expectProgramFile(t, c));
});

describe('a German Excel "CSV (Trennzeichen-getrennt)" (Windows-1252, ";", no "sep=" line)', () => {
  it('lands every field, and says once for the column that Excel wrote its phones in scientific notation and lost their digits', async () => {
    const { result, byName, warnings } = await importProgramFile(
      t,
      'contacts-csv',
      'excel-de-1252-semicolon.csv',
    );
    expect(result).toMatchObject({ status: 'succeeded', format: 'csv', counts: { created: 2, failed: 0 } });
    expect(byName('Jürgen Müller')).toMatchObject({
      emails: ['j.mueller@mueller-soehne.example'],
      phones: ['+49 89 1234567'],
      company: 'Müller & Söhne GmbH',
      title: 'Geschäftsführer',
      location: 'München',
    });
    expect(byName('Jürgen Müller').privateNotes).toContain('Kennt "alle" in der Branche');
    expect(byName('Änne Groß')).toMatchObject({ emails: ['aenne.gross@mail.example'], location: 'Köln' });
    expect(byName('Änne Groß').phones).toEqual([]);
    // Two spoilt numbers in one column: one line for the column, not one per cell.
    expect(warnings).toEqual([
      'Column "Mobil": 2 values are not a phone number ("4,91701E+11", "1,76123E+11"; Excel wrote numbers in scientific notation, which loses their digits: format the column as text in Excel before saving); skipped (lines 2, 3)',
    ]);
  });
});

// Exports of programs no earlier test covered, written from memory for the "first hour" check (fourth
// round): each fixture keeps the program's encoding, separator and line endings (SOURCES.md, fifth set).
const UNSEEN: ProgramFileCase[] = [
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
  it.each(UNSEEN)('$program', (c) => expectProgramFile(t, c));
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
