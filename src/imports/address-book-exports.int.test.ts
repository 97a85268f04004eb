// Address-book exports of mail programs the earlier rounds did not cover: Windows Live Mail, Evolution,
// Zimbra, Horde, GMX / WEB.DE, and a Slack workspace's member list. Each fixture has the header row of one
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

const ADDRESS_BOOKS: ProgramFileCase[] = [
  {
    program: 'Windows Live Mail: Outlook-like columns, home before business, Name beside its parts',
    file: 'windows-live-mail.csv',
    format: 'outlook',
    created: 3,
    people: {
      'Brigitte Lefèvre': {
        emails: ['brigitte@lefevre.example'],
        company: 'Lefèvre Vins',
        title: 'Négociante',
        location: 'Bordeaux, France',
        notes: ['Cousine de Paul, "fan" de jazz', 'Nickname: Bibi'],
      },
      'Wojciech Zieliński': { phones: ['+48 58 555 01 23'], location: 'Gdańsk, Polska' },
      'Ohne Namen': { emails: ['ohne.namen@live.example'] },
    },
  },
  {
    program:
      'Evolution: upper-case headers, a home and a business address (the row’s own is taken), a birthday in three columns',
    file: 'evolution.csv',
    created: 3,
    people: {
      'Eoin Ó Briain': {
        emails: ['eoin@obriain.example', 'eoin.ob@mail.example'],
        phones: ['+353 1 555 0123', '+353 87 555 0123'],
        company: 'Trinity Library',
        title: 'Archivist',
        location: 'Dublin, Ireland',
        links: [{ kind: 'website', url: 'https://obriain.example' }],
        notes: [
          'Knows everyone in the archives world',
          'Birthday: 1976-11-09',
          'Department: Special Collections',
        ],
      },
      'Astrid Lindqvist': {
        phones: ['+46 8 555 012 34'],
        title: 'Cellist',
        location: 'Uppsala, Sweden',
        notes: ['Birthday: --05-30'],
      },
      'No Name': { emails: ['no.name@gnome.example'] },
    },
  },
  {
    program: 'Zimbra: camelCase headers (homeCity before workCity), email2, workURL',
    file: 'zimbra.csv',
    created: 3,
    people: {
      'Fiona MacLeod': {
        emails: ['fiona@coastal.example', 'fiona.m@mail.example'],
        phones: ['+44 7700 900321', '+44 1631 555012'],
        company: 'Coastal Surveys Ltd',
        title: 'Hydrographer',
        location: 'Oban, United Kingdom',
        links: [{ kind: 'website', url: 'https://coastal.example' }],
        notes: ['Met on the Oban ferry; loves tide tables', 'Birthday: 1980-06-12'],
      },
      'Rui Santos': { phones: ['+351 21 555 0199'], location: 'Lisboa, Portugal' },
      'Anon User': { emails: ['anon.user@zimbra.example'] },
    },
  },
  {
    program: 'Horde: cellPhone, workPhone, homeAddress in one cell, title beside role',
    file: 'horde.csv',
    created: 3,
    people: {
      'Ngozi Eze': {
        emails: ['ngozi@eze.example'],
        phones: ['+234 1 555 0123', '+234 802 555 0123'],
        company: 'Lagos University Teaching Hospital',
        title: 'Consultant Paediatrician',
        location: 'Lagos, Nigeria',
        links: [{ kind: 'website', url: 'https://eze.example' }],
        notes: [
          'Runs the neonatal outreach; "always" up for a call',
          'Birthday: 1979-04-02',
          'Department: Paediatrics',
        ],
      },
      'Pablo Ruiz': { phones: ['+34 915 55 01 23'], notes: ['Calle Mayor 3, 28013 Madrid'] },
      'Webmail User': { emails: ['webmail.user@horde.example'] },
    },
  },
  {
    program: 'GMX / WEB.DE (semicolons): "E-Mail-Adresse (privat)", "Mobiltelefon (privat)", Notiz',
    file: 'gmx-de.csv',
    created: 3,
    people: {
      'Jürgen Weiß': {
        emails: ['juergen@weiss.example', 'j.weiss@brauerei.example'],
        phones: ['+49 30 55550123', '+49 170 5555012'],
        company: 'Brauerei Weiß GmbH',
        title: 'Braumeister',
        location: 'Berlin, Deutschland',
        notes: ['Kennt jeden Hopfenbauer; "sehr" hilfsbereit', 'Birthday: 1968-02-14', 'Nickname: Jü'],
      },
      'Anneliese Groß': { phones: ['+49 89 55550456'], location: 'München, Deutschland' },
      'Nur Mail': { emails: ['nur.mail@gmx.example'] },
    },
  },
  {
    program: 'Slack member list: fullname, displayname, an expiration-timestamp that is no phone',
    file: 'slack-members.csv',
    created: 3,
    people: {
      'Amara Nwosu': { emails: ['amara.nwosu@team.example'], phones: [] },
      'Jonas Kristiansen': { emails: ['jonas@team.example'], phones: [] },
      'Li Wei': { emails: ['li.wei@partner.example'], phones: [] },
    },
  },
];

describe('mail-program and workspace address books', () => {
  it.each(ADDRESS_BOOKS)('$program', (c) => expectProgramFile(t, c));
});
