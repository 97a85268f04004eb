import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { interactionInput, needInput, offerInput, personInput } from '../../test/factories';
import { allPeople, importFile } from '../../test/imports';
import { propose } from '../../test/introductions';

let t: TestApp;
let a: TestAccount;
let backup: string;

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3, 4, 5]);

/** The backup without its timestamp line. */
const stable = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');

async function exportText(app: TestApp, who: TestAccount) {
  const res = await app.app.request('/api/v1/export?format=json', {
    headers: { authorization: `Bearer ${who.token}` },
  });
  expect(res.status).toBe(200);
  return res.text();
}

const restore = (app: TestApp, who: TestAccount, text: string) =>
  app.call('POST', '/api/v1/restore', {
    token: who.token,
    rawBody: text,
    headers: { 'content-type': 'application/json' },
  });

beforeAll(async () => {
  t = await createTestApp();
  a = await t.account();
  const post = <P extends string>(path: P, body: unknown) => t.call('POST', path, { token: a.token, body });
  const grace = bodyOf(
    await post(
      '/api/v1/people',
      personInput({
        name: 'Grace Hopper',
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/grace', label: 'Profile' }],
        vouchCriteria: [{ label: 'worked with them', met: true }],
        caveats: [{ text: 'Slow to answer email' }],
        introPreferences: { askFirst: true, maxRequestsPerMonth: 2, valuedHelp: ['hiring'] },
        keepInTouch: { idealDays: 30, maxDays: 90 },
        privateNotes: 'Line one\nLine "two" with ünïcode ✓',
      }),
    ),
    201,
  );
  await post(`/api/v1/people/${grace.id}/needs`, needInput({ neededBy: '2026-03-01' }));
  await post(`/api/v1/people/${grace.id}/offers`, offerInput());
  await post(`/api/v1/people/${grace.id}/interactions`, interactionInput());
  // An introduction that has sent its consent request: the outbox holds a message with a Message-ID.
  const { intro } = await propose(t, a);
  const asked = await t.call('POST', `/api/v1/introductions/${intro.id}/request`, { token: a.token });
  expect(asked.status).toBe(200);
  const vcard = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Photo Person\r\nEMAIL:photo@example.com\r\nPHOTO;ENCODING=b;TYPE=JPEG:${JPEG.toString('base64')}\r\nEND:VCARD\r\n`;
  await importFile(t, a, vcard, { keepPhotos: 'true' });
  await importFile(
    t,
    a,
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,https://www.linkedin.com/in/ada,,Engines,Analyst,09 Oct 2024\n',
  );
  backup = await exportText(t, a);
});
afterAll(() => t.close());

describe('JSON backup', () => {
  it('holds every table of the account with rows in a fixed order and no account id', () => {
    const doc = JSON.parse(backup);
    expect(doc).toMatchObject({ format: 'linchpin-backup', version: 1 });
    expect(Object.keys(doc.tables)).toEqual(
      expect.arrayContaining([
        'people',
        'needs',
        'offers',
        'interactions',
        'person_photos',
        'import_fingerprints',
        'introductions',
      ]),
    );
    expect(doc.tables.people).toHaveLength(5);
    expect(doc.tables.needs).toHaveLength(1);
    expect(doc.tables.introductions).toHaveLength(1);
    expect(doc.tables.outbox_messages.length).toBeGreaterThanOrEqual(1);
    expect(doc.tables.person_photos).toHaveLength(1);
    expect(backup).not.toContain(a.id);
    expect(doc.tables.people[0]).not.toHaveProperty('search');
    const ids = doc.tables.people.map((p: { id: string }) => p.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('is the same file when taken twice (apart from the time)', async () => {
    t.clock.advance(5_000);
    const again = await exportText(t, a);
    expect(again).not.toBe(backup);
    expect(stable(again)).toBe(stable(backup));
  });
});

describe('restore', () => {
  it('restores into an empty account next to the original, and backs up to the same file', async () => {
    const b = await t.account();
    const res = await restore(t, b, backup);
    expectStatus(res, 200);
    expect(res.body.ids).toBe('shifted');
    expect(res.body.tables).toMatchObject({
      people: 5,
      needs: 1,
      offers: 1,
      introductions: 1,
      person_photos: 1,
    });
    t.clock.advance(60_000);
    expect(stable(await exportText(t, b))).toBe(stable(backup));
    const people = await allPeople(t, b);
    const grace = people.find((p) => p.name === 'Grace Hopper')!;
    expect(grace).toMatchObject({
      caveats: [{ text: 'Slow to answer email' }],
      keepInTouch: { idealDays: 30, maxDays: 90 },
      privateNotes: 'Line one\nLine "two" with ünïcode ✓',
    });
    // Last contact is derived: recomputed from the restored interactions (logged, and imported).
    expect(grace.keepInTouch.lastContactAt).toBe('2026-01-10T12:00:00.000Z');
    const ada = people.find((p) => p.name === 'Ada Lovelace')!;
    expect(ada.keepInTouch.lastContactAt).toBe('2024-10-09T12:00:00.000Z');
    // Search works on restored people (the search document is rebuilt).
    const found = await t.call('GET', '/api/v1/people?q=hopper', { token: b.token });
    expect(bodyOf(found, 200).items.map((p) => p.id)).toEqual([grace.id]);
    // The photo came back byte for byte.
    const photoOwner = people.find((p) => p.name === 'Photo Person')!;
    const photo = await t.app.request(`/api/v1/people/${photoOwner.id}/photo`, {
      headers: { authorization: `Bearer ${b.token}` },
    });
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await photo.arrayBuffer())).toEqual(JPEG);
    // Re-importing the original file into the restored account changes nothing (fingerprints came along).
    const again = await importFile(
      t,
      b,
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,https://www.linkedin.com/in/ada,,Engines,Analyst,09 Oct 2024\n',
    );
    expect(again.counts).toEqual({ created: 0, merged: 0, skipped: 1, failed: 0 });
  });

  it('restores into a fresh instance keeping the ids, and backs up to the same file', async () => {
    const fresh = await createTestApp();
    try {
      const c = await fresh.account();
      const res = await restore(fresh, c, backup);
      expect(res.body).toMatchObject({ ids: 'kept' });
      const grace = JSON.parse(backup).tables.people.find((p: { name: string }) => p.name === 'Grace Hopper');
      expect((await fresh.call('GET', `/api/v1/people/${grace.id}`, { token: c.token })).status).toBe(200);
      expect(stable(await exportText(fresh, c))).toBe(stable(backup));
    } finally {
      await fresh.close();
    }
  });

  it('refuses an account that has people, and leaves it as it was', async () => {
    const res = await restore(t, a, backup);
    expectStatus(res, 409);
    expect(res.body.detail).toMatch(/no people/);
    expect(stable(await exportText(t, a))).toBe(stable(backup));
  });

  it('refuses what is not a backup, naming the problem, and writes nothing', async () => {
    const d = await t.account();
    expect((await restore(t, d, '{"format": "linchpin-backup", "version": 1, "tables": {')).status).toBe(422);
    expect(bodyOf(await restore(t, d, '{"format":"something-else"}'), 422).detail).toMatch(
      /not a Linchpin backup/,
    );
    expect(
      bodyOf(await restore(t, d, '{"format":"linchpin-backup","version":2,"tables":{}}'), 422).detail,
    ).toMatch(/version/);
    expect(
      (await restore(t, d, '{"format":"linchpin-backup","version":1,"tables":{"secrets":[]}}')).status,
    ).toBe(422);
    const doc = JSON.parse(backup);
    delete doc.tables.people[1].name;
    const broken = await restore(t, d, JSON.stringify(doc));
    expectStatus(broken, 422);
    expect(broken.body.errors?.[0]?.field).toBe('tables.people[1].name');
    expect(await allPeople(t, d)).toEqual([]);
  });

  it('also takes the backup as a multipart file', async () => {
    const e = await t.account();
    const fd = new FormData();
    fd.append('file', new Blob([backup]), 'backup.json');
    const res = await t.call('POST', '/api/v1/restore', { token: e.token, rawBody: fd });
    expect(res.status).toBe(200);
    expect((await allPeople(t, e)).length).toBe(5);
  });
});
