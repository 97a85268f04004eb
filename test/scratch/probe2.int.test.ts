import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, it } from 'vitest';
import { createTestApp, type TestAccount, type TestApp } from '../app';
import { form, upload, waitForImport } from '../imports';

let t: TestApp;
let me: TestAccount;
beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t?.close());

const card = (body: string) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\n${body}END:VCARD\r\n`;
const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);
const zip = new Uint8Array([
  0x50,
  0x4b,
  0x03,
  0x04,
  20,
  0,
  0,
  0,
  8,
  0,
  ...Array.from({ length: 200 }, (_, i) => i % 256),
]);

it('probe imports', async () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['bday --0230', card('BDAY:--0230\r\n'), 'a.vcf'],
    ['bday --02-30', card('BDAY:--02-30\r\n'), 'a.vcf'],
    ['bday 00000101', card('BDAY:00000101\r\n'), 'a.vcf'],
    ['bday 0000-01-01', card('BDAY:0000-01-01\r\n'), 'a.vcf'],
    ['bday 99991231', card('BDAY:99991231\r\n'), 'a.vcf'],
    ['bday 2027-02-30', card('BDAY:2027-02-30\r\n'), 'a.vcf'],
    ['bday text', card('BDAY;VALUE=text:circa 1800\r\n'), 'a.vcf'],
    ['anniv', card('ANNIVERSARY:0000-00-00\r\n'), 'a.vcf'],
    ['rev', card('REV:0000-01-01T00:00:00Z\r\n'), 'a.vcf'],
    ['nul in card', card('NOTE:a\u0000b\r\nORG:\u0000\r\nEMAIL:a\u0000@x.com\r\n'), 'a.vcf'],
    ['surrogate', card('NOTE:\uD800\r\nCATEGORIES:\uD800,x\r\n'), 'a.vcf'],
    ['url js', card('URL:javascript:alert(1)\r\nX-SOCIALPROFILE:%00\r\n'), 'a.vcf'],
    ['no END', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEMAIL:ann@example.com\r\n', 'a.vcf'],
    [
      'nested',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nBEGIN:VCARD\r\nFN:Bob\r\nEND:VCARD\r\nEND:VCARD\r\n',
      'a.vcf',
    ],
    [
      'photo 10MB',
      card(`PHOTO;ENCODING=b;TYPE=JPEG:${Buffer.alloc(7_500_000, 0xff).toString('base64')}\r\n`),
      'a.vcf',
    ],
    ['photo uri', card('PHOTO;VALUE=uri:file:///etc/passwd\r\n'), 'a.vcf'],
    ['photo data uri', card('PHOTO:data:image/png;base64,AAAA\r\n'), 'a.vcf'],
    ['png', png, 'a.csv'],
    ['zip', zip, 'a.vcf'],
    ['empty', '', 'a.csv'],
    ['headers only', 'Name,Email,Phone\r\n', 'a.csv'],
    ['mid BOM', 'Name,Email\r\nAnn\uFEFF,ann@example.com\r\n\uFEFFBob,bob@example.com\r\n', 'a.csv'],
    [
      'csv bday',
      'Name,Birthday\r\nAnn,2027-02-30\r\nBob,0000-01-01\r\nCy,31/02/1990\r\nDi,1e309\r\n',
      'a.csv',
    ],
    ['csv nul', 'Name,Email,Notes\r\nA\u0000nn,ann@example.com,\u0000\u0000\r\n', 'a.csv'],
    ['csv unbalanced EOF', 'Name,Email\r\nAnn,"ann@example.com', 'a.csv'],
    ['100k cols', `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\r\n1\r\n`, 'a.csv'],
    ['20MB line', `Name,Email\r\n${'x'.repeat(20_000_000)},a@b.co\r\n`, 'a.csv'],
    [
      'linkedin bad date',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAnn,Ex,https://www.linkedin.com/in/ann,ann@example.com,Acme,CEO,31 Feb 0000\r\n',
      'a.csv',
    ],
    ['huge fold', card(`NOTE:${'\r\n x'.repeat(200_000)}\r\n`), 'a.vcf'],
    ['tel weird', card('TEL:+00000000000000000000000000000\r\nTEL:\u202E123\r\n'), 'a.vcf'],
    [
      'invalid utf8',
      new Uint8Array([
        ...Buffer.from('Name,Email\r\n'),
        0xc3,
        0x28,
        0xed,
        0xa0,
        0x80,
        0x2c,
        0x61,
        0x40,
        0x62,
        0x2e,
        0x63,
        0x6f,
        0x0d,
        0x0a,
      ]),
      'a.csv',
    ],
  ];
  for (const [what, content, name] of cases) {
    const started = Date.now();
    let res;
    try {
      res = await upload(t, me, content, {}, name);
    } catch (e) {
      console.log(`THROW upload ${what}: ${String(e).slice(0, 300)}`);
      continue;
    }
    if (res.status !== 202) {
      console.log(`${res.status} ${what}: ${JSON.stringify(res.body).slice(0, 250)}`);
      continue;
    }
    try {
      const d = await waitForImport(t, me, res.body.id);
      console.log(`${what}: ${d.status} ${JSON.stringify(d).slice(0, 300)} (${Date.now() - started} ms)`);
    } catch (e) {
      console.log(`THROW wait ${what}: ${String(e).slice(0, 300)}`);
    }
  }
  const n = await t.database.db.execute(sql`select count(*)::int as n from people`);
  console.log('people', JSON.stringify(n));
}, 900_000);
