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
