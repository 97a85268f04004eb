// A tag is one tag however its letters were encoded: "café" composed (typed) and decomposed (a macOS
// vCard), or pasted with a zero-width space, are the same tag for the list, the cadences and imports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, type TestAccount, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';
import { importFile } from '../../test/imports';

let t: TestApp;
let me: TestAccount;
const composed = 'caf\u00e9';
const decomposed = 'cafe\u0301';

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

describe('tags written in different Unicode forms', () => {
  it('are one tag on people, in the list filter and in a cadence, where they were two that look the same', async () => {
    for (const [name, tag, stored] of [
      ['Ann Composed', composed, composed],
      ['Bob Decomposed', decomposed, composed],
      ['Cy Pasted', '\u200binvestor\ufeff', 'investor'],
    ] as const) {
      const res = await t.call('POST', '/api/v1/people', {
        token: me.token,
        body: personInput({ name, tags: [tag, 'investor'] }),
      });
      expect(bodyOf(res, 201).tags, name).toEqual([...new Set([stored, 'investor'])]);
    }
    const tags = bodyOf(await t.call('GET', '/api/v1/tags', { token: me.token }), 200);
    expect(JSON.stringify(tags)).not.toContain(decomposed);
    expect(JSON.stringify(tags)).not.toContain('\u200b');
    const listed = await t.call('GET', `/api/v1/people?tag=${encodeURIComponent(decomposed)}`, {
      token: me.token,
    });
    expect(
      bodyOf(listed, 200)
        .items.map((p) => p.name)
        .sort(),
    ).toEqual(['Ann Composed', 'Bob Decomposed']);
    const cadence = await t.call('PUT', `/api/v1/keep-in-touch/tags/${encodeURIComponent(decomposed)}`, {
      token: me.token,
      body: { idealDays: 30, maxDays: 60 },
    });
    expect(bodyOf(cadence, 200)).toMatchObject({ tag: composed, people: 2 });
  });

  it('are one tag when a vCard brings the decomposed form of a tag typed composed', async () => {
    const who = await t.account('vcard@example.com');
    await t.call('POST', '/api/v1/people', {
      token: who.token,
      body: personInput({ name: 'Typed', tags: [composed] }),
    });
    const vcard = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:From A Mac\r\nEMAIL:mac@example.com\r\nCATEGORIES:${decomposed}\r\nEND:VCARD\r\n`;
    await importFile(t, who, vcard);
    const listed = await t.call('GET', `/api/v1/people?tag=${encodeURIComponent(composed)}`, {
      token: who.token,
    });
    expect(
      bodyOf(listed, 200)
        .items.map((p) => p.name)
        .sort(),
    ).toEqual(['From A Mac', 'Typed']);
  });
});
