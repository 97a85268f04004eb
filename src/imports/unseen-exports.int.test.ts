// A fifth round of exports nobody here had imported: Google Contacts in Spanish and Japanese, Outlook in
// Korean, Xero, ClickUp, Square, the Microsoft 365 admin centre, Calendly's meeting "Location", and vCards
// from iCloud's web app, Outlook for Mac, Android 3.0 and Proton Mail. Each fixture is written for this
// repository in one program's layout (test/fixtures/imports/SOURCES.md) and imported with no format and
// no mapping, as a new user would; each case says which fields must land where.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { expectProgramFile, importProgramFile, type ProgramFileCase } from '../../test/imports';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const CASES: ProgramFileCase[] = [
  {
    program:
      'Google Contacts CSV in Spanish: "Organización - Nombre", "Dirección 1 - Calle", "… - Etiqueta" columns, "* myContacts"',
    file: 'google-contacts-es.csv',
    created: 2,
    people: {
      'Lucía Fernández Ortega': {
        emails: ['lucia@brotesverdes.example', 'lucia.fo@correo.example'],
        phones: ['+34 612 55 01 23', '+34 915 55 02 34'],
        company: 'Brotes Verdes SL',
        title: 'Directora de Operaciones',
        location: 'Madrid, Comunidad de Madrid, España',
        tags: ['inversores'],
        notes: [
          'Conocida en el South Summit; busca inversores ángel.',
          'Birthday: 1988-09-21',
          'Department: Operaciones',
          'Address: Calle de Alcalá 42, 28014 Madrid',
        ],
      },
      'Javier Ruiz': { emails: ['javi.ruiz@correo.example'], tags: [] },
    },
  },
  {
    program:
      'Google Contacts CSV in Japanese: "組織 - 名前", "住所 1 - 番地", "住所 1 - ラベル", ラベル as tags',
    file: 'google-contacts-ja.csv',
    created: 2,
    people: {
      佐藤健太: {
        emails: ['kenta.sato@sakura-logi.example'],
        company: 'さくら物流株式会社',
        title: '営業部長',
        location: '千代田区, 東京都, 日本',
        tags: ['取引先'],
        notes: [
          '展示会で名刺交換。',
          'Department: 営業部',
          'Address: 丸の内1-1-1, 100-0005 千代田区 東京都, 日本',
        ],
      },
      高橋由美: { emails: ['yumi.t@mail.example'] },
    },
  },
  {
    program: 'Outlook CSV in Korean (CP949): "근무지 주소 번지", "근무지 주소 구/군/시", "범주"',
    file: 'outlook-ko.csv',
    created: 2,
    people: {
      김지훈: {
        emails: ['jihoon.kim@hanbit.example', 'jihoon@mail.example'],
        company: '한빛소프트',
        title: '수석 엔지니어',
        location: '강남구, 서울특별시, 대한민국',
        tags: ['거래처'],
        notes: ['투자 라운드 관련 소개 요청', 'Address: 테헤란로 123, 06133 강남구 서울특별시, 대한민국'],
      },
      이수진: { emails: ['sujin.lee@mail.example'] },
    },
  },
  {
    program:
      'Xero contacts: "*ContactName" is the business beside its person\'s FirstName/LastName, PO address columns, bank and tax numbers are no phones',
    file: 'xero-contacts.csv',
    created: 2,
    people: {
      'Mere Tawhiri': {
        emails: ['accounts@harbourlights.example'],
        phones: ['09 555 0142', '021 555 0199'],
        company: 'Harbour Lights Catering Ltd',
        location: 'Auckland, Auckland, New Zealand',
        notes: ['Address: 12 Quay Street, 1010 Auckland'],
      },
      'Sam Whitmore': {
        emails: ['sam@whitmore.example'],
        phones: ['027 555 0111'],
        company: '',
        location: 'Wellington, New Zealand',
      },
    },
  },
  {
    program:
      'ClickUp list as a CRM: "Task Name" is the contact, custom fields "Company (short text)", "Email (email)"',
    file: 'clickup-tasks.csv',
    created: 2,
    people: {
      'Olivia Brennan': {
        emails: ['olivia@brennan-capital.example'],
        phones: ['+1 415 555 0134'],
        company: 'Brennan Capital',
        title: 'Partner',
        location: 'San Francisco',
        tags: ['investors', 'warm'],
        privateNotes: 'Met at SaaStr; wants an intro to a fintech lawyer.',
      },
      'Tomás Silva': { company: 'Silva Design', title: 'Founder', location: 'Lisbon', privateNotes: '' },
    },
  },
  {
    program: 'Square customers: a vanity number (1-800-FLOWERS), "Street Address 2", "Memo"',
    file: 'square-customers.csv',
    created: 2,
    people: {
      'Rosa Delgado': {
        phones: ['1-800-3569377'],
        company: 'Flower Bar',
        location: 'San Francisco, CA',
        tags: ['regulars'],
        notes: ['Prefers weekday deliveries', 'Address: 210 Mission St, Suite 4, 94105 San Francisco CA'],
      },
      'Dev Patel': { phones: ['(415) 555-0177'], company: 'Patel Bikes' },
    },
  },
  {
    program:
      'Microsoft 365 admin centre "Export users": "Office" is a room, "Country/Region", "Proxy addresses"',
    file: 'm365-admin-users.csv',
    created: 2,
    people: {
      'Aoife Byrne': {
        emails: ['aoife.byrne@fabrikam.example'],
        phones: ['+353 87 555 0101', '+353 1 555 0100'],
        title: 'Financial Controller',
        location: 'Dublin, Co. Dublin, Ireland',
      },
      "Liam O'Sullivan": { title: 'Account Executive', location: 'Cork, Ireland' },
    },
  },
  {
    program:
      'Calendly events: "Location" is the meeting\'s (a Zoom link, a number, Google Meet), not the invitee\'s',
    file: 'calendly-events-location.csv',
    created: 4,
    people: {
      'Hannah Vogel': { location: '', links: [] },
      'Kwame Mensah': { location: '', phones: ['+233 24 555 0123'] },
      'Ines Duarte': { location: '' },
      'Ben Carter': { location: '' },
    },
  },
  {
    program: 'iCloud web vCard 3.0: X-ABRELATEDNAMES and X-ABDATE with Apple labels, a vanity number',
    file: 'icloud-web.vcf',
    kind: 'vcard',
    format: 'vcard',
    created: 1,
    people: {
      'Mei Chen': {
        phones: ['+1 206 555 0160', '1-800-69-27753'],
        company: 'Bright Harbor Labs',
        location: 'Seattle, WA, United States',
        notes: ['Spouse: David Chen', 'Assistant: Linda Park', 'Anniversary: 2015-06-20'],
      },
    },
  },
  {
    program:
      'Android vCard 3.0: X-ANDROID-CUSTOM nickname, relation and event rows, a card with only a number',
    file: 'android-v3.vcf',
    kind: 'vcard',
    format: 'vcard',
    created: 2,
    people: {
      'Grace Wanjiru Mwangi': {
        company: 'Savannah Agri Ltd',
        location: 'Nairobi, Kenya',
        notes: ['Nickname: Shiru', 'Spouse: Peter Mwangi', 'Anniversary: 2016-08-12'],
      },
      '+254 733 555777': { phones: ['+254 733 555777'] },
    },
  },
  {
    program: 'Outlook for Mac vCard 3.0: type=WORK;type=VOICE, ORG with a department, BDAY;value=date',
    file: 'outlook-mac.vcf',
    kind: 'vcard',
    format: 'vcard',
    created: 2,
    people: {
      'Adaeze Okonkwo': {
        emails: ['adaeze@lagosgrowth.example', 'ada.okonkwo@mail.example'],
        phones: ['+234 1 555 0100', '+234 803 555 0142'],
        company: 'Lagos Growth Partners',
        title: 'Principal',
        location: 'Lagos, Lagos State, Nigeria',
        notes: [
          'Introduced by Chidi at the Lagos fintech dinner.',
          'Birthday: 1987-02-14',
          'Department: Strategy',
        ],
      },
      'Erik Lund': { emails: ['erik.lund@mail.example'] },
    },
  },
  {
    program: 'Proton Mail vCard 4.0: TYPE="work,voice" quoted, PREF=1 and PREF=2, CATEGORIES',
    file: 'proton-v4-quoted.vcf',
    kind: 'vcard',
    format: 'vcard',
    created: 1,
    people: {
      'Sofia Lindgren': {
        emails: ['sofia@nordvind.example', 'sofia.l@proton.example'],
        phones: ['+46 8 555 010 20', '+46 70 555 44 10'],
        company: 'Nordvind AB',
        title: 'CTO',
        location: 'Stockholm, Sweden',
        tags: ['climate', 'founders'],
      },
    },
  },
];

describe('exports of a fifth round of programs, imported without a mapping', () => {
  for (const c of CASES) it(c.program, () => expectProgramFile(t, c));

  it('Entra "Download users": "officeLocation" beside the address columns is an office, not the location', async () => {
    const { byName } = await importProgramFile(t, 'contacts-csv', 'entra-users.csv');
    expect(byName('Siti binti Rahman').location).toBe('Kuala Lumpur, Kuala Lumpur, Malaysia');
  });
});
