// Contact lists from networks, events, shops and support desks: older LinkedIn exports, Eventbrite,
// Meetup, Shopify, Zendesk and Intercom. Each fixture has the program's header row and invented people
// (test/fixtures/imports/SOURCES.md); it is imported with no format and no mapping, as a new user would.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { expectProgramFile, type ProgramFileCase } from '../../test/imports';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PROGRAMS: ProgramFileCase[] = [
  {
    program: 'LinkedIn 2017–2019: no "Notes:" preamble, no URL column, "08 Jan 2018"',
    file: 'linkedin-2018.csv',
    format: 'linkedin',
    created: 2,
    people: {
      'Camille Rousseau': {
        emails: ['camille@rousseau.example'],
        company: 'Rousseau Conseil',
        title: 'Fondatrice',
      },
      'Arjun Mehta': { emails: [], company: 'Mehta, Shah & Partners', title: 'Associate' },
    },
  },
  {
    program: 'LinkedIn, older: "E-mail Address", "1/8/18, 6:14 PM", a Tags column',
    file: 'linkedin-older.csv',
    format: 'linkedin',
    created: 2,
    people: {
      'Søren Holm': {
        emails: ['soren@holm.example'],
        company: 'Holm Arkitekter',
        title: 'Partner',
        tags: ['architects', 'copenhagen'],
      },
      'Fatoumata Diallo': { emails: [], company: '', title: 'Consultant' },
    },
  },
  {
    program: 'Eventbrite attendees: "Order #" and "Attendee #" are numbers, not phones',
    file: 'eventbrite.csv',
    created: 3,
    people: {
      'Ana Sofía Ríos': {
        emails: ['anasofia@rios.example'],
        phones: ['+1 206 555 0133'],
        company: 'Ríos Studio',
        title: 'Product Designer',
      },
      'Wojciech Kamiński': { phones: ['+1 206 555 0177'] },
      Guest: { emails: ['guest@events.example'], phones: [] },
    },
  },
  {
    program: 'Meetup members: Member ID, Location, Intro, "URL of Member Profile", no emails',
    file: 'meetup.csv',
    created: 2,
    people: {
      'Zeynep Kaya': {
        phones: [],
        title: 'Co-organizer',
        location: 'Berlin',
        links: [{ kind: 'website', url: 'https://www.meetup.com/berlin-data/members/212345678/' }],
        notes: ['Data engineer, loves bouldering.'],
      },
      'Matías Fernández': { location: 'Potsdam', phones: [] },
    },
  },
  {
    program: 'Shopify customers: "Default Address …" columns, phones written \'+1…, Note, Tags',
    file: 'shopify.csv',
    created: 3,
    people: {
      'Léa Tremblay': {
        emails: ['lea@tremblay.example'],
        phones: ['+1 418 555 0123', '+1 418 555 0199'],
        company: 'Érablière Tremblay',
        location: 'Québec, QC, Canada',
        tags: ['wholesale', 'vip'],
        notes: ['Wholesale enquiry, "big" syrup order in autumn', 'Address: 120 rue Saint-Paul'],
      },
      'Hamish MacLeod': {
        emails: ['hamish@macleod.example'],
        location: 'Inverness, United Kingdom',
        phones: [],
      },
      'Gift Buyer': { emails: ['gift.buyer@mail.example'] },
    },
  },
  {
    program: 'Zendesk users: lower-case columns, organization, notes and details',
    file: 'zendesk.csv',
    created: 3,
    people: {
      'Oluwaseun Bakare': {
        emails: ['seun@bakare.example'],
        phones: ['+234 1 555 0123'],
        company: 'Lagos Logistics',
        // Zendesk's role ("end-user") is the person's access to the help desk, not a job.
        title: '',
        notes: ['Escalate billing issues to the account manager.', 'Prefers phone'],
      },
      'Hélène Girard': { emails: ['helene@girard.example'], phones: [] },
      'Walk In': { emails: ['walk.in@mail.example'] },
    },
  },
  {
    program: 'Intercom people: Company name, User ID, Web sessions, City, Region, Country',
    file: 'intercom.csv',
    created: 3,
    people: {
      'Tamar Ben-David': {
        emails: ['tamar@bendavid.example'],
        phones: ['+972 3 555 0123'],
        company: 'Jaffa Robotics',
        location: 'Tel Aviv, Tel Aviv District, Israel',
        tags: ['beta', 'enterprise'],
      },
      'Jonas Petrauskas': { location: 'Vilnius, Lithuania', phones: [] },
      'Lead Only': { emails: ['lead.only@mail.example'] },
    },
  },
];

describe('network, event, shop and support-desk exports', () => {
  it.each(PROGRAMS)('$program', (c) => expectProgramFile(t, c));
});
