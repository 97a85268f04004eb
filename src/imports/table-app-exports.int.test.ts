// Contact tables kept in Airtable, Notion, Monday and the like, and hand-kept lists: a "Name" with
// titles before and after it, "Full Name" written "Last, First", phones with extensions, an address
// written "Name <address>", tags separated by commas. Imported with no format and no mapping.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { expectProgramFile, type ProgramFileCase } from '../../test/imports';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const TABLES: ProgramFileCase[] = [
  {
    program:
      'Airtable-style: "Dr. Jane Q. Public Jr.", "Jane Public <jane@…>", "ext. 12", Role, "Investor, Mentor"',
    file: 'airtable-people.csv',
    created: 3,
    people: {
      'Dr. Jane Q. Public Jr.': {
        emails: ['jane@public.example'],
        phones: ['+1 617 555 0100 x12'],
        company: 'Public & Partners, LLP',
        title: 'Managing Partner',
        tags: ['investor', 'mentor'],
        notes: ['Met at the Boston founders breakfast.\nWants climate deals.'],
      },
      'Nguyễn Thị Hoa': {
        emails: ['hoa@nguyen.example'],
        phones: ['+84 28 5555 0123 x204'],
        company: 'Saigon Textiles',
        title: 'COO',
        tags: ['supplier'],
      },
      Anon: { emails: ['anon@inbox.example'] },
    },
  },
  {
    program: 'Notion-style: Name, Email, Phone, Company, Title, Tags, "Created time"',
    file: 'notion-contacts.csv',
    created: 3,
    people: {
      'Ólafur Arnalds': {
        emails: ['olafur@arnalds.example'],
        phones: ['+354 555 0123'],
        company: 'Reykjavík Sound',
        title: 'Composer',
        tags: ['music', 'iceland'],
      },
      'Sakura Yamamoto': { company: 'Kyoto Ceramics', title: 'Founder', tags: ['crafts'] },
      'Someone New': { emails: ['someone.new@inbox.example'] },
    },
  },
  {
    program: 'a "Full Name" column written "Last, First"',
    file: 'full-name-last-first.csv',
    created: 4,
    people: {
      'Emre Öztürk': {
        emails: ['emre@ozturk.example'],
        phones: ['+90 532 555 01 23'],
        company: 'Boğaziçi Yazılım',
      },
      'Anouk van der Berg': { emails: ['anouk@vdberg.example'], company: 'Berg, Smit & Co' },
      'John Smith Jr.': { emails: ['john.smith@jr.example'] },
      'Only Address': { emails: ['only.address@inbox.example'] },
    },
  },
];

describe('tables from spreadsheet and notes apps', () => {
  it.each(TABLES)('$program', (c) => expectProgramFile(t, c));
});
