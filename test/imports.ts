// Helpers for import tests: upload a file through the API and wait for the import to finish.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ImportDetail, ImportRecordReport } from '../src/imports/schema';
import type { Person } from '../src/people/schema';
import type { Called, TestAccount, TestApp } from './app';

export function form(
  content: string | Uint8Array,
  fields: Record<string, string> = {},
  fileName = 'contacts.csv',
) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  fd.append('file', new Blob([typeof content === 'string' ? content : Buffer.from(content)]), fileName);
  return fd;
}

export function upload(
  t: TestApp,
  who: TestAccount,
  content: string | Uint8Array,
  fields?: Record<string, string>,
  fileName?: string,
): Promise<Called<'POST', '/api/v1/imports'>>;
export function upload(
  t: TestApp,
  who: TestAccount,
  content: string | Uint8Array,
  fields: Record<string, string> = {},
  fileName?: string,
) {
  return t.call('POST', '/api/v1/imports', { token: who.token, rawBody: form(content, fields, fileName) });
}

/** Polls the import until it is finished and returns its detail. */
export async function waitForImport(t: TestApp, who: TestAccount, id: string): Promise<ImportDetail> {
  for (let i = 0; i < 600; i++) {
    const res = await t.call('GET', `/api/v1/imports/${id}`, { token: who.token });
    if (res.status !== 200) throw new Error(`GET import: ${res.status} ${JSON.stringify(res.body)}`);
    if (res.body.status !== 'queued' && res.body.status !== 'running') return res.body;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('import did not finish');
}

/** Uploads, waits, and returns the finished import with its full record list. */
export async function importFile(
  t: TestApp,
  who: TestAccount,
  content: string | Uint8Array,
  fields: Record<string, string> = {},
): Promise<ImportDetail & { records: ImportRecordReport[] }> {
  const res = await upload(t, who, content, fields);
  if (res.status !== 202) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
  const detail = await waitForImport(t, who, res.body.id);
  const records = await t.call('GET', `/api/v1/imports/${res.body.id}/records?limit=200`, {
    token: who.token,
  });
  if (records.status !== 200)
    throw new Error(`GET records: ${records.status} ${JSON.stringify(records.body)}`);
  return { ...detail, records: records.body.items };
}

export async function allPeople(t: TestApp, who: TestAccount): Promise<Person[]> {
  const out: Person[] = [];
  let cursor: string | null = null;
  do {
    const after: string = cursor ? `&cursor=${cursor}` : '';
    const res = await t.call('GET', `/api/v1/people?limit=200${after}`, {
      token: who.token,
    });
    if (res.status !== 200) throw new Error(`GET people: ${res.status} ${JSON.stringify(res.body)}`);
    out.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return out;
}

/**
 * Imports one of the program fixtures (test/fixtures/imports/{contacts-csv,vcard}/programs) into a fresh
 * account with no format and no mapping, as a new user would: the report, the people by name, and every
 * warning of the report.
 */
export async function importProgramFile(t: TestApp, kind: 'contacts-csv' | 'vcard' | 'ldif', name: string) {
  const me = await t.account();
  const file = readFileSync(new URL(`./fixtures/imports/${kind}/programs/${name}`, import.meta.url));
  const result = await importFile(t, me, file);
  const people = await allPeople(t, me);
  const byName = (n: string): Person => {
    const p = people.find((x) => x.name === n);
    if (!p) throw new Error(`${n} was not imported; got ${people.map((x) => x.name).join(', ')}`);
    return p;
  };
  return { me, result, people, byName, warnings: result.records.flatMap((r) => r.warnings) };
}

/** Warnings other than the one that says a name was guessed from an email address (or taken from it). */
export const unexpectedWarnings = (warnings: string[]) =>
  warnings.filter((w) => !w.startsWith('No name in the file'));

/**
 * One program fixture and what it must import as, for tests that list several programs in one table:
 * the format it is read as (default "csv", i.e. guessed), how many people it creates, and for each named
 * person the fields that must land (`notes`: texts their private notes must contain).
 */
export interface ProgramFileCase {
  program: string;
  file: string;
  kind?: 'contacts-csv' | 'vcard' | 'ldif';
  format?: string;
  created: number;
  people: Record<string, Partial<Person> & { notes?: string[] }>;
  /** Rows the file marks as organisations: reported as skipped under these names, and no person made. */
  organisations?: string[];
}

/** Imports a program fixture without a mapping and checks every field its case names, and no warnings. */
export async function expectProgramFile(t: TestApp, c: ProgramFileCase): Promise<void> {
  const { result, byName, warnings, people } = await importProgramFile(t, c.kind ?? 'contacts-csv', c.file);
  const organisations = c.organisations ?? [];
  expect(result).toMatchObject({
    status: 'succeeded',
    format: c.format ?? 'csv',
    counts: { created: c.created, skipped: organisations.length, failed: 0 },
  });
  const left = result.records.filter((r) => r.outcome === 'skipped');
  expect(left.map((r) => r.name)).toEqual(organisations);
  for (const r of left) {
    expect(r.personId).toBeNull();
    expect(r.reasons.join(' ')).toMatch(/marks this row as an organisation/);
  }
  for (const name of organisations) expect(people.map((p) => p.name)).not.toContain(name);
  for (const [name, { notes = [], ...fields }] of Object.entries(c.people)) {
    const person = byName(name);
    expect(person, name).toMatchObject(fields);
    for (const text of notes) expect(person.privateNotes, name).toContain(text);
  }
  expect(unexpectedWarnings(warnings)).toEqual([]);
}
