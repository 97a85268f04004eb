// Contact exports of CRMs and mailing-list services: HubSpot, Salesforce, Zoho, Pipedrive, Mailchimp.
// Each fixture has the real header row or vCard layout of one program (test/fixtures/imports/SOURCES.md)
// and invented people; it is imported through POST /api/v1/imports with no format and no mapping, as a
// new user would, and each test says which fields must land where (issue 11).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { importProgramFile, unexpectedWarnings } from '../../test/imports';

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
